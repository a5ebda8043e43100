import { discloses } from '../disclosures.ts';
import { defineRule } from '../rule.ts';
import { readWordList } from '../word-list.ts';

export default defineRule({
  meta: {
    id: 'fee/unpriced-charge',
    severity: 'error',
    description: 'A charge that is named is named with its amount, somewhere in the same document.',
    rationale:
      '"An early termination fee applies" tells customers there is a cost and hides how big it is; ' +
      'a charge they can only learn of on the bill is a hidden fee.',
    source:
      'US FCC broadband labels, 47 CFR 8.1 (one-time fees and early termination fee, with amounts); ' +
      'US FTC Rule on Unfair or Deceptive Fees, 16 CFR 464; EU Directive 2011/83/EU, Art. 6(1)(e)',
    messages: {
      found: 'Charge without an amount: "{{phrase}}". Say how much it is and when it applies, or link to the fee list.',
    },
    // A paper may discuss a kind of charge in general ("what an early-termination fee is for").
    appliesTo: ['policy', 'pricing', 'site', 'status'],
    exemptInQuotations: true,
    examples: {
      bad: 'An early termination fee applies if you cancel during your contract.',
      good: 'If you cancel during your contract, an early termination fee of $10 for each remaining month applies.',
    },
  },
  create(context) {
    const names = readWordList('charge-names').phrases;
    const waived = readWordList('charge-waived').phrases;
    const feeList = readWordList('charge-list').phrases;
    // A charge given with its amount once needs no amount where the document names it again.
    const priced = new Set<string>();
    const unpriced: Array<{ name: string; range: { start: number; end: number }; phrase: string }> = [];
    return {
      sentence(sentence) {
        if (sentence.words.length < 4) return;
        const given = waived.matchAll(sentence.words);
        const sendsToList = feeList.firstMatch(sentence.words) !== undefined;
        const amount = discloses(sentence, 'amount', undefined, context.document.elements);
        let end = -1;
        for (const match of names.matchAll(sentence.words)) {
          // "Early termination fee" also holds "termination fee": one charge, named once.
          if (match.first.start <= end) continue;
          end = match.last.start;
          if (given.some((span) => span.first.start <= match.last.start && match.first.start <= span.last.start))
            continue;
          const words = sentence.words.slice(
            sentence.words.indexOf(match.first),
            sentence.words.indexOf(match.last) + 1,
          );
          // "Early termination fees" and "the early-termination fee" are one charge.
          const name = words
            .map((token) => token.value.replace(/s$/, ''))
            .join(' ')
            .replace(/-/g, ' ');
          if (amount || sendsToList) priced.add(name);
          else
            unpriced.push({
              name,
              range: sentence.rangeOf(match.first, match.last),
              phrase: sentence.text.slice(match.first.start, match.last.end),
            });
        }
      },
      document() {
        const reported = new Set<string>();
        for (const charge of unpriced) {
          if (priced.has(charge.name) || reported.has(charge.name)) continue;
          reported.add(charge.name);
          context.report({ range: charge.range, messageId: 'found', data: { phrase: charge.phrase } });
        }
      },
    };
  },
});
