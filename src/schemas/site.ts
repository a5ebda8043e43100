import { z } from 'astro/zod';
import { BrandSchema } from './brand.ts';
import { CurrencyCodeSchema } from './money.ts';

/** The ways a customer can reach the company, sign up or cancel. */
export const ChannelSchema = z.enum(['online', 'phone', 'chat', 'email', 'store', 'mail']);
export type Channel = z.output<typeof ChannelSchema>;

/** One way to reach support, with when it is staffed. */
export const SupportChannelSchema = z.strictObject({
  /** Which kind of channel this is. */
  channel: ChannelSchema,
  /** What a customer sees, such as "Call us". */
  label: z.string().min(1),
  /** The number, address or URL path to use, such as "+1 555 0100" or "/account/". */
  contact: z.string().min(1),
  /** When someone answers, in plain words, such as "Every day, 7 am to 10 pm Pacific". */
  hours: z.string().min(1),
});

/** Company identity and site-wide settings, from `content/site.yaml`. */
export const SiteSchema = z.strictObject({
  /** The company's everyday name. */
  name: z.string().min(1),
  /** The company's legal name, as it appears on contracts and bills. */
  legalName: z.string().min(1),
  /** One sentence that says what the company does. */
  tagline: z.string().min(1),
  /** The public address of this site, used for canonical links and feeds. */
  url: z.url({ protocol: /^https$/, error: 'The site URL must be an https:// address.' }),
  /** The BCP 47 locale used to format money and dates, such as en-US. */
  locale: z.string().refine((tag) => Intl.NumberFormat.supportedLocalesOf([tag]).length === 1, {
    error: (issue) =>
      `"${String(issue.input)}" is not a locale this runtime can format for. Use a BCP 47 tag such as en-US.`,
  }),
  /** The IANA time zone for dates shown to customers, such as America/Los_Angeles. */
  timeZone: z.string().refine((zone) => Intl.supportedValuesOf('timeZone').includes(zone) || zone === 'UTC', {
    error: (issue) => `"${String(issue.input)}" is not an IANA time zone such as America/Los_Angeles.`,
  }),
  /** The currency every price on the site is in. */
  currency: CurrencyCodeSchema,
  /**
   * What the prices include and exclude in taxes and government charges, in
   * plain words. Shown on every plan's pricing facts label.
   */
  taxStatement: z.string().min(1),
  /** The minimum number of days between announcing a material policy change and its taking effect. */
  policyNoticeDays: z.number().int().min(0),
  /** The channels through which customers can reach support. */
  support: z.array(SupportChannelSchema).min(1),
  /** A postal address for letters and legal notices. */
  postalAddress: z.string().min(1),
  /**
   * Where customers act outside this site: sign in to their account, order a
   * plan, check whether service reaches an address. Shown where a customer
   * needs them (the contact and cancellation pages, the plans).
   */
  links: z
    .strictObject({
      account: z.url({ protocol: /^https$/ }).optional(),
      signUp: z.url({ protocol: /^https$/ }).optional(),
      availability: z.url({ protocol: /^https$/ }).optional(),
    })
    .optional(),
  /**
   * Flesch-Kincaid grade limits for the plain/readability rule, by kind of
   * content (`policy`, `paper`); a kind not listed uses warning 10, error 12.
   */
  readability: z
    .record(
      z.enum(['policy', 'paper']),
      z.strictObject({ warning: z.number().positive(), error: z.number().positive() }),
    )
    .optional(),
  /**
   * What becomes of the clause model's findings (model/unfair-clause), by
   * kind of content: `warning` (the default), `error` to fail the build on
   * them as on a rule's, or `off`.
   */
  modelFindings: z
    .record(z.enum(['policy', 'pricing', 'paper', 'status', 'site']), z.enum(['error', 'warning', 'off']))
    .optional(),
  /**
   * The smallest amounts, in minor units of `currency` (cents for USD), that
   * the rule fee/implausible-amount takes as meant: a plan's price or
   * introductory price below `plan`, or a fee below `fee`, is reported as
   * probably written in whole units (45 for 4500). Zero is taken as meant
   * (free). When absent, or for a key left out, `defaultMinimumAmounts`.
   */
  minimumAmounts: z
    .strictObject({
      /** The smallest plausible price of a plan, per period. */
      plan: z.number().int().nonnegative().optional(),
      /** The smallest plausible fee. */
      fee: z.number().int().nonnegative().optional(),
    })
    .optional(),
  /**
   * The company's logo, colours and fonts (`BrandSchema`); without it the
   * site keeps its neutral look.
   */
  brand: BrandSchema.optional(),
});

/**
 * The smallest plausible amounts when site.yaml sets none, in minor units:
 * 5.00 for a plan and 1.00 for a fee in a two-decimal currency such as USD.
 */
export const defaultMinimumAmounts = { plan: 500, fee: 100 } as const;

export type Site = z.output<typeof SiteSchema>;
