/**
 * What customers will see change between two views of the content
 * (`customer-view.ts`): prices, fees, policy versions and the status record,
 * compared as the facts the site computes, never as text. The transparency
 * check's own changes are worked out by the rules (`src/rules/check-changes.ts`)
 * and carried here as plain values, since the domain never runs the check.
 */
import type { Fee } from '../../schemas/fee.ts';
import type { Money } from '../../schemas/money.ts';
import type { Plan } from '../../schemas/plan.ts';
import { daysBetween, isoDay } from '../dates.ts';
import { isOnRecord } from '../policies/policy-record.ts';
import { changedTermWords } from '../policies/term-changes.ts';
import type { PricedPlan } from '../pricing/priced-plan.ts';
import type { IncidentAt, MaintenanceAt } from '../status/status-snapshot.ts';
import type { CustomerView, PolicyVersionView, UnreadableEntries } from './customer-view.ts';

/** One figure of a plan before and after; undefined where the plan has none (no introductory price, say). */
export interface FigureChange {
  before: Money | undefined;
  after: Money | undefined;
}

export interface PlanChange {
  id: string;
  name: string;
  period: Plan['period'];
  allIn: FigureChange;
  /** The introductory all-in price, with how many months it lasts before and after. */
  introductory: FigureChange & { monthsBefore: number | undefined; monthsAfter: number | undefined };
  oneTime: FigureChange;
  /** The totals the plan page states, over 12 and 24 months. */
  totals: Array<FigureChange & { months: number }>;
  /** The plan's other fields that changed, by name (contract, cancellation…). */
  terms: string[];
  /** The plan's unique identifier before and after: it names the exact terms a customer saw. */
  identifier: { before: string; after: string };
}

export interface FeeFieldChange {
  field: keyof Fee;
  before: unknown;
  after: unknown;
}

export interface PolicyVersionChange {
  version: PolicyVersionView;
  /** For a changed version: the fields whose value changed, and whether its text did. */
  fields: string[];
  textChanged: boolean;
  /** Numbers, amounts and negations that differ between the two texts. */
  termWords: string[];
  /** Whether the version was on the record (published, or in effect) by `now` in the base, and in effect. */
  onRecordBefore: boolean;
  inEffectBefore: boolean;
}

export interface StatusChange {
  kind: 'incident' | 'maintenance';
  id: string;
  title: string;
  /**
   * opened: open now and not before; resolved: open before and not now;
   * recorded: new and already over; rewritten: an update customers had read
   * says something else; postmortem: a postmortem is published.
   */
  change: 'opened' | 'resolved' | 'recorded' | 'updated' | 'scheduled' | 'removed' | 'rewritten' | 'postmortem';
  /** Where it stands after the change, such as "identified" or "in_progress". */
  status: string;
  /** When it started (incidents) or is scheduled to start (maintenance). */
  at: string;
}

/** A check problem or exception as the review shows it (a diagnostic's fields, or a suppression's). */
export interface CheckItem {
  file: string;
  line: number;
  ruleId: string;
  severity?: 'error' | 'warning';
  message: string;
}

/** What the transparency check says differently about the head than about the base. */
export interface CheckChanges {
  newProblems: CheckItem[];
  fixedProblems: CheckItem[];
  newExceptions: CheckItem[];
  removedExceptions: CheckItem[];
  /** Errors in the head, counted after suppressions. */
  headErrors: number;
}

export interface CustomerChanges {
  locale: string;
  noticeDays: number | undefined;
  plans: {
    changed: PlanChange[];
    added: PricedPlan[];
    removed: PricedPlan[];
    /** Plans whose prices cannot be worked out in the head (invalid, or naming a fee that is not there). */
    unpriced: string[];
  };
  fees: {
    added: Fee[];
    removed: Fee[];
    changed: Array<{ fee: Fee; fields: FeeFieldChange[] }>;
  };
  policies: {
    added: PolicyVersionView[];
    changed: PolicyVersionChange[];
    removed: PolicyVersionChange[];
  };
  status: StatusChange[];
  /** The status page's headline before and after, when it changes. */
  headline: { before: string; after: string } | undefined;
  /** The head's invalid entries: what customers would see of them is unknown, so none is listed as removed. */
  unreadable: UnreadableEntries;
}

/** Whether two plain values (parsed YAML) are equal. */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const sameMoney = (a: Money | undefined, b: Money | undefined) => same(a, b);

/** The plan fields a price figure already reports. */
const priceFields = new Set(['price', 'introductory', 'fees', 'order', 'name', 'summary', 'tags']);

function planChange(before: PricedPlan, after: PricedPlan): PlanChange | undefined {
  const totals = after.totals.map((total, index) => ({
    months: total.months,
    before: before.totals[index]?.total,
    after: total.total,
  }));
  const terms = Object.keys({ ...before.data, ...after.data }).filter(
    (field) => !priceFields.has(field) && !same(before.data[field as keyof Plan], after.data[field as keyof Plan]),
  );
  const change: PlanChange = {
    id: after.id,
    name: after.data.name,
    period: after.data.period,
    allIn: { before: before.allIn, after: after.allIn },
    introductory: {
      before: before.introductory?.allIn,
      after: after.introductory?.allIn,
      monthsBefore: before.introductory?.months,
      monthsAfter: after.introductory?.months,
    },
    oneTime: { before: before.oneTime, after: after.oneTime },
    totals,
    terms,
    identifier: { before: before.identifier, after: after.identifier },
  };
  const pricesChanged =
    !sameMoney(before.allIn, after.allIn) ||
    !sameMoney(change.introductory.before, change.introductory.after) ||
    change.introductory.monthsBefore !== change.introductory.monthsAfter ||
    !sameMoney(before.oneTime, after.oneTime) ||
    totals.some((total) => !sameMoney(total.before, total.after));
  return pricesChanged || terms.length > 0 ? change : undefined;
}

const feeFields: ReadonlyArray<keyof Fee> = [
  'name',
  'amount',
  'kind',
  'period',
  'mandatory',
  'appliesWhen',
  'why',
  'refundable',
  'refundNote',
];

/** Matches items of two lists by id: those only in `after`, only in `before`, and in both. */
function byId<T>(before: Iterable<[string, T]>, after: Iterable<[string, T]>) {
  const a = new Map(before);
  const b = new Map(after);
  return {
    added: [...b].filter(([id]) => !a.has(id)).map(([, item]) => item),
    removed: [...a].filter(([id]) => !b.has(id)).map(([, item]) => item),
    both: [...b].flatMap(([id, item]) => (a.has(id) ? [{ before: a.get(id) as T, after: item }] : [])),
  };
}

function policyChange(before: PolicyVersionView, after: PolicyVersionView, today: string): PolicyVersionChange {
  const fields = Object.keys({ ...before.data, ...after.data }).filter(
    (field) => !same(before.data[field as keyof typeof before.data], after.data[field as keyof typeof after.data]),
  );
  const textChanged = before.text.trim() !== after.text.trim();
  return {
    version: after,
    fields,
    textChanged,
    termWords: textChanged ? changedTermWords(before.text, after.text) : [],
    onRecordBefore: isOnRecord(before.data, today),
    inEffectBefore: before.data.effective <= today,
  };
}

function incidentChange(before: IncidentAt | undefined, after: IncidentAt): StatusChange | undefined {
  const last = after.posted.at(-1);
  const base = {
    kind: 'incident' as const,
    id: after.id,
    title: after.data.title,
    at: after.data.updates[0]?.at ?? '',
  };
  const status = last?.status ?? 'scheduled';
  if (after.posted.length === 0) return undefined;
  if (before === undefined) return { ...base, change: after.open ? 'opened' : 'recorded', status };
  // Updates are added, never edited: the record check refuses an edit; the reviewer sees it here.
  if (!same(before.posted, after.posted.slice(0, before.posted.length)))
    return { ...base, change: 'rewritten', status };
  if (after.open && !before.open) return { ...base, change: 'opened', status };
  if (!after.open && before.open) return { ...base, change: 'resolved', status };
  if (after.posted.length !== before.posted.length) return { ...base, change: 'updated', status };
  if (after.hasPostmortem && !before.hasPostmortem) return { ...base, change: 'postmortem', status };
  return undefined;
}

function maintenanceChange(before: MaintenanceAt | undefined, after: MaintenanceAt): StatusChange | undefined {
  const base = { kind: 'maintenance' as const, id: after.id, title: after.data.title, at: after.data.scheduledStart };
  if (before === undefined) return { ...base, change: 'scheduled', status: after.status };
  if (before.status !== after.status || before.posted.length !== after.posted.length)
    return { ...base, change: 'updated', status: after.status };
  if (before.data.scheduledStart !== after.data.scheduledStart || before.data.scheduledEnd !== after.data.scheduledEnd)
    return { ...base, change: 'updated', status: after.status };
  return undefined;
}

/** Compares what customers see in `base` with what they see in `head`, both at the same `now`. */
export function customerChanges(base: CustomerView, head: CustomerView, now: Date): CustomerChanges {
  const today = isoDay(now);
  const { unreadable } = head;
  const plans = byId(
    base.plans.map((plan) => [plan.id, plan]),
    head.plans.map((plan) => [plan.id, plan]),
  );
  const fees = byId(
    base.fees.map((fee) => [fee.id, fee]),
    head.fees.map((fee) => [fee.id, fee]),
  );
  const policies = byId(base.policies, head.policies);

  const status: StatusChange[] = [];
  if (base.status !== undefined && head.status !== undefined) {
    for (const incident of head.status.incidents) {
      const change = incidentChange(base.status.incidentsById.get(incident.id), incident);
      if (change) status.push(change);
    }
    for (const maintenance of head.status.maintenances) {
      const change = maintenanceChange(base.status.maintenancesById.get(maintenance.id), maintenance);
      if (change) status.push(change);
    }
    const gone = (id: string, inHead: ReadonlyMap<string, unknown>, unreadableIds: readonly string[]) =>
      !inHead.has(id) && !unreadableIds.includes(id);
    const headStatus = head.status;
    for (const incident of base.status.incidents.filter((i) =>
      gone(i.id, headStatus.incidentsById, unreadable.incidents),
    )) {
      const at = incident.data.updates[0]?.at ?? '';
      status.push({ kind: 'incident', id: incident.id, title: incident.data.title, change: 'removed', status: '', at });
    }
    for (const maintenance of base.status.maintenances.filter((m) =>
      gone(m.id, headStatus.maintenancesById, unreadable.maintenances),
    )) {
      const { title, scheduledStart } = maintenance.data;
      status.push({
        kind: 'maintenance',
        id: maintenance.id,
        title,
        change: 'removed',
        status: '',
        at: scheduledStart,
      });
    }
  }
  const headline =
    base.status && head.status && base.status.indicator.description !== head.status.indicator.description
      ? { before: base.status.indicator.description, after: head.status.indicator.description }
      : undefined;

  return {
    locale: head.site?.locale ?? base.site?.locale ?? 'en-US',
    noticeDays: head.site?.policyNoticeDays,
    plans: {
      changed: plans.both.flatMap(({ before, after }) => planChange(before, after) ?? []),
      added: plans.added,
      // A plan whose prices cannot be worked out any more is not gone: the check says what is wrong with it.
      removed: plans.removed.filter((plan) => !head.unpriced.includes(plan.id)),
      unpriced: [...head.unpriced],
    },
    fees: {
      added: fees.added,
      // A fee that cannot be read any more is not gone: the check says what is wrong with it.
      removed: unreadable.feeList === undefined ? fees.removed.filter((fee) => !unreadable.fees.includes(fee.id)) : [],
      changed: fees.both.flatMap(({ before, after }) => {
        const fields = feeFields
          .filter((field) => !same(before[field], after[field]))
          .map((field) => ({ field, before: before[field], after: after[field] }));
        return fields.length > 0 ? [{ fee: after, fields }] : [];
      }),
    },
    policies: {
      added: policies.added.sort((a, b) => a.id.localeCompare(b.id)),
      changed: policies.both
        .map(({ before, after }) => policyChange(before, after, today))
        .filter((change) => change.fields.length > 0 || change.textChanged),
      removed: policies.removed
        .filter((version) => !unreadable.policies.includes(version.id))
        .map((version) => policyChange(version, version, today)),
    },
    status,
    headline,
    unreadable,
  };
}

/** Days between a policy version's publication and its effective date: the notice customers get. */
export function noticeGiven(version: Pick<PolicyVersionView, 'data'>): number {
  return daysBetween(version.data.published, version.data.effective);
}

/** Whether anything customers see changes. */
export function changesAnything(changes: CustomerChanges): boolean {
  const { plans, fees, policies, unreadable } = changes;
  return (
    unreadable.feeList !== undefined ||
    unreadable.fees.length + unreadable.policies.length > 0 ||
    unreadable.incidents.length + unreadable.maintenances.length > 0 ||
    plans.changed.length + plans.added.length + plans.removed.length > 0 ||
    fees.added.length + fees.removed.length + fees.changed.length > 0 ||
    policies.added.length + policies.changed.length + policies.removed.length > 0 ||
    changes.status.length > 0 ||
    changes.headline !== undefined
  );
}
