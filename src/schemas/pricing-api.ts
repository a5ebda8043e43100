/**
 * The shape of `/api/pricing.json`, version 1. This schema is the API's
 * documentation: the site publishes it as JSON Schema at
 * `/api/pricing.schema.json`, and the build test validates the published
 * document against it. A change that breaks a client gets a new version.
 */
import { z } from 'astro/zod';

const MoneyOut = z
  .strictObject({
    amount: z.number().int().describe("The amount in the currency's minor unit (cents for USD): 7000 is $70.00."),
    currency: z.string().length(3).describe('ISO 4217 currency code, such as USD.'),
    decimal: z.string().describe('The same amount as an exact decimal string, such as "70.00".'),
    display: z
      .string()
      .describe('The amount as shown on the site, formatted for the site\'s locale, such as "$70.00".'),
  })
  .describe('An amount of money.');

const FeeOut = z.strictObject({
  id: z.string().describe("The fee's id; plans refer to fees by it."),
  name: z.string().describe("The fee's name as it appears on a bill."),
  url: z.url().describe('Where the site explains the fee.'),
  amount: MoneyOut,
  kind: z
    .enum(['one-time', 'recurring', 'conditional'])
    .describe(
      'one-time: charged once. recurring: charged every period. conditional: charged only when something happens.',
    ),
  period: z
    .enum(['month', 'year'])
    .nullable()
    .describe('For a recurring fee, how often it is charged; null otherwise.'),
  mandatory: z.boolean().describe('True when every customer on a plan that lists the fee pays it.'),
  appliesWhen: z.string().describe('When the fee is charged, in plain words.'),
  why: z.string().describe('Why the fee exists, in plain words.'),
  refundable: z.boolean().describe('Whether the fee can be refunded.'),
  refundNote: z.string().nullable().describe('When or how the fee is refunded; null when it is not refundable.'),
  plans: z.array(z.string()).describe('The ids of the plans the fee can apply to.'),
});

const PlanOut = z.strictObject({
  id: z.string().describe("The plan's id, as in its URL."),
  identifier: z
    .string()
    .describe(
      "The unique plan identifier shown on the plan's pricing facts label; " +
        "it changes whenever the plan's prices or terms change.",
    ),
  name: z.string(),
  summary: z.string().describe('One sentence on who the plan is for.'),
  url: z.url().describe("The plan's page, with its pricing facts label."),
  effective: z.string().describe('The day these prices and terms took effect, YYYY-MM-DD.'),
  period: z.enum(['month', 'year']).describe('How often the plan is charged.'),
  price: MoneyOut.describe('The plan price per period before mandatory recurring fees.'),
  allInPrice: MoneyOut.describe(
    'What the customer pays each period after any introductory price ends: ' +
      "the plan price plus every mandatory recurring fee. The site's headline price.",
  ),
  introductory: z
    .strictObject({
      months: z.number().int().describe('How many months the introductory price lasts.'),
      price: MoneyOut.describe('The plan price per period during those months, before fees.'),
      allInPrice: MoneyOut.describe('What the customer pays each period during those months, fees included.'),
    })
    .nullable()
    .describe('A lower price for the first months; null when the plan has none.'),
  oneTimeCharges: MoneyOut.describe('Every mandatory one-time fee added up, such as installation.'),
  mandatoryFees: z.array(z.string()).describe('Ids of the fees every customer on the plan pays.'),
  optionalFees: z
    .array(z.string())
    .describe('Ids of the fees a customer pays only by choosing them or triggering them.'),
  contract: z.strictObject({
    months: z.number().int().describe('Minimum term in months; 0 means none.'),
    earlyTermination: z.string().describe('What leaving before the end of the term costs, in plain words.'),
    earlyTerminationFee: z
      .strictObject({
        fee: z.string().describe('Id of the fee charged.'),
        prorated: z
          .boolean()
          .describe('Whether the charge shrinks with every month served (fee × months left ÷ term, rounded down).'),
      })
      .nullable(),
  }),
  autoRenewal: z.strictObject({
    renews: z.boolean(),
    reminderDays: z.number().int().describe('How many days before a renewal or price change the customer is told.'),
  }),
  signup: z.array(z.string()).describe('Channels to sign up through.'),
  cancellation: z.strictObject({
    channels: z.array(z.string()).describe('Channels to cancel through; always includes every signup channel.'),
    howTo: z.string(),
  }),
  broadband: z
    .strictObject({
      typicalDownloadMbps: z.number().describe('Typical download speed at peak time, in megabits per second.'),
      typicalUploadMbps: z.number().describe('Typical upload speed at peak time, in megabits per second.'),
      typicalLatencyMs: z.number().describe('Typical round-trip latency at peak time, in milliseconds.'),
      dataIncluded: z
        .union([z.literal('unlimited'), z.number().int()])
        .describe('Data included in the price each period, in gigabytes, or "unlimited".'),
    })
    .describe("The broadband label's performance facts."),
  includes: z.array(z.string()),
  policies: z.array(z.url()).describe('The policies a customer on this plan agrees to.'),
  totalCost: z
    .strictObject({ '12': MoneyOut, '24': MoneyOut })
    .describe(
      'What the plan costs over 12 and 24 months from the first day, with one-time charges and, ' +
        'when the months end before the minimum term, the early-termination charge; no add-ons.',
    ),
});

export const PricingApiSchema = z
  .strictObject({
    version: z.literal(1).describe('The version of this format. A change that could break a client raises it.'),
    generated: z.string().describe('The day the site was built, YYYY-MM-DD.'),
    company: z.strictObject({ name: z.string(), legalName: z.string(), url: z.url() }),
    currency: z.string().length(3).describe('The currency of every amount.'),
    taxStatement: z.string().describe('What prices include and exclude in taxes and government charges.'),
    effective: z.string().describe('The latest effective date of any plan, YYYY-MM-DD.'),
    plans: z.array(PlanOut).describe('Every plan, in the order the site lists them.'),
    fees: z.array(FeeOut).describe('Every fee a customer can ever be charged.'),
  })
  .describe("Every plan and fee of the company, with prices computed by the same functions as the site's pages.");

export type PricingApi = z.output<typeof PricingApiSchema>;
export type MoneyOut = z.output<typeof MoneyOut>;
