import { z } from 'astro/zod';
import { IsoDateSchema } from './dates.ts';
import { BillingPeriodSchema, SlugSchema } from './fee.ts';
import { MoneySchema } from './money.ts';
import type { ReferenceTo } from './reference.ts';
import { ChannelSchema } from './site.ts';
import { tagListSchema } from './tag.ts';

/** Marks an issue between fields that disagree, reported by the rule schema/inconsistent-fields. */
const inconsistentFields = { rule: 'schema/inconsistent-fields' };

/** A plan from `content/pricing/plans/<id>.yaml`; the file name is the plan's id. */
export function planSchema(reference: ReferenceTo) {
  return z
    .strictObject({
      /** The plan's name. */
      name: z.string().min(1),
      /** One plain sentence that says who the plan is for. */
      summary: z.string().min(1),
      /** Topics from tags.yaml, for related papers. */
      tags: tagListSchema(reference),
      /** Where the plan appears in lists; lower comes first. */
      order: z.number().int(),
      /** The day these prices and terms took effect. */
      effective: IsoDateSchema,
      /** The regular price per period, before any mandatory fee. */
      price: MoneySchema,
      /** How often the price is charged. */
      period: BillingPeriodSchema,
      /** A lower price for the first months, after which the regular `price` applies. */
      introductory: z
        .strictObject({
          /** The price per period during the introductory months. */
          price: MoneySchema,
          /** How many months the introductory price lasts. */
          months: z.number().int().positive(),
        })
        .optional(),
      /** Fees from the catalogue that apply to this plan. */
      fees: z.strictObject({
        /** Fees every customer on this plan pays; they are part of its all-in price. */
        mandatory: z.array(reference('fees')).default([]),
        /** Fees a customer pays only by choosing them or by triggering them. */
        optional: z.array(reference('fees')).default([]),
      }),
      /** The commitment the plan asks for. */
      contract: z.strictObject({
        /** Minimum term in months; 0 means no contract. */
        months: z.number().int().min(0),
        /** What leaving before the end of the term costs, in plain words. */
        earlyTermination: z.string().min(1),
        /**
         * The charge for leaving before the end of the term: a conditional fee
         * from the catalogue. With `prorated: true` it shrinks with every month
         * served: the fee's amount times the months left, divided by the term.
         */
        earlyTerminationFee: z
          .strictObject({
            /** The catalogue fee charged; its amount is the most a customer can pay. */
            fee: reference('fees'),
            /** Whether the charge goes down month by month over the term. */
            prorated: z.boolean(),
          })
          .optional(),
      }),
      /** What happens at the end of each period or term. */
      autoRenewal: z.strictObject({
        /** Whether the plan renews without the customer doing anything. */
        renews: z.boolean(),
        /** How many days before a renewal or price change the customer is told. */
        reminderDays: z.number().int().min(0),
      }),
      /** The channels through which a customer can sign up for the plan. */
      signup: z.array(ChannelSchema).min(1),
      /** How to cancel. */
      cancellation: z.strictObject({
        /** The channels through which a customer can cancel; must include every signup channel. */
        channels: z.array(ChannelSchema).min(1),
        /** What cancelling takes and when it takes effect, in plain words. */
        howTo: z.string().min(1),
      }),
      /**
       * The broadband label's performance facts (FCC, 47 CFR 8.1): typical
       * speeds and latency at peak time, as measured, and the data included.
       */
      broadband: z.strictObject({
        /** Typical download speed at peak time (7 to 11 pm), in megabits per second. */
        typicalDownloadMbps: z.number().positive(),
        /** Typical upload speed at peak time, in megabits per second. */
        typicalUploadMbps: z.number().positive(),
        /** Typical round-trip latency at peak time, in milliseconds. */
        typicalLatencyMs: z.number().positive(),
        /** The data included in the price each period: a number of gigabytes, or `unlimited`. */
        dataIncluded: z.union([z.literal('unlimited'), z.number().int().positive()]),
      }),
      /** What the plan includes, one item per line. */
      includes: z.array(z.string().min(1)).min(1),
      /**
       * The policies a customer on this plan agrees to, by folder name under `content/policies/`,
       * such as `terms-of-service`.
       */
      policies: z.array(SlugSchema).min(1),
    })
    .superRefine((plan, ctx) => {
      const currency = plan.price.currency;
      if (plan.introductory !== undefined) {
        if (plan.introductory.price.currency !== currency) {
          ctx.addIssue({
            params: inconsistentFields,
            code: 'custom',
            path: ['introductory', 'price', 'currency'],
            message: `The introductory price must be in the plan's currency (${currency}).`,
          });
        }
        if (plan.introductory.price.amount >= plan.price.amount) {
          ctx.addIssue({
            params: inconsistentFields,
            code: 'custom',
            path: ['introductory', 'price', 'amount'],
            message: 'An introductory price must be lower than the regular price it changes to.',
          });
        }
      }
      if (plan.period === 'year' && plan.introductory !== undefined && plan.introductory.months % 12 !== 0) {
        ctx.addIssue({
          params: inconsistentFields,
          code: 'custom',
          path: ['introductory', 'months'],
          message:
            'A yearly plan is charged a year at a time, so its introductory price must last whole years: ' +
            '12, 24 or 36 months.',
        });
      }
      if (plan.contract.months === 0 && plan.contract.earlyTerminationFee !== undefined) {
        ctx.addIssue({
          params: inconsistentFields,
          code: 'custom',
          path: ['contract', 'earlyTerminationFee'],
          message: 'A plan without a minimum term (contract.months: 0) cannot have an early-termination fee.',
        });
      }
      const mandatory = new Set(plan.fees.mandatory);
      plan.fees.optional.forEach((id, index) => {
        if (mandatory.has(id)) {
          ctx.addIssue({
            params: inconsistentFields,
            code: 'custom',
            path: ['fees', 'optional', index],
            message: `The fee "${id}" is listed as both mandatory and optional.`,
          });
        }
      });
    });
}

export type Plan = z.output<ReturnType<typeof planSchema>>;
