/**
 * Writing incident files for the on-call engineer: a new incident, or one
 * more update on an open one, as the text of the Markdown file. Pure: the
 * time and the content are passed in; the CLI reads and writes the files.
 */
import { Document, parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import type { ComponentStatus } from '../../schemas/component.ts';
import type { Incident, IncidentStatus } from '../../schemas/incident.ts';
import { splitFrontMatter } from '../../reader/front-matter.ts';
import { affectedComponents } from './component-status.ts';
import { frontMatterFile, statusTimestamp } from './status-file.ts';

/** Statuspage's usual impact for the worst status an incident gives a component. */
export const impactFor: Readonly<Record<ComponentStatus, 'none' | 'minor' | 'major' | 'critical'>> = {
  operational: 'none',
  under_maintenance: 'none',
  degraded_performance: 'minor',
  partial_outage: 'major',
  major_outage: 'critical',
};

export interface IncidentUpdateInput {
  /** When the update is posted. */
  at: Date;
  status: IncidentStatus;
  message: string;
  /** Each named component and the status it has from now on. */
  components: ReadonlyArray<{ id: string; status: ComponentStatus }>;
}

function updateNode(update: IncidentUpdateInput) {
  return {
    at: statusTimestamp(update.at),
    status: update.status,
    message: update.message,
    ...(update.components.length > 0
      ? { components: update.components.map((c) => ({ id: c.id, status: c.status })) }
      : {}),
  };
}

/** The text of a new incident file with its first update. */
export function newIncidentText(
  title: string,
  impact: 'none' | 'minor' | 'major' | 'critical',
  first: IncidentUpdateInput,
): string {
  const doc = new Document({ title, impact, updates: [updateNode(first)] });
  // Component entries read best on one line each: { id: dns, status: major_outage }.
  for (const update of (doc.get('updates') as YAMLSeq).items as YAMLMap[]) {
    const components = update.get('components') as YAMLSeq | undefined;
    for (const item of components?.items ?? []) (item as YAMLMap).flow = true;
  }
  return frontMatterFile(doc);
}

/** The incident file's text with one more update at the end; everything else is kept as written. */
export function appendUpdateText(text: string, update: IncidentUpdateInput): string {
  const split = splitFrontMatter(text);
  if (split.yaml === undefined) throw new Error('This incident file has no front matter.');
  const doc = parseDocument(split.yaml.text);
  const updates = doc.get('updates');
  if (!(updates instanceof YAMLSeq)) throw new Error('This incident file has no "updates" list.');
  const node = doc.createNode(updateNode(update)) as YAMLMap;
  const components = node.get('components') as YAMLSeq | undefined;
  for (const item of components?.items ?? []) (item as YAMLMap).flow = true;
  updates.items.push(node);
  return frontMatterFile(doc, split.body.text);
}

/**
 * The components a resolving update names: every component the incident
 * affected, back to operational, so that the update itself shows the service
 * restored rather than leaving it to be inferred.
 */
export function restoredComponents(
  incident: Pick<Incident, 'updates'>,
  named: readonly string[] = [],
): Array<{ id: string; status: 'operational' }> {
  return [...new Set([...affectedComponents(incident), ...named])].map((id) => ({ id, status: 'operational' }));
}
