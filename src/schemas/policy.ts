import { z } from 'astro/zod';
import { IsoDateSchema } from './dates.ts';
import type { ReferenceTo } from './reference.ts';
import { tagListSchema } from './tag.ts';

/** The units a policy fact is counted in. */
export const FactUnitSchema = z.enum(['days', 'weeks', 'months', 'years', 'hours', 'percent']);
export type FactUnit = z.output<typeof FactUnitSchema>;

/**
 * A number a policy version promises, declared once so that other pages
 * (a fee's refund note, a paper) show it with `<PolicyFact>` or
 * `{fact:policy/id}` instead of typing it, and so that the check can find
 * prose that restates it differently (rule reference/restated-fact).
 */
export const PolicyFactSchema = z.strictObject({
  /** The number, such as 60. */
  value: z.number().int().min(0),
  /** What it counts, such as `days`. */
  unit: FactUnitSchema,
  /** What the number is, in plain words, such as "Time to cancel and get the installation fee back". */
  about: z.string().min(1),
  /**
   * Words that mark a sentence as stating this fact, such as
   * `[installation, refund]`: a sentence with every one of them (or a word
   * that starts with it, so "refund" covers "refunded") and a number of
   * this unit states the fact.
   */
  mentions: z.array(z.string().regex(/^[a-z]+$/, { error: 'A mention is one lower-case word.' })).min(1),
});
export type PolicyFact = z.output<typeof PolicyFactSchema>;

/** A fact's id: lower-case words joined by hyphens, as in `{fact:refunds/installation-fee-refund-window}`. */
export const FactIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'A fact id is lower-case words joined by hyphens, such as installation-fee-refund-window.',
});

/**
 * The front matter of one policy version, from
 * `content/policies/<policy>/<effective-date>.mdx`. The folder names the
 * policy; the file name is the date the version takes effect.
 */
export function policyVersionSchema(reference: ReferenceTo) {
  return z.strictObject({
    /** The policy's title, such as "Terms of service". */
    title: z.string().min(1),
    /** One or two plain sentences that say what the policy is for. */
    summary: z
      .string()
      .min(1)
      .max(300, { error: 'Keep the summary to one or two sentences (300 characters at most).' }),
    /** The short version: 3 to 7 points a customer should know. */
    keyPoints: z
      .array(z.string().min(1))
      .min(3, { error: 'Give at least 3 key points: the short version of the policy.' })
      .max(7, { error: 'Give at most 7 key points; the short version must stay short.' }),
    /** The day this version takes effect; must match the file name. */
    effective: IsoDateSchema,
    /** The day this version was published for customers to read. */
    published: IsoDateSchema,
    /** `material` changes what customers get or owe and needs notice; `editorial` only rewords. */
    changeType: z.enum(['material', 'editorial']),
    /** For every version after the first: what changed and why. */
    changes: z
      .strictObject({
        /** What is different from the previous version, in plain words. */
        what: z.string().min(1),
        /** Why it changed. */
        why: z.string().min(1),
      })
      .optional(),
    /**
     * Editorial corrections made after the version was published, oldest
     * first: a published version never changes in meaning, but a typo or a
     * clumsy sentence may be fixed if the fix is recorded here, in the same
     * change. Entries are only ever added (rule `record/policy-version-edited`),
     * and a correction may not change a number, amount, deadline, quantifier
     * or negation, nor remove a sentence (rule `record/correction-alters-terms`):
     * that takes a new version.
     */
    corrections: z
      .array(
        z.strictObject({
          /** The day the correction was made. */
          date: IsoDateSchema,
          /** What was corrected, in plain words, such as "Fixed the spelling of 'cheque'". */
          what: z.string().min(1),
          /** Why, such as "A typo". */
          why: z.string().min(1),
        }),
      )
      .optional(),
    /**
     * The numbers this version promises, by id, for other pages to quote
     * (see `PolicyFactSchema`). A fact keeps its id from version to version
     * while its value may change.
     */
    facts: z.record(FactIdSchema, PolicyFactSchema).optional(),
    /**
     * Topics from tags.yaml, for related papers. A policy is about what its newest version is about:
     * that version's tags count.
     */
    tags: tagListSchema(reference),
  });
}

export type PolicyVersion = z.output<ReturnType<typeof policyVersionSchema>>;
