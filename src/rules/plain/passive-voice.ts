import { defineRule } from '../rule.ts';

const beVerbs = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Irregular past participles that do not end in -ed. */
const irregular = new Set([
  'given',
  'taken',
  'made',
  'paid',
  'sent',
  'kept',
  'held',
  'shown',
  'known',
  'done',
  'told',
  'sold',
  'built',
  'written',
  'chosen',
  'set',
  'put',
  'cut',
  'left',
  'brought',
  'bought',
  'found',
  'lost',
  'meant',
  'seen',
  'spent',
  'withheld',
  'forbidden',
  'bound',
]);
/** -ed words that are usually adjectives after "be", not passives. */
const adjectives = new Set([
  'based',
  'interested',
  'required',
  'needed',
  'used',
  'supposed',
  'concerned',
  'worried',
  'tired',
  'located',
  'limited',
  'unlimited',
  'connected',
  'affected',
  'closed',
  'allowed',
  'included',
  'involved',
]);

export default defineRule({
  meta: {
    id: 'plain/passive-voice',
    severity: 'warning',
    description: 'Say who does what: active voice.',
    rationale: '"Fees may be charged" hides who charges them; "we charge" does not.',
    source: 'US Federal Plain Language Guidelines, "Use active voice"',
    messages: { found: 'Passive voice: "{{phrase}}". Say who does it.' },
    appliesTo: ['policy'],
    examples: { bad: 'Your account may be suspended.', good: 'We may pause your account.' },
  },
  create(context) {
    return {
      sentence(sentence) {
        const words = sentence.words;
        for (let i = 0; i < words.length - 1; i += 1) {
          const be = words[i];
          if (!be || !beVerbs.has(be.value)) continue;
          // Allow one adverb between: "is usually charged".
          const next = words[i + 1]?.value.endsWith('ly') ? words[i + 2] : words[i + 1];
          if (!next || next.kind !== 'word') continue;
          const participle = (next.value.endsWith('ed') && next.value.length > 4) || irregular.has(next.value);
          if (!participle || adjectives.has(next.value)) continue;
          context.report({
            range: sentence.rangeOf(be, next),
            messageId: 'found',
            data: { phrase: sentence.text.slice(be.start, next.end) },
          });
          return;
        }
      },
    };
  },
});
