import { z } from 'astro/zod';
import { MoneySchema } from './money.ts';

/** Marks an issue between fields that disagree, reported by the rule schema/inconsistent-fields. */
const inconsistentFields = { rule: 'schema/inconsistent-fields' };

/** How often a fee is charged. */
export const BillingPeriodSchema = z.enum(['month', 'year']);
export type BillingPeriod = z.output<typeof BillingPeriodSchema>;

/** A lowercase, hyphenated id that is safe in a URL, such as `installation`. */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: (issue) =>
    `"${String(issue.input)}" is not a valid id: use lowercase letters, digits and single hyphens, ` +
    'such as "late-payment".',
});

/** One fee from the catalogue in `content/pricing/fees.yaml`. */
export const FeeSchema = z
  .strictObject({
    /** The fee's id, used by plans to refer to it. */
    id: SlugSchema,
    /** The fee's name as it appears on a bill. */
    name: z.string().min(1),
    /** How much the fee is. */
    amount: MoneySchema,
    /**
     * `one-time`: charged once, such as installation. `recurring`: charged every
     * period on top of the plan price. `conditional`: charged only when
     * something happens, such as a late payment.
     */
    kind: z.enum(['one-time', 'recurring', 'conditional']),
    /** For a recurring fee, how often it is charged. */
    period: BillingPeriodSchema.optional(),
    /** True when every customer on a plan that lists it pays it; false when the customer chooses it or triggers it. */
    mandatory: z.boolean(),
    /** When the fee is charged, in plain words. */
    appliesWhen: z.string().min(1),
    /** Why the fee exists, in plain words. A fee without a reason is not published. */
    why: z.string({ error: 'Every fee must say why it exists, in plain words.' }).min(20, {
      error: 'Say why this fee exists in at least a full sentence.',
    }),
    /** Whether the fee is refunded, and under which conditions (see `refundNote`). */
    refundable: z.boolean(),
    /** When or how the fee is refunded, if it is. */
    refundNote: z.string().min(1).optional(),
  })
  .superRefine((fee, ctx) => {
    if (fee.kind === 'recurring' && fee.period === undefined) {
      ctx.addIssue({
        params: inconsistentFields,
        code: 'custom',
        path: ['period'],
        message: 'A recurring fee must say how often it is charged: period: month or year.',
      });
    }
    if (fee.kind !== 'recurring' && fee.period !== undefined) {
      ctx.addIssue({
        params: inconsistentFields,
        code: 'custom',
        path: ['period'],
        message: `Only recurring fees have a period; this fee is ${fee.kind}.`,
      });
    }
    if (fee.refundable && fee.refundNote === undefined) {
      ctx.addIssue({
        params: inconsistentFields,
        code: 'custom',
        path: ['refundNote'],
        message: 'A refundable fee must say when and how it is refunded.',
      });
    }
  });

export type Fee = z.output<typeof FeeSchema>;

/** The fee catalogue file: a list of fees. */
export const FeeCatalogueSchema = z.array(FeeSchema);
