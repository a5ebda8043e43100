import { isLiteralExpression } from '../markup.ts';
import { defineRule } from '../rule.ts';

/** The first line of an expression, short enough for a message. */
const excerpt = (source: string) => {
  const line = source.trim().split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
};

export default defineRule({
  meta: {
    id: 'markup/expression',
    severity: 'error',
    description: 'Content writes text and literal values, never expressions that run code.',
    rationale:
      'An MDX expression such as {price * 1.2} or {fetch(…)} is a program that runs while the site is built; ' +
      'what a customer reads must be the text an editor wrote, not the output of code nobody reviews as text.',
    source: 'Plainsight: content never runs code (OWASP ASVS 5.2, sanitisation of untrusted input)',
    suppressible: false,
    messages: {
      body:
        'Content cannot run code: "{{code}}" is an expression. Write the text itself; ' +
        'the only braces content may use are comments, {/* … */}.',
      prop:
        'The attribute "{{name}}" is code ("{{code}}"). Give it text in quotes, a number or true/false, ' +
        'such as {{name}}="…" or {{name}}={12}.',
      spread:
        'Content cannot spread code into an element ("{...{{code}}}"). Write each attribute out, ' +
        'with text in quotes, a number or true/false.',
    },
    examples: { bad: 'Our price is {basePrice * 1.2} a month.', good: 'Our price is <Price plan="fiber-300" />.' },
  },
  create(context) {
    return {
      document(document) {
        for (const node of document.code) {
          if (node.kind === 'expression')
            context.report({
              range: { start: node.start, end: node.end },
              messageId: 'body',
              data: { code: excerpt(node.source) },
            });
        }
        for (const element of document.elements) {
          for (const attribute of element.attributes) {
            if ('spread' in attribute) {
              context.report({
                range: { start: element.start, end: element.end },
                messageId: 'spread',
                data: { code: excerpt(attribute.spread.replace(/^\.\.\./, '')) },
              });
            } else if (typeof attribute.value === 'object' && !isLiteralExpression(attribute.value.expression)) {
              context.report({
                range: { start: element.start, end: element.end },
                messageId: 'prop',
                data: { name: attribute.name, code: excerpt(attribute.value.expression) },
              });
            }
          }
        }
      },
    };
  },
});
