/**
 * Writing a new plan's file for an editor: what the command line gives
 * (id, name, price) and, for every other field, the value of an existing
 * plan, each with a comment that says what to review. Pure: the plans and
 * "today" are passed in; the command line writes the file.
 */
import { Document, isMap, isScalar, type Pair, YAMLMap, YAMLSeq } from 'yaml';
import type { Plan } from '../../schemas/plan.ts';
import { planPlaceholders } from '../scaffold-placeholders.ts';

export interface NewPlanInput {
  name: string;
  /** The regular price per period, in minor units of the site's currency. */
  amount: number;
  currency: string;
  /** One plain sentence that says who the plan is for, when the editor gave it. */
  summary: string | undefined;
  /** Where the plan appears in lists. */
  order: number;
  /** The day its prices and terms take effect. */
  effective: string;
}

/** The plan whose values a new plan starts from: the one named, or the first in list order. */
export function templatePlan<T extends { id: string; data: Plan }>(plans: readonly T[]): T | undefined {
  return [...plans].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))[0];
}

/** The place after every plan in list order. */
export function nextPlanOrder(plans: ReadonlyArray<{ data: Plan }>): number {
  return Math.max(0, ...plans.map((plan) => plan.data.order)) + 1;
}

/** The text of a new plan's YAML file, with a comment on each field the editor must review. */
export function newPlanText(input: NewPlanInput, template: { id: string; data: Plan }): string {
  const from = template.data;
  const copied = `Copied from ${template.id}: check it is true of this plan.`;
  const fields: Array<[keyof Plan, unknown, string | undefined]> = [
    ['name', input.name, undefined],
    [
      'summary',
      input.summary ?? planPlaceholders.summary,
      input.summary === undefined ? 'Replace with who the plan is for, in one plain sentence.' : undefined,
    ],
    ['order', input.order, 'Where the plan appears in lists; lower comes first.'],
    [
      'price',
      { amount: input.amount, currency: input.currency },
      'The regular price per period in cents, before mandatory fees; the all-in price is computed.',
    ],
    ['period', from.period, copied],
    ['fees', from.fees, `${copied} Mandatory fees are part of the all-in price.`],
    ['contract', from.contract, copied],
    ['autoRenewal', from.autoRenewal, copied],
    ['signup', from.signup, copied],
    ['cancellation', from.cancellation, `${copied} Every signup channel must be a cancellation channel.`],
    [
      'broadband',
      from.broadband,
      `${copied} Typical speeds and latency at peak time, as measured for this plan, and the data included.`,
    ],
    ['includes', [planPlaceholders.includes], 'Replace with what the plan includes, one item per line.'],
    ['effective', input.effective, 'The day these prices and terms take effect.'],
    ['policies', from.policies, copied],
    ['tags', from.tags, 'Topics from tags.yaml, for related papers.'],
  ];
  const doc = new Document({});
  const root = doc.contents as YAMLMap;
  for (const [key, value, comment] of fields) {
    const pair = doc.createPair(key, value) as Pair<unknown, unknown>;
    if (comment !== undefined && isScalar(pair.key)) pair.key.commentBefore = ` ${comment}`;
    root.items.push(pair);
  }
  // Short lists and money read best on one line each, as the sample plans write them.
  for (const node of [root.get('price'), root.get('signup'), root.get('policies'), root.get('tags')])
    if (isMap(node) || node instanceof YAMLSeq) node.flow = true;
  const fees = root.get('fees');
  if (isMap(fees)) for (const item of fees.items) if (item.value instanceof YAMLSeq) item.value.flow = true;
  const cancellation = root.get('cancellation');
  if (isMap(cancellation)) {
    const channels = cancellation.get('channels');
    if (channels instanceof YAMLSeq) channels.flow = true;
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
