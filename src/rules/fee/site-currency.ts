import { entriesOf, singleData, validItemsOf } from '../../reader/read-content.ts';
import { defineContentRule } from '../rule.ts';

export default defineContentRule({
  meta: {
    id: 'fee/site-currency',
    severity: 'error',
    description: 'Every price and fee is in the currency of the site (site.yaml).',
    rationale: "Totals add a plan's price and its fees; amounts in two currencies cannot be added or compared.",
    source: 'Plainsight; US FCC broadband labels, 47 CFR 8.1 (prices in one format)',
    messages: { found: 'Prices on this site are in {{site}} (content/site.yaml), not {{currency}}.' },
    appliesTo: ['pricing'],
  },
  create(context) {
    return {
      tree(tree) {
        const site = singleData(tree, 'site');
        if (site === undefined) return;
        for (const entry of entriesOf(tree, 'plan')) {
          const currency = entry.data?.price.currency;
          if (currency === undefined || currency === site.currency) continue;
          context.report({
            file: entry.source,
            field: ['price', 'currency'],
            messageId: 'found',
            data: { site: site.currency, currency },
          });
        }
        const fees = entriesOf(tree, 'fees')[0];
        for (const { index, item } of validItemsOf(fees)) {
          if (fees === undefined || item.amount.currency === site.currency) continue;
          context.report({
            file: fees.source,
            field: [index, 'amount', 'currency'],
            messageId: 'found',
            data: { site: site.currency, currency: item.amount.currency },
          });
        }
      },
    };
  },
});
