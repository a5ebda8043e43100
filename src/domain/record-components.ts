/**
 * The MDX components that put facts from the record into prose:
 * `<PolicyFact policy="…" fact="…" />`, `<IncidentCount from="…" to="…" />`,
 * `<IncidentCauses from="…" to="…" />` and `<Uptime component="…" from="…" to="…" />`. What they accept is defined once
 * here, like the pricing components: the rule reference/record-component
 * refuses a bad one with its file and line, and the components read their
 * props through `recordComponentQuery`.
 */
import { IncidentCauseSchema, IncidentImpactSchema, type IncidentCause } from '../schemas/incident.ts';
import { factReferenceProblem, type FactVersion } from './policies/policy-facts.ts';
import type { WrittenValue } from './pricing/pricing-components.ts';
import type { IncidentQuery } from './status/incident-counts.ts';
import { didYouMean } from './text/nearest.ts';

type PropKind = 'policy' | 'fact' | 'day' | 'component' | { oneOf: readonly string[] };

const period = { from: { kind: 'day', required: true }, to: { kind: 'day', required: true } } as const;

/** Each component's props: what they are, and whether they are required. */
export const recordComponents: Readonly<Record<string, Record<string, { kind: PropKind; required: boolean }>>> = {
  PolicyFact: { policy: { kind: 'policy', required: true }, fact: { kind: 'fact', required: true } },
  IncidentCount: {
    ...period,
    minImpact: { kind: { oneOf: IncidentImpactSchema.options }, required: false },
    cause: { kind: { oneOf: IncidentCauseSchema.options }, required: false },
  },
  IncidentCauses: period,
  Uptime: { component: { kind: 'component', required: true }, ...period },
};

/** What the check knows of the record; undefined outside a content tree, where nothing is checked against it. */
export interface KnownRecord {
  factVersions: readonly FactVersion[] | undefined;
  /** The status components' ids; undefined when components.yaml cannot be read. */
  componentIds: ReadonlySet<string> | undefined;
  /** The day the page is built for, `YYYY-MM-DD`: a fact must be in effect on it. */
  today: string;
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

function isDay(text: string): boolean {
  return (
    dayPattern.test(text) &&
    !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) &&
    new Date(`${text}T00:00:00Z`).toISOString().startsWith(text)
  );
}

/** Why a written record component cannot render; empty when it can. Other components get no problems here. */
export function recordComponentProblems(
  name: string,
  attributes: ReadonlyArray<{ name: string; value: WrittenValue }>,
  known: KnownRecord,
): string[] {
  const spec = recordComponents[name];
  if (spec === undefined) return [];
  const problems: string[] = [];
  const given = new Map(attributes.map((attribute) => [attribute.name, attribute.value]));
  for (const attribute of attributes) {
    if (!(attribute.name in spec))
      problems.push(
        `<${name}> has no "${attribute.name}" attribute; it takes ${Object.keys(spec)
          .map((prop) => `"${prop}"`)
          .join(', ')}.`,
      );
  }
  for (const [prop, { kind, required }] of Object.entries(spec)) {
    const value = given.get(prop);
    if (value === undefined) {
      if (required) problems.push(`<${name}> needs a "${prop}" attribute.`);
      continue;
    }
    if (typeof value !== 'string') {
      problems.push(`"${prop}" must be written as text in quotes, such as ${prop}="…".`);
      continue;
    }
    if (kind === 'component' && known.componentIds !== undefined && !known.componentIds.has(value))
      problems.push(
        `<${name}> names the component "${value}", but status/components.yaml has no such component. ` +
          didYouMean(value, known.componentIds, 'Known components'),
      );
    if (kind === 'day' && !isDay(value)) problems.push(`"${prop}" must be a date written YYYY-MM-DD, not "${value}".`);
    if (typeof kind === 'object' && !kind.oneOf.includes(value))
      problems.push(
        `"${prop}" must be one of ${kind.oneOf.map((option) => `"${option}"`).join(', ')}, not "${value}".`,
      );
  }
  const from = given.get('from');
  const to = given.get('to');
  if (typeof from === 'string' && typeof to === 'string' && isDay(from) && isDay(to) && from > to)
    problems.push(`<${name}> counts from ${from} to ${to}: "from" must not be after "to".`);
  const policy = given.get('policy');
  const fact = given.get('fact');
  if (
    name === 'PolicyFact' &&
    known.factVersions !== undefined &&
    typeof policy === 'string' &&
    typeof fact === 'string'
  ) {
    const problem = factReferenceProblem(known.factVersions, policy, fact, known.today);
    if (problem !== undefined) problems.push(problem);
  }
  return problems;
}

/** The days an `<IncidentCount>`, `<IncidentCauses>` or `<Uptime>` covers, from its props as Astro passes them. */
export function periodOf(props: Readonly<Record<string, unknown>>): { from: string; to: string } {
  const from = String(props['from']);
  const to = String(props['to']);
  if (!isDay(from) || !isDay(to)) throw new Error(`A period needs from and to as YYYY-MM-DD, not ${from} and ${to}.`);
  return { from, to };
}

/** The incident query an `<IncidentCount>` or `<IncidentCauses>` asks, from its props as Astro passes them. */
export function incidentQueryOf(props: Readonly<Record<string, unknown>>): IncidentQuery {
  return {
    ...periodOf(props),
    ...(props['minImpact'] === undefined ? {} : { minImpact: IncidentImpactSchema.parse(props['minImpact']) }),
    ...(props['cause'] === undefined ? {} : { cause: IncidentCauseSchema.parse(props['cause']) as IncidentCause }),
  };
}
