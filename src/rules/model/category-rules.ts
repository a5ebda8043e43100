/**
 * The phrase rules the clause model reads as features, and the CLAUDETTE
 * category each of the eight category rules stands for.
 */
import { phraseRule, type PhraseRule } from '../phrase-rule.ts';

/** Each CLAUDETTE category and the rules that find its kind of clause. */
export const categoryRules: Readonly<Record<string, readonly string[]>> = {
  A: ['gotcha/arbitration'],
  CH: ['gotcha/unilateral-change', 'fee/price-increase-unstated'],
  CR: ['gotcha/content-removal'],
  J: ['gotcha/jurisdiction'],
  LAW: ['gotcha/choice-of-law'],
  LTD: ['gotcha/limitation-of-liability'],
  TER: ['gotcha/unilateral-termination'],
  USE: ['gotcha/contract-by-using'],
};

/** Every gotcha phrase rule, and the fee rule for price changes: their hits are features of the model. */
export const modelRuleIds = [
  ...new Set([
    ...Object.values(categoryRules).flat(),
    'gotcha/warranty-disclaimer',
    'gotcha/class-action-waiver',
    'gotcha/sole-discretion',
    'gotcha/change-without-notice',
    'gotcha/cancellation-channel',
    'gotcha/cancellation-obstacle',
    'gotcha/auto-renewal-opt-out',
    'gotcha/forfeited-prepayment',
    'gotcha/indemnity',
    'gotcha/time-to-sue',
  ]),
];

export const modelRules: readonly PhraseRule[] = modelRuleIds.map((id) => phraseRule(id));
