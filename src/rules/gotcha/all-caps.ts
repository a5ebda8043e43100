import { defineRule } from '../rule.ts';

/** How many capitalised words in a row make a shouting block. */
const minimumRun = 6;

export default defineRule({
  meta: {
    id: 'gotcha/all-caps',
    severity: 'error',
    description: 'No block of text in capitals.',
    rationale:
      'Contracts put their worst clauses in capitals; capitals are slower to read, so the clause is skimmed, not read.',
    source: 'US Federal Plain Language Guidelines (avoid all caps); research on reading speed of upper-case text',
    messages: { found: 'Text in capitals ({{count}} words). Write it in sentence case.' },
    exemptInQuotations: true,
    examples: {
      bad: 'WE ARE NOT RESPONSIBLE FOR ANY LOSS OF DATA.',
      good: 'If we lose your data, we tell you and help you recover it.',
    },
  },
  create(context) {
    return {
      sentence(sentence) {
        let run: typeof sentence.words = [];
        const flush = () => {
          const first = run[0];
          const last = run.at(-1);
          if (run.length >= minimumRun && first && last)
            context.report({ range: sentence.rangeOf(first, last), messageId: 'found', data: { count: run.length } });
          run = [];
        };
        for (const token of sentence.words) {
          const first = token.raw.charCodeAt(0);
          // A word that starts with a to z is not in capitals; most words are skipped here, before any case mapping.
          const shouting =
            token.kind === 'word' &&
            token.raw.length >= 2 &&
            !(first >= 97 && first <= 122) &&
            token.raw === token.raw.toUpperCase() &&
            token.raw !== token.raw.toLowerCase();
          if (shouting) run.push(token);
          else if (token.kind !== 'number') flush();
        }
        flush();
      },
    };
  },
});
