import { defineRule } from '../rule.ts';
import { htmlText } from '../../domain/html-text.ts';
import { normalizeText } from '../../domain/text/normalize.ts';
import { tokenize } from '../../domain/text/tokens.ts';

/** Words that make hidden text matter: it talks about money or terms. */
const termWords = new RegExp(
  String.raw`^(fees?|charges?|charged|prices?|costs?|pay|payments?|bill|billed|refunds?|refundable|cancel\w*|` +
    String.raw`renew\w*|terms?|conditions?|penalt\w+|contract|commitment|liab\w+|arbitrat\w+)$`,
);

export default defineRule({
  meta: {
    id: 'gotcha/hidden-terms',
    severity: 'error',
    description: 'Nothing about prices, fees or terms is hidden from readers.',
    rationale:
      'Text that reaches the page but not the reader (HTML comments, hidden or invisible elements) ' +
      'is the finest print there is.',
    source:
      'US FTC Act, Section 5 (deceptive practices); EU Directive 2005/29/EC, Art. 7(2) (hidden material information)',
    messages: { found: 'Hidden from readers by {{how}}, but it mentions "{{word}}". Show it or remove it.' },
    examples: { bad: '<span hidden>A $9 setup fee applies.</span>', good: 'A $9 setup fee applies when you join.' },
  },
  create(context) {
    return {
      document(document) {
        for (const fragment of document.hidden) {
          const tokens = tokenize(normalizeText(fragment.html ? htmlText(fragment.text, ' ') : fragment.text).text);
          const hit = tokens.find(
            (token) => token.kind === 'money' || (token.kind === 'word' && termWords.test(token.value)),
          );
          if (hit === undefined) continue;
          context.report({
            range: { start: fragment.start, end: fragment.end },
            messageId: 'found',
            data: { how: fragment.how, word: hit.raw },
          });
        }
      },
    };
  },
});
