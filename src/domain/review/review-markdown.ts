/**
 * The review of a change as Markdown, for a pull request, a job summary or a
 * terminal: what customers will see change, then what the transparency check
 * says differently. Money is formatted as the site formats it.
 */
import type { Fee } from '../../schemas/fee.ts';
import type { Money } from '../../schemas/money.ts';
import { formatMoney } from '../pricing/money.ts';
import type { PricedPlan } from '../pricing/priced-plan.ts';
import {
  changesAnything,
  noticeGiven,
  type CheckChanges,
  type CheckItem,
  type CustomerChanges,
  type FigureChange,
  type PolicyVersionChange,
  type StatusChange,
} from './customer-changes.ts';
import type { PolicyVersionView } from './customer-view.ts';

/** What was compared, for the report's first line. */
export interface ReviewSubject {
  base: { rev: string; commit: string };
  /** Undefined for the working tree. */
  head: { rev: string; commit: string } | undefined;
  now: Date;
}

/** The line said when nothing customers see changes. */
export const nothingChanges = 'Nothing customers see changes: no price, fee, policy version or status entry differs.';

/** Escapes the characters Markdown would read as markup in text taken from content. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (char) => `\\${char}`).replace(/\s+/g, ' ');
}

/** Ends a text taken from content with one full stop: "Once." and "Once" both become "Once.". */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

/**
 * The line for entries of the head that are invalid: what customers would
 * see of them is unknown, so they are listed apart, never as removed.
 */
function unreadableLine(what: string, ids: readonly string[]): string[] {
  if (ids.length === 0) return [];
  return [
    `- ⚠️ **${what} that cannot be read** (run \`npm run validate\`: the check says why): ` +
      `${ids.map(code).join(', ')}.`,
  ];
}

function money(value: Money | undefined, locale: string): string {
  return value === undefined ? 'none' : formatMoney(value, locale);
}

/** The difference between two amounts, signed, such as "+$5.00"; "no change" when equal. */
function difference({ before, after }: FigureChange, locale: string): string {
  if (before === undefined || after === undefined || before.currency !== after.currency) return '';
  const delta = after.amount - before.amount;
  if (delta === 0) return 'no change';
  return `${delta > 0 ? '+' : '−'}${formatMoney({ currency: after.currency, amount: Math.abs(delta) }, locale)}`;
}

function row(label: string, figure: FigureChange, locale: string): string {
  const { before, after } = figure;
  return `| ${label} | ${money(before, locale)} | ${money(after, locale)} | ${difference(figure, locale)} |`;
}

function pricesSection(changes: CustomerChanges): string[] {
  const { locale, plans } = changes;
  const lines: string[] = [];
  for (const plan of plans.changed) {
    const intro = plan.introductory;
    const introMoney = (months: number | undefined) => (value: Money | undefined) =>
      value === undefined ? 'none' : `${formatMoney(value, locale)} for ${months} months`;
    lines.push(
      `#### ${escapeMarkdown(plan.name)} (${code(plan.id)})`,
      '',
      '| | Before | After | Change |',
      '| --- | ---: | ---: | ---: |',
      row(`All-in price per ${plan.period}`, plan.allIn, locale),
    );
    if (intro.before !== undefined || intro.after !== undefined) {
      lines.push(
        `| Introductory all-in price per ${plan.period} | ${introMoney(intro.monthsBefore)(intro.before)} | ` +
          `${introMoney(intro.monthsAfter)(intro.after)} | ${difference(intro, locale)} |`,
      );
    }
    lines.push(row('One-time charges', plan.oneTime, locale));
    for (const total of plan.totals) lines.push(row(`Over ${total.months} months`, total, locale));
    lines.push('');
    if (plan.terms.length > 0) lines.push(`Other terms changed: ${plan.terms.map(code).join(', ')}.`, '');
    if (plan.identifier.before !== plan.identifier.after)
      lines.push(`Plan identifier: ${code(plan.identifier.before)} → ${code(plan.identifier.after)}.`, '');
  }
  const planLine = (plan: PricedPlan) =>
    `**${escapeMarkdown(plan.data.name)}** (${code(plan.id)}): ${formatMoney(plan.allIn, locale)} per ` +
    `${plan.data.period} all-in` +
    (plan.introductory
      ? `, ${formatMoney(plan.introductory.allIn, locale)} for the first ${plan.introductory.months} months`
      : '') +
    `; one-time charges ${formatMoney(plan.oneTime, locale)}; ` +
    plan.totals.map((total) => `${formatMoney(total.total, locale)} over ${total.months} months`).join(', ');
  for (const plan of plans.added) lines.push(`- New plan: ${planLine(plan)}.`);
  for (const plan of plans.removed) lines.push(`- **Plan removed**: ${planLine(plan)}.`);
  if (plans.added.length + plans.removed.length > 0) lines.push('');
  return lines;
}

function feeFacts(fee: Fee, locale: string): string {
  const kind = fee.kind === 'recurring' ? `recurring, per ${fee.period}` : fee.kind;
  return (
    `${formatMoney(fee.amount, locale)}, ${kind}, ${fee.mandatory ? 'mandatory' : 'optional'}; ` +
    `when it applies: ${escapeMarkdown(fee.appliesWhen)}`
  );
}

function feeValue(value: unknown, locale: string): string {
  if (value === undefined) return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'object' && value !== null && 'amount' in value) return formatMoney(value as Money, locale);
  return `"${escapeMarkdown(String(value))}"`;
}

const feeFieldNames: Record<string, string> = {
  amount: 'amount',
  kind: 'kind',
  period: 'period',
  mandatory: 'mandatory',
  appliesWhen: 'when it applies',
  why: 'why',
  refundable: 'refundable',
  refundNote: 'refund note',
  name: 'name',
};

function feesSection({ fees, locale, unreadable }: CustomerChanges): string[] {
  const lines = [
    ...unreadableLine('The fee list', unreadable.feeList === undefined ? [] : [unreadable.feeList]),
    ...unreadableLine('Fees', unreadable.fees),
    ...fees.added.map(
      (fee) => `- New fee: **${escapeMarkdown(fee.name)}** (${code(fee.id)}): ${sentence(feeFacts(fee, locale))}`,
    ),
    ...fees.removed.map(
      (fee) => `- Fee removed: **${escapeMarkdown(fee.name)}** (${code(fee.id)}): ${sentence(feeFacts(fee, locale))}`,
    ),
    ...fees.changed.map(
      ({ fee, fields }) =>
        `- Fee changed: **${escapeMarkdown(fee.name)}** (${code(fee.id)}): ` +
        fields
          .map(
            ({ field, before, after }) =>
              `${feeFieldNames[field] ?? field} ${feeValue(before, locale)} → ${feeValue(after, locale)}`,
          )
          .join('; ') +
        '.',
    ),
  ];
  return lines.length > 0 ? [...lines, ''] : [];
}

function versionName(version: PolicyVersionView): string {
  return `**${escapeMarkdown(version.data.title)}** (${code(version.id)})`;
}

function noticeLine(version: PolicyVersionView, noticeDays: number | undefined): string {
  const days = noticeGiven(version);
  const required = noticeDays === undefined ? '' : `; ${noticeDays} required for a material change`;
  if (days < 0) return `published ${-days} days **after** it takes effect`;
  const short = version.data.changeType === 'material' && noticeDays !== undefined && days < noticeDays;
  return `${short ? '⚠️ **only** ' : ''}${days} days' notice${required}`;
}

function rewrittenLine(label: string, change: PolicyVersionChange): string {
  const standing = change.inEffectBefore
    ? 'a version already in effect'
    : change.onRecordBefore
      ? 'a published version'
      : 'a version not yet published';
  const what = [...(change.textChanged ? ['its text'] : []), ...change.fields.map((field) => code(field))].join(', ');
  const terms =
    change.termWords.length > 0
      ? ' Terms that differ (numbers, amounts, deadlines, quantifiers, negations, removed text): ' +
        `${change.termWords.map(escapeMarkdown).join(', ')}.`
      : '';
  return `- ⚠️ **${label}: ${standing}**: ${versionName(change.version)}${what ? `: ${what}` : ''}.${terms}`;
}

function policiesSection({ policies, noticeDays, unreadable }: CustomerChanges): string[] {
  const lines = [
    ...unreadableLine('Policy versions', unreadable.policies),
    ...policies.added.map((version) => {
      const { data } = version;
      const what = data.changes ? ` What changes: ${sentence(escapeMarkdown(data.changes.what))}` : '';
      return (
        `- New version: ${versionName(version)}, ${data.changeType}, takes effect ${data.effective}, ` +
        `published ${data.published}: ${noticeLine(version, noticeDays)}.${what}`
      );
    }),
    ...policies.changed.map((change) => rewrittenLine('Version changed after publication', change)),
    ...policies.removed.map((change) => rewrittenLine('Version removed', change)),
  ];
  return lines.length > 0 ? [...lines, ''] : [];
}

const statusWords: Record<StatusChange['change'], string> = {
  opened: 'opened',
  resolved: 'resolved',
  recorded: 'recorded, already over',
  updated: 'updated',
  scheduled: 'scheduled',
  removed: 'removed',
  rewritten: 'changed after customers read it',
  postmortem: 'postmortem published',
};

function statusSection({ status, headline, unreadable }: CustomerChanges): string[] {
  const lines = status.map((change) => {
    const what = `${change.kind === 'incident' ? 'Incident' : 'Maintenance'} ${statusWords[change.change]}`;
    const label = change.change === 'removed' || change.change === 'rewritten' ? `⚠️ **${what}**` : what;
    // Times are stored normalised to milliseconds; a reviewer compares them with the file, which has none.
    const at = change.at.replace(/\.000Z$/, 'Z');
    const since = change.kind === 'incident' ? `started ${at}` : `scheduled for ${at}`;
    const now = change.status === '' ? '' : `, now ${change.status.replace(/_/g, ' ')}`;
    return `- ${label}: **${escapeMarkdown(change.title)}** (${code(change.id)}), ${since}${now}.`;
  });
  if (headline) lines.push(`- Status page headline: "${headline.before}" → "${headline.after}".`);
  lines.push(
    ...unreadableLine('Incidents', unreadable.incidents),
    ...unreadableLine('Maintenance', unreadable.maintenances),
  );
  return lines.length > 0 ? [...lines, ''] : [];
}

function checkItem(item: CheckItem): string {
  const severity = item.severity === undefined ? '' : `${item.severity} `;
  return `  - ${code(`${item.file}:${item.line}`)} ${severity}${code(item.ruleId)}: ${escapeMarkdown(item.message)}`;
}

/**
 * How many items of one list the check section shows. A change that breaks
 * a whole folder would otherwise make a report larger than GitHub keeps as a
 * job summary (1 MiB per step); `npm run check` lists every problem.
 */
export const listedCheckItems = 50;

function checkList(title: string, items: readonly CheckItem[]): string[] {
  if (items.length === 0) return [];
  const more = items.length - listedCheckItems;
  return [
    `- ${title} (${items.length}):`,
    ...items.slice(0, listedCheckItems).map(checkItem),
    ...(more > 0 ? [`  - and ${more} more: \`npm run check\` lists them all.`] : []),
  ];
}

function checkSection(check: CheckChanges): string[] {
  const { newProblems, fixedProblems, newExceptions, removedExceptions } = check;
  if (newProblems.length + newExceptions.length + fixedProblems.length + removedExceptions.length === 0)
    return ['The transparency check finds no new problems and no new exceptions.'];
  return [
    ...checkList('New problems', newProblems),
    ...checkList('New exceptions, published on /transparency/', newExceptions),
    ...checkList('Exceptions removed', removedExceptions),
    ...checkList('Problems fixed', fixedProblems),
  ];
}

/** Errors the head has in all, new or not: merging it fails the build while there are any. */
function errorsLine({ headErrors }: CheckChanges): string[] {
  return headErrors === 0
    ? []
    : [
        '',
        `The head has ${headErrors} check error${headErrors === 1 ? '' : 's'} in all: \`npm run validate\` lists them.`,
      ];
}

function subjectLine({ base, head, now }: ReviewSubject): string {
  const name = (side: { rev: string; commit: string }) =>
    side.commit.startsWith(side.rev)
      ? code(side.commit.slice(0, 12))
      : `${code(side.rev)} (${side.commit.slice(0, 12)})`;
  return `Compares ${name(base)} with ${head ? name(head) : 'the working tree'}, as of ${now.toISOString()}.`;
}

/** The whole review as Markdown. */
export function reviewMarkdown(subject: ReviewSubject, changes: CustomerChanges, check: CheckChanges): string {
  const sections: Array<[string, string[]]> = [
    ['Prices', pricesSection(changes)],
    ['Fees', feesSection(changes)],
    ['Policies', policiesSection(changes)],
    ['Status', statusSection(changes)],
  ];
  const lines = ['## What customers will see change', '', subjectLine(subject), ''];
  if (!changesAnything(changes)) lines.push(nothingChanges, '');
  for (const [title, body] of sections) if (body.length > 0) lines.push(`### ${title}`, '', ...body);
  if (changes.plans.unpriced.length > 0)
    lines.push(`Prices unknown (the check says why): ${changes.plans.unpriced.map(code).join(', ')}.`, '');
  lines.push('### Transparency check', '', ...checkSection(check), ...errorsLine(check), '');
  return lines.join('\n');
}
