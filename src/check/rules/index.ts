/**
 * Every rule of the transparency check, in the order the docs list them.
 * Adding a rule: write src/check/rules/<family>/<name>.ts (and its phrase list
 * in src/check/phrases/ if it matches wording), add it here, and add its test
 * table in test/check/rules/<family>/<name>.test.ts.
 */
import type { Rule } from '../rule.ts';
import asteriskPrice from './fee/asterisk-price.ts';
import conditionalWithoutCondition from './fee/conditional-without-condition.ts';
import earlyTerminationUndisclosed from './fee/early-termination-undisclosed.ts';
import unexplainedFee from './fee/unexplained-fee.ts';
import priceWithoutFees from './fee/price-without-fees.ts';
import pricingComponent from './fee/pricing-component.ts';
import recurringChargeIncomplete from './fee/recurring-charge-incomplete.ts';
import introPriceIncomplete from './fee/intro-price-incomplete.ts';
import undeclaredAmount from './fee/undeclared-amount.ts';
import vagueFeeLanguage from './fee/vague-fee-language.ts';
import allCaps from './gotcha/all-caps.ts';
import arbitration from './gotcha/arbitration.ts';
import classActionWaiver from './gotcha/class-action-waiver.ts';
import autoRenewalOptOut from './gotcha/auto-renewal-opt-out.ts';
import cancellationChannels from './gotcha/cancellation-channels.ts';
import cancellationObstacle from './gotcha/cancellation-obstacle.ts';
import changeWithoutNotice from './gotcha/change-without-notice.ts';
import choiceOfLaw from './gotcha/choice-of-law.ts';
import contentRemoval from './gotcha/content-removal.ts';
import contractByUsing from './gotcha/contract-by-using.ts';
import finePrintMarker from './gotcha/fine-print-marker.ts';
import forfeitedPrepayment from './gotcha/forfeited-prepayment.ts';
import hiddenTerms from './gotcha/hidden-terms.ts';
import indemnity from './gotcha/indemnity.ts';
import jurisdiction from './gotcha/jurisdiction.ts';
import limitationOfLiability from './gotcha/limitation-of-liability.ts';
import soleDiscretion from './gotcha/sole-discretion.ts';
import timeToSue from './gotcha/time-to-sue.ts';
import unilateralChange from './gotcha/unilateral-change.ts';
import unilateralTermination from './gotcha/unilateral-termination.ts';
import warrantyDisclaimer from './gotcha/warranty-disclaimer.ts';
import markupElement from './markup/element.ts';
import markupEventHandler from './markup/event-handler.ts';
import markupExpression from './markup/expression.ts';
import markupImportExport from './markup/import-export.ts';
import markupUnsafeUrl from './markup/unsafe-url.ts';
import figure from './plain/figure.ts';
import glossaryTerm from './plain/glossary-term.ts';
import imageAlt from './plain/image-alt.ts';
import legalese from './plain/legalese.ts';
import missingSummary from './plain/missing-summary.ts';
import editorialChange from './policy/editorial-change.ts';
import missingChanges from './policy/missing-changes.ts';
import noticePeriod from './policy/notice-period.ts';
import missingPostmortem from './status/missing-postmortem.ts';
import staleIncident from './status/stale-incident.ts';
import maintenanceWithoutEnd from './status/maintenance-without-end.ts';
import unknownComponent from './status/unknown-component.ts';
import passiveVoice from './plain/passive-voice.ts';
import readability from './plain/readability.ts';
import sentenceLength from './plain/sentence-length.ts';

export const allRules: readonly Rule[] = [
  undeclaredAmount,
  vagueFeeLanguage,
  asteriskPrice,
  introPriceIncomplete,
  priceWithoutFees,
  recurringChargeIncomplete,
  earlyTerminationUndisclosed,
  pricingComponent,
  conditionalWithoutCondition,
  unexplainedFee,
  unilateralChange,
  unilateralTermination,
  contentRemoval,
  contractByUsing,
  limitationOfLiability,
  warrantyDisclaimer,
  arbitration,
  classActionWaiver,
  jurisdiction,
  choiceOfLaw,
  soleDiscretion,
  changeWithoutNotice,
  cancellationObstacle,
  cancellationChannels,
  autoRenewalOptOut,
  forfeitedPrepayment,
  indemnity,
  timeToSue,
  finePrintMarker,
  allCaps,
  hiddenTerms,
  legalese,
  sentenceLength,
  readability,
  passiveVoice,
  missingSummary,
  glossaryTerm,
  imageAlt,
  figure,
  noticePeriod,
  missingChanges,
  editorialChange,
  staleIncident,
  missingPostmortem,
  unknownComponent,
  maintenanceWithoutEnd,
  markupImportExport,
  markupExpression,
  markupElement,
  markupEventHandler,
  markupUnsafeUrl,
];
