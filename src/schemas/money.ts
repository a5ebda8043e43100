import { z } from 'astro/zod';

/**
 * ISO 4217 currency codes this runtime knows. `Intl` ships the list, so no
 * hand-kept table can drift out of date.
 */
const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 currency code such as `USD` or `EUR`. */
export const CurrencyCodeSchema = z
  .string({ error: 'Write the currency as a three-letter ISO 4217 code, such as USD.' })
  .refine((code) => knownCurrencies.has(code), {
    error: (issue) => `"${String(issue.input)}" is not an ISO 4217 currency code. Use a code such as USD, EUR or GBP.`,
  });

/**
 * An amount of money. Amounts are whole minor units (cents for USD) so that
 * no price is ever rounded by floating-point arithmetic.
 */
export const MoneySchema = z.strictObject({
  /** The amount in minor units: 4500 means 45.00 in a two-decimal currency. */
  amount: z
    .number({ error: 'Write the amount as a whole number of minor units (cents), such as 4500 for 45.00.' })
    .int({
      error: (issue) =>
        `Money is whole minor units (cents): write ${Math.round(Number(issue.input) * 100)} for ` +
        `${String(issue.input)}, not a decimal.`,
    })
    .nonnegative({ error: 'A price or fee cannot be negative. Describe discounts as their own plan or price.' }),
  /** The ISO 4217 currency of the amount. */
  currency: CurrencyCodeSchema,
});

export type Money = z.output<typeof MoneySchema>;
