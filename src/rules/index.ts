/**
 * Every rule, in the order the docs list them. Adding a rule: write
 * src/rules/<family>/<name>.ts (or, for a rule that finds a kind of clause
 * by its wording, src/rules/<family>/<name>.yaml, whose examples are its
 * tests), add it here, and add a test table for a code rule in
 * test/rules/<family>/<name>.test.ts.
 */
import conditionalWithoutCondition from './fee/conditional-without-condition.ts';
import earlyTerminationFee from './fee/early-termination-fee.ts';
import earlyTerminationUndisclosed from './fee/early-termination-undisclosed.ts';
import implausibleAmount from './fee/implausible-amount.ts';
import asteriskPrice from './fee/asterisk-price.ts';
import introPriceIncomplete from './fee/intro-price-incomplete.ts';
import mandatoryMismatch from './fee/mandatory-mismatch.ts';
import priceWithoutFees from './fee/price-without-fees.ts';
import pricingComponent from './fee/pricing-component.ts';
import recurringChargeIncomplete from './fee/recurring-charge-incomplete.ts';
import siteCurrency from './fee/site-currency.ts';
import undeclaredAmount from './fee/undeclared-amount.ts';
import empty from './file/empty.ts';
import frontMatter from './file/front-matter.ts';
import missing from './file/missing.ts';
import fileName from './file/name.ts';
import notUtf8 from './file/not-utf8.ts';
import outsideCollections from './file/outside-collections.ts';
import skippedName from './file/skipped-name.ts';
import tooLarge from './file/too-large.ts';
import unreadable from './file/unreadable.ts';
import allCaps from './gotcha/all-caps.ts';
import cancellationChannels from './gotcha/cancellation-channels.ts';
import hiddenTerms from './gotcha/hidden-terms.ts';
import markupElement from './markup/element.ts';
import markupEventHandler from './markup/event-handler.ts';
import markupExpression from './markup/expression.ts';
import markupImportExport from './markup/import-export.ts';
import svgImage from './markup/svg-image.ts';
import markupUnsafeUrl from './markup/unsafe-url.ts';
import updatedBeforePublished from './paper/updated-before-published.ts';
import placeholder from './plain/placeholder.ts';
import { phraseRule } from './phrase-rule.ts';
import brandContrast from './plain/brand-contrast.ts';
import figure from './plain/figure.ts';
import glossaryTerm from './plain/glossary-term.ts';
import imageAlt from './plain/image-alt.ts';
import legalese from './plain/legalese.ts';
import passiveVoice from './plain/passive-voice.ts';
import readability from './plain/readability.ts';
import sentenceLength from './plain/sentence-length.ts';
import editorialChange from './policy/editorial-change.ts';
import effectiveDateName from './policy/effective-date-name.ts';
import missingChanges from './policy/missing-changes.ts';
import noticePeriod from './policy/notice-period.ts';
import publishedAfterEffective from './policy/published-after-effective.ts';
import rewritesHistory from './policy/rewrites-history.ts';
import sameDay from './policy/same-day.ts';
import correctionAltersTerms from './record/correction-alters-terms.ts';
import policyVersionEdited from './record/policy-version-edited.ts';
import policyVersionRemoved from './record/policy-version-removed.ts';
import statusUpdateEdited from './record/status-update-edited.ts';
import brandFile from './reference/brand-file.ts';
import duplicateId from './reference/duplicate-id.ts';
import unknownId from './reference/unknown-id.ts';
import unusedImage from './reference/unused-image.ts';
import unusedTag from './reference/unused-tag.ts';
import recordComponent from './reference/record-component.ts';
import restatedFact from './reference/restated-fact.ts';
import { engineRules } from './engine-rules.ts';
import type { Rule, RuleMeta } from './rule.ts';
import decimalMoney from './schema/decimal-money.ts';
import inconsistentFields from './schema/inconsistent-fields.ts';
import invalidValue from './schema/invalid-value.ts';
import requiredField from './schema/required-field.ts';
import unknownField from './schema/unknown-field.ts';
import wrongType from './schema/wrong-type.ts';
import maintenanceOverlap from './status/maintenance-overlap.ts';
import missingPostmortem from './status/missing-postmortem.ts';
import staleIncident from './status/stale-incident.ts';
import statusBackwards from './status/status-backwards.ts';
import updateOrder from './status/update-order.ts';
import windowOrder from './status/window-order.ts';
import unfairClause from './model/unfair-clause.ts';
import unpricedCharge from './fee/unpriced-charge.ts';

export const allRules: readonly Rule[] = [
  undeclaredAmount,
  phraseRule('fee/vague-fee-language'),
  phraseRule('fee/price-increase-unstated'),
  phraseRule('fee/regular-price-unstated'),
  unpricedCharge,
  phraseRule('fee/usage-limit-unstated'),
  asteriskPrice,
  introPriceIncomplete,
  priceWithoutFees,
  recurringChargeIncomplete,
  earlyTerminationUndisclosed,
  pricingComponent,
  conditionalWithoutCondition,
  phraseRule('fee/unexplained-fee'),
  mandatoryMismatch,
  earlyTerminationFee,
  siteCurrency,
  implausibleAmount,
  phraseRule('gotcha/unilateral-change'),
  phraseRule('gotcha/unilateral-termination'),
  phraseRule('gotcha/content-removal'),
  phraseRule('gotcha/contract-by-using'),
  phraseRule('gotcha/limitation-of-liability'),
  phraseRule('gotcha/warranty-disclaimer'),
  phraseRule('gotcha/arbitration'),
  phraseRule('gotcha/class-action-waiver'),
  phraseRule('gotcha/jurisdiction'),
  phraseRule('gotcha/choice-of-law'),
  phraseRule('gotcha/sole-discretion'),
  phraseRule('gotcha/change-without-notice'),
  phraseRule('gotcha/cancellation-channel'),
  phraseRule('gotcha/cancellation-obstacle'),
  cancellationChannels,
  phraseRule('gotcha/auto-renewal-opt-out'),
  phraseRule('gotcha/forfeited-prepayment'),
  phraseRule('gotcha/indemnity'),
  phraseRule('gotcha/time-to-sue'),
  phraseRule('gotcha/fine-print-marker'),
  unfairClause,
  allCaps,
  hiddenTerms,
  legalese,
  sentenceLength,
  readability,
  passiveVoice,
  glossaryTerm,
  imageAlt,
  figure,
  brandContrast,
  noticePeriod,
  missingChanges,
  editorialChange,
  sameDay,
  rewritesHistory,
  effectiveDateName,
  publishedAfterEffective,
  policyVersionEdited,
  correctionAltersTerms,
  policyVersionRemoved,
  statusUpdateEdited,
  staleIncident,
  missingPostmortem,
  updateOrder,
  statusBackwards,
  windowOrder,
  maintenanceOverlap,
  updatedBeforePublished,
  placeholder,
  markupImportExport,
  markupExpression,
  markupElement,
  markupEventHandler,
  markupUnsafeUrl,
  svgImage,
  outsideCollections,
  skippedName,
  fileName,
  tooLarge,
  notUtf8,
  unreadable,
  empty,
  frontMatter,
  missing,
  requiredField,
  unknownField,
  wrongType,
  invalidValue,
  inconsistentFields,
  decimalMoney,
  unknownId,
  duplicateId,
  unusedTag,
  unusedImage,
  recordComponent,
  restatedFact,
  brandFile,
];

/** Every rule's meta: the rules above and the engine's own. */
export const allRuleMetas: readonly RuleMeta[] = [...allRules.map((rule) => rule.meta), ...engineRules];
