import { z } from 'astro/zod';
import { posix } from 'node:path';
import { policyLifecycleProblems } from '../domain/policies/policy-lifecycle.ts';
import { AuthorListSchema } from '../schemas/author.ts';
import { ComponentsFileSchema } from '../schemas/component.ts';
import { FeeCatalogueSchema, SlugSchema, type Fee } from '../schemas/fee.ts';
import { GlossarySchema } from '../schemas/glossary.ts';
import { IncidentStatusSchema, incidentSchema, type Incident } from '../schemas/incident.ts';
import { overlappingWindows } from '../domain/status/maintenance-windows.ts';
import { MaintenanceStatusSchema, maintenanceSchema, type Maintenance } from '../schemas/maintenance.ts';
import { paperSchema, type Paper } from '../schemas/paper.ts';
import { planSchema, type Plan } from '../schemas/plan.ts';
import { policyVersionSchema, type PolicyVersion } from '../schemas/policy.ts';
import type { ReferencedCollection, ReferenceTo } from '../schemas/reference.ts';
import { SiteSchema } from '../schemas/site.ts';
import { TagListSchema } from '../schemas/tag.ts';
import { maxTextFileBytes, readContentFiles, type ContentFile, type ContentKind } from './content-files.ts';
import { formatFieldPath, sortDiagnostics, type Diagnostic } from './diagnostic.ts';
import { splitFrontMatter } from './front-matter.ts';
import { svgProblem } from './svg-image.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

/** Where each collection's files go, for the message about a misplaced file. */
const layoutHelp =
  'Content files go in: site.yaml, authors.yaml, glossary.yaml, tags.yaml, pricing/fees.yaml, pricing/plans/<plan>.yaml, ' +
  'policies/<policy>/<effective-date>.mdx, status/components.yaml, status/incidents/<id>.md, ' +
  'status/maintenance/<id>.md, papers/<slug>.mdx, papers/images/<name>.svg|png|jpg|webp|avif.';

/**
 * Where each collection's fields are explained: the schema, where every field
 * has a comment. Problems of layout and encoding point at the README's guide.
 */
const schemaDocs: Record<ContentKind, string> = {
  site: 'src/schemas/site.ts',
  authors: 'src/schemas/author.ts',
  glossary: 'src/schemas/glossary.ts',
  tags: 'src/schemas/tag.ts',
  fees: 'src/schemas/fee.ts',
  plan: 'src/schemas/plan.ts',
  'policy-version': 'src/schemas/policy.ts',
  components: 'src/schemas/component.ts',
  incident: 'src/schemas/incident.ts',
  maintenance: 'src/schemas/maintenance.ts',
  paper: 'src/schemas/paper.ts',
  'paper-image': 'README.md#writing-a-paper',
};
const layoutDocs = 'README.md#for-content-editors';

/** Files that must exist for the site to make sense. */
const requiredFiles: ReadonlyArray<[string, ContentKind]> = [
  ['site.yaml', 'site'],
  ['authors.yaml', 'authors'],
  ['glossary.yaml', 'glossary'],
  ['tags.yaml', 'tags'],
  ['pricing/fees.yaml', 'fees'],
  ['status/components.yaml', 'components'],
];

const singular: Record<ReferencedCollection, string> = {
  fees: 'fee',
  authors: 'author',
  components: 'component',
  tags: 'tag',
};
const catalogueFile: Record<ReferencedCollection, string> = {
  fees: 'pricing/fees.yaml',
  authors: 'authors.yaml',
  components: 'status/components.yaml',
  tags: 'tags.yaml',
};

/** A file that parsed, with its data and where its fields are. */
interface Parsed {
  source: ContentFile;
  yaml: YamlSource;
  /** The file's name without folder or extension. */
  stem: string;
  /** For a policy version, the policy's folder name. */
  folder: string;
}

/** The outcome of validating a content tree. */
export interface ContentValidation {
  diagnostics: Diagnostic[];
  /** True when there is no error. */
  ok: boolean;
}

/**
 * Validates the whole content tree the way the build will read it, and more:
 * every file belongs to a collection, parses, matches its schema, refers only
 * to ids that exist, and agrees with the files it relates to. Every problem
 * names the file, line, column and field.
 *
 * @param projectRoot The folder that holds the content folder.
 * @param contentDir The content folder, relative to `projectRoot`.
 */
export function validateContent(projectRoot: string, contentDir = 'content'): ContentValidation {
  const diagnostics: Diagnostic[] = [];
  const report = (
    file: string,
    at: { line: number; column: number },
    field: string,
    message: string,
    ruleId = 'schema',
  ) => diagnostics.push({ ruleId, severity: 'error', file, ...at, field, message });
  const start = { line: 1, column: 1 };

  const files = readContentFiles(projectRoot, contentDir);
  const parsed = new Map<ContentKind, Parsed[]>();
  const images: ContentFile[] = [];

  for (const source of files) {
    const name = source.path.split('/').pop() ?? source.path;
    if (source.kind === undefined) {
      report(
        source.file,
        start,
        '',
        `This file is not part of any collection, so it would never be published. ${layoutHelp}`,
        'layout',
      );
      continue;
    }
    if (name.startsWith('_') || name.startsWith('.')) {
      report(
        source.file,
        start,
        '',
        'File names starting with "_" or "." are skipped by the build; rename the file or remove it.',
        'layout',
      );
      continue;
    }
    const stem = name.replace(/\.(ya?ml|mdx?|svg|png|jpe?g|webp|avif)$/, '');
    if (source.kind === 'paper-image') {
      // Images are not parsed here; a paper must use each one (below), and
      // an SVG must be a picture, not a program.
      if (!SlugSchema.safeParse(stem).success) {
        report(
          source.file,
          start,
          '',
          `The file name "${name}" becomes part of a web address: use lowercase letters, digits and single hyphens, such as "outages-by-month.svg".`,
          'layout',
        );
      }
      if (name.endsWith('.svg')) {
        const problem = source.text === undefined ? tooLargeOrNotText(source) : svgProblem(source.text);
        if (problem) report(source.file, start, '', problem, 'layout');
      }
      images.push(source);
      continue;
    }
    if (source.text === undefined && source.bytes > maxTextFileBytes) {
      report(source.file, start, '', tooLargeOrNotText(source), 'layout');
      continue;
    }
    if (source.text === undefined) {
      report(source.file, start, '', 'This file is not valid UTF-8 text. Save it as UTF-8.', 'encoding');
      continue;
    }
    if (source.text.trim() === '') {
      report(source.file, start, '', 'This file is empty.', 'schema');
      continue;
    }
    const folder = source.path.split('/').slice(-2, -1)[0] ?? '';
    let yaml: YamlSource;
    if (name.endsWith('.yaml')) {
      yaml = parseYamlSource(source.file, source.text);
    } else {
      const split = splitFrontMatter(source.text);
      if (split.yaml === undefined) {
        report(
          source.file,
          start,
          '',
          'This file needs front matter: a block of YAML fields between two "---" lines at the very top.',
        );
        continue;
      }
      yaml = parseYamlSource(source.file, split.yaml, split.yamlLine - 1);
    }
    if (yaml.syntaxErrors.length > 0) {
      diagnostics.push(...yaml.syntaxErrors);
      continue;
    }
    const list = parsed.get(source.kind) ?? [];
    list.push({ source, yaml, stem, folder });
    parsed.set(source.kind, list);
  }

  for (const [path, kind] of requiredFiles) {
    if (!files.some((f) => f.kind === kind)) {
      report(posix.join(contentDir, path), start, '', `This file is missing; the site needs it.`, 'layout');
    }
  }

  /** Validates a parsed file against a schema; reports every issue at its field. */
  const check = <T>(entry: Parsed, schema: z.ZodType<T>): T | undefined => {
    // Money fields: YAML reads 45.00 as 45, so a decimal is caught in the source.
    const decimalMoney = entry.yaml.decimalNumbers.filter(({ path }) => path.at(-1) === 'amount');
    for (const { path, source } of decimalMoney) {
      const cents = Math.round(Number(source) * 100);
      report(
        entry.source.file,
        entry.yaml.positionOf(path),
        formatFieldPath(path),
        `Money is whole minor units (cents): write ${cents} for ${source}, not a decimal.`,
      );
    }
    if (decimalMoney.length > 0) return undefined;
    const result = schema.safeParse(entry.yaml.data, { reportInput: true });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      reportIssue(entry, issue);
    }
    return undefined;
  };
  const reportIssue = (entry: Parsed, issue: z.core.$ZodIssue) => {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        report(
          entry.source.file,
          entry.yaml.positionOf(path, 'key'),
          formatFieldPath(path),
          `"${key}" is not a field here. Check its spelling, or remove it.`,
        );
      }
      return;
    }
    // Zod's own wording ("Invalid input: …") is for programmers; the
    // schemas' custom messages are already written for editors.
    let message = issue.message;
    const zodDefault = /^Invalid (input|option)/.test(message) || /^Too (small|big)/.test(message);
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      message = `This field is required (${issue.expected}).`;
    } else if (zodDefault && issue.code === 'invalid_value') {
      message = `${describe(issue.input)} is not allowed here. Use one of: ${issue.values.map(String).join(', ')}.`;
    } else if (zodDefault && issue.code === 'invalid_type') {
      message = `Expected ${issue.expected === 'int' ? 'a whole number' : issue.expected}, but found ${describe(issue.input)}.`;
    } else if (zodDefault && issue.code === 'too_small' && issue.origin === 'array') {
      message = `Give at least ${String(issue.minimum)} ${issue.minimum === 1 ? 'item' : 'items'} here.`;
    } else if (zodDefault && issue.code === 'too_small' && issue.origin === 'string') {
      message = 'This field cannot be empty.';
    }
    report(entry.source.file, entry.yaml.positionOf(issue.path), formatFieldPath(issue.path), message);
  };

  // Catalogues first: their ids are what references are checked against.
  const site = first(parsed, 'site', (entry) => check(entry, SiteSchema));
  const fees = first(parsed, 'fees', (entry) => check(entry, FeeCatalogueSchema)) ?? [];
  const authors = first(parsed, 'authors', (entry) => check(entry, AuthorListSchema)) ?? [];
  const componentsFile = first(parsed, 'components', (entry) => check(entry, ComponentsFileSchema));
  // Terms are referred to from MDX (<Term id>), which the check verifies; here, their shape and unique ids.
  const glossary = first(parsed, 'glossary', (entry) => check(entry, GlossarySchema)) ?? [];
  uniqueIds(parsed.get('glossary')?.[0], glossary, (i) => [i, 'id'], report);
  const components = componentsFile?.groups.flatMap((group) => group.components) ?? [];
  const tags = first(parsed, 'tags', (entry) => check(entry, TagListSchema)) ?? [];
  const usedTags = new Set<string>();

  const ids: Record<ReferencedCollection, Set<string>> = {
    fees: uniqueIds(parsed.get('fees')?.[0], fees, (i) => [i, 'id'], report),
    authors: uniqueIds(parsed.get('authors')?.[0], authors, (i) => [i, 'id'], report),
    tags: uniqueIds(parsed.get('tags')?.[0], tags, (i) => [i, 'id'], report),
    components: uniqueIds(
      parsed.get('components')?.[0],
      components,
      (i) => {
        // Find the group and position of the i-th component for the message.
        let rest = i;
        for (const [g, group] of (componentsFile?.groups ?? []).entries()) {
          if (rest < group.components.length) return ['groups', g, 'components', rest, 'id'];
          rest -= group.components.length;
        }
        return [];
      },
      report,
    ),
  };
  const groupIds = uniqueIds(
    parsed.get('components')?.[0],
    componentsFile?.groups ?? [],
    (i) => ['groups', i, 'id'],
    report,
  );
  for (const id of groupIds) {
    if (ids.components.has(id)) {
      const entry = parsed.get('components')?.[0];
      const g = componentsFile?.groups.findIndex((group) => group.id === id) ?? 0;
      if (entry)
        report(
          entry.source.file,
          entry.yaml.positionOf(['groups', g, 'id']),
          `groups[${g}].id`,
          `"${id}" is used for both a group and a component; ids must be unique.`,
          'reference',
        );
    }
  }

  // A catalogue that is itself broken is reported once, at its own line; its
  // ids are unknown, so references to it are not judged (one broken tags.yaml
  // would otherwise read as twenty unknown tags).
  const catalogueKind: Record<ReferencedCollection, ContentKind> = {
    fees: 'fees',
    authors: 'authors',
    components: 'components',
    tags: 'tags',
  };
  const catalogueBroken = (collection: ReferencedCollection) => {
    const entry = parsed.get(catalogueKind[collection])?.[0];
    return entry === undefined
      ? files.some((f) => f.kind === catalogueKind[collection])
      : diagnostics.some((d) => d.file === entry.source.file && d.ruleId === 'schema');
  };
  const referenceTo: ReferenceTo = (collection) =>
    z.string().superRefine((id, ctx) => {
      if (!ids[collection].has(id) && !catalogueBroken(collection)) {
        const known = [...ids[collection]].sort().join(', ') || 'none yet';
        ctx.addIssue({
          code: 'custom',
          message: `There is no ${singular[collection]} with id "${id}" in ${contentDir}/${catalogueFile[collection]}. Known ids: ${known}.`,
        });
      }
    });

  const slugStem = (entry: Parsed, what: string) => {
    const result = SlugSchema.safeParse(entry.stem);
    if (!result.success) {
      report(
        entry.source.file,
        start,
        '',
        `The file name "${entry.stem}" becomes the ${what}'s web address: use lowercase letters, digits and single hyphens, such as "fiber-500.yaml".`,
        'layout',
      );
    }
  };

  // Plans.
  const feeById = new Map<string, Fee>(fees.map((fee) => [fee.id, fee]));
  const policyFolders = new Set((parsed.get('policy-version') ?? []).map((entry) => entry.folder));
  const plans = planSchema(referenceTo);
  for (const entry of parsed.get('plan') ?? []) {
    slugStem(entry, 'plan');
    const plan: Plan | undefined = check(entry, plans);
    for (const tag of plan?.tags ?? []) usedTags.add(tag);
    if (plan === undefined) continue;
    if (site && plan.price.currency !== site.currency) {
      report(
        entry.source.file,
        entry.yaml.positionOf(['price', 'currency']),
        'price.currency',
        `Prices on this site are in ${site.currency} (content/site.yaml), not ${plan.price.currency}.`,
      );
    }
    (['mandatory', 'optional'] as const).forEach((list) =>
      plan.fees[list].forEach((id, index) => {
        const fee = feeById.get(id);
        if (fee && fee.mandatory !== (list === 'mandatory')) {
          report(
            entry.source.file,
            entry.yaml.positionOf(['fees', list, index]),
            `fees.${list}[${index}]`,
            `The fee "${id}" is marked mandatory: ${String(fee.mandatory)} in the fee catalogue, so it cannot be listed as ${list} here.`,
            'reference',
          );
        }
      }),
    );
    const leaving = plan.contract.earlyTerminationFee;
    const leavingFee = leaving && feeById.get(leaving.fee);
    if (leaving && leavingFee && (leavingFee.kind !== 'conditional' || !plan.fees.optional.includes(leaving.fee))) {
      report(
        entry.source.file,
        entry.yaml.positionOf(['contract', 'earlyTerminationFee', 'fee']),
        'contract.earlyTerminationFee.fee',
        `An early-termination fee is charged only when a customer leaves early: "${leaving.fee}" must be a conditional fee in the catalogue and listed in this plan's fees.optional.`,
        'reference',
      );
    }
    plan.policies.forEach((policy, index) => {
      if (!policyFolders.has(policy)) {
        const known = [...policyFolders].sort().join(', ') || 'none yet';
        report(
          entry.source.file,
          entry.yaml.positionOf(['policies', index]),
          `policies[${index}]`,
          `There is no policy "${policy}" in ${contentDir}/policies/. Known policies: ${known}.`,
          'reference',
        );
      }
    });
  }
  if (site) {
    const feeEntry = parsed.get('fees')?.[0];
    fees.forEach((fee, i) => {
      if (feeEntry && fee.amount.currency !== site.currency) {
        report(
          feeEntry.source.file,
          feeEntry.yaml.positionOf([i, 'amount', 'currency']),
          `[${i}].amount.currency`,
          `Prices on this site are in ${site.currency} (content/site.yaml), not ${fee.amount.currency}.`,
        );
      }
    });
  }

  // Policies: each folder is one policy, each file one version.
  const policyVersions = policyVersionSchema(referenceTo);
  const versionsByPolicy = new Map<string, Array<{ entry: Parsed; version: PolicyVersion }>>();
  for (const entry of parsed.get('policy-version') ?? []) {
    if (!SlugSchema.safeParse(entry.folder).success) {
      report(
        entry.source.file,
        start,
        '',
        `The folder name "${entry.folder}" becomes the policy's web address: use lowercase letters, digits and single hyphens.`,
        'layout',
      );
    }
    const version = check(entry, policyVersions);
    for (const tag of version?.tags ?? []) usedTags.add(tag);
    if (version === undefined) continue;
    if (entry.stem !== version.effective) {
      report(
        entry.source.file,
        entry.yaml.positionOf(['effective']),
        'effective',
        `The file is named "${entry.stem}" but takes effect on ${version.effective}; name each version's file after its effective date (${version.effective}.mdx).`,
      );
    }
    if (version.published > version.effective) {
      report(
        entry.source.file,
        entry.yaml.positionOf(['published']),
        'published',
        `A version cannot be published (${version.published}) after it takes effect (${version.effective}).`,
      );
    }
    const list = versionsByPolicy.get(entry.folder) ?? [];
    list.push({ entry, version });
    versionsByPolicy.set(entry.folder, list);
  }
  for (const versions of versionsByPolicy.values()) {
    versions.sort((a, b) => a.version.effective.localeCompare(b.version.effective));
    const lifecycle = versions.map(({ version }) => ({
      effective: version.effective,
      published: version.published,
      changeType: version.changeType,
      hasChanges: version.changes !== undefined,
    }));
    for (const problem of policyLifecycleProblems(lifecycle, site?.policyNoticeDays ?? 0)) {
      const entry = versions[problem.index]?.entry;
      if (entry === undefined) continue;
      const path = problem.code === 'missing-changes' ? [] : [problem.field];
      report(entry.source.file, entry.yaml.positionOf(path), problem.field, problem.message);
    }
  }

  // Incidents: updates move forward in time and in status.
  const incidents = incidentSchema(referenceTo);
  for (const entry of parsed.get('incident') ?? []) {
    slugStem(entry, 'incident');
    const incident: Incident | undefined = check(entry, incidents);
    if (incident === undefined) continue;
    checkTimeline(entry, incident.updates, IncidentStatusSchema.options, report);
  }

  // Maintenance: a window that ends after it starts, and updates in order.
  const maintenances = maintenanceSchema(referenceTo);
  const windows: Array<{ entry: Parsed; maintenance: Maintenance }> = [];
  for (const entry of parsed.get('maintenance') ?? []) {
    slugStem(entry, 'maintenance');
    const maintenance: Maintenance | undefined = check(entry, maintenances);
    if (maintenance === undefined) continue;
    if (maintenance.scheduledEnd <= maintenance.scheduledStart) {
      report(
        entry.source.file,
        entry.yaml.positionOf(['scheduledEnd']),
        'scheduledEnd',
        `The window must end after it starts (${maintenance.scheduledStart}).`,
      );
    }
    checkTimeline(entry, maintenance.updates, MaintenanceStatusSchema.options, report);
    windows.push({ entry, maintenance });
  }
  // Two windows on one component would tell customers two stories about one outage.
  for (const [later, earlier, component] of overlappingWindows(windows.map(({ maintenance }) => maintenance))) {
    const a = windows[later];
    const b = windows[earlier];
    if (a === undefined || b === undefined) continue;
    report(
      a.entry.source.file,
      a.entry.yaml.positionOf(['scheduledStart']),
      'scheduledStart',
      `This window (${a.maintenance.scheduledStart} to ${a.maintenance.scheduledEnd}) overlaps "${b.maintenance.title}" (${b.entry.source.file}, ${b.maintenance.scheduledStart} to ${b.maintenance.scheduledEnd}) on the component "${component}". Make them one maintenance, or move one window.`,
    );
  }

  // Papers.
  const papers = paperSchema(referenceTo);
  for (const entry of parsed.get('paper') ?? []) {
    slugStem(entry, 'paper');
    const paper: Paper | undefined = check(entry, papers);
    for (const tag of paper?.tags ?? []) usedTags.add(tag);
    if (paper?.updated !== undefined && paper.updated < paper.published) {
      report(
        entry.source.file,
        entry.yaml.positionOf(['updated']),
        'updated',
        `A paper cannot be updated (${paper.updated}) before it was published (${paper.published}).`,
      );
    }
  }

  // Tags: each one names a topic something is about, or its page would be empty.
  // Only when every file that may carry tags is valid: an invalid one's tags are unknown.
  const tagCarriers = [
    ...(parsed.get('plan') ?? []),
    ...(parsed.get('policy-version') ?? []),
    ...(parsed.get('paper') ?? []),
  ];
  if (!diagnostics.some((d) => tagCarriers.some((entry) => entry.source.file === d.file))) {
    const tagsEntry = parsed.get('tags')?.[0];
    tags.forEach((tag, i) => {
      if (tagsEntry && !usedTags.has(tag.id)) {
        report(
          tagsEntry.source.file,
          tagsEntry.yaml.positionOf([i, 'id']),
          `[${i}].id`,
          `No paper, plan or policy has the tag "${tag.id}", so its page would list nothing. Tag something with it, or remove it.`,
          'reference',
        );
      }
    });
  }

  // Images: each one is used by a paper, or it would be published for nobody.
  const paperTexts = (parsed.get('paper') ?? []).map((entry) => entry.source.text ?? '');
  for (const image of images) {
    const name = image.path.slice('papers/images/'.length);
    if (!paperTexts.some((text) => text.includes(`images/${name}`))) {
      report(
        image.file,
        start,
        '',
        `No paper uses this image. Show it in a paper with <Figure caption="…">![alt text](./images/${name})</Figure>, or remove it.`,
        'layout',
      );
    }
  }

  // Every problem points at where its fields or rules are explained.
  const kindOf = new Map(files.map((f) => [f.file, f.kind]));
  const sorted = sortDiagnostics(diagnostics).map((d) => {
    const kind = kindOf.get(d.file) ?? requiredFiles.find(([path]) => d.file.endsWith(path))?.[1];
    return {
      ...d,
      url: d.ruleId === 'layout' || d.ruleId === 'encoding' ? layoutDocs : ((kind && schemaDocs[kind]) ?? layoutDocs),
    };
  });
  return { diagnostics: sorted, ok: !sorted.some((d) => d.severity === 'error') };
}

/** Why a file was not read as text. */
function tooLargeOrNotText(source: ContentFile): string {
  if (source.bytes <= maxTextFileBytes) return 'This file is not valid UTF-8 text. Save it as UTF-8.';
  const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `This file is ${mb(source.bytes)}; content files are limited to ${mb(maxTextFileBytes)} so that one file cannot stall every build. Split it into smaller files, or remove what does not belong in it.`;
}

/** Validates the single file of a kind, if it exists. */
function first<T>(
  parsed: Map<ContentKind, Parsed[]>,
  kind: ContentKind,
  validate: (entry: Parsed) => T | undefined,
): T | undefined {
  const entry = parsed.get(kind)?.[0];
  return entry === undefined ? undefined : validate(entry);
}

/** Collects the ids of a catalogue, reporting any that appear twice. */
function uniqueIds(
  entry: Parsed | undefined,
  items: ReadonlyArray<{ id: string }>,
  pathOf: (index: number) => PropertyKey[],
  report: (file: string, at: { line: number; column: number }, field: string, message: string, ruleId?: string) => void,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id) && entry) {
      const path = pathOf(index);
      report(
        entry.source.file,
        entry.yaml.positionOf(path),
        formatFieldPath(path),
        `The id "${item.id}" is used twice; ids must be unique.`,
        'reference',
      );
    }
    seen.add(item.id);
  });
  return seen;
}

/** Checks that timestamped updates are in time order and never move status backwards. */
function checkTimeline(
  entry: Parsed,
  updates: ReadonlyArray<{ at: string; status: string }>,
  statusOrder: readonly string[],
  report: (file: string, at: { line: number; column: number }, field: string, message: string, ruleId?: string) => void,
): void {
  updates.forEach((update, index) => {
    const previous = updates[index - 1];
    if (previous === undefined) return;
    if (update.at < previous.at) {
      report(
        entry.source.file,
        entry.yaml.positionOf(['updates', index, 'at']),
        `updates[${index}].at`,
        `Updates go oldest first: this one (${update.at}) is earlier than the one before it (${previous.at}).`,
      );
    }
    if (statusOrder.indexOf(update.status) < statusOrder.indexOf(previous.status)) {
      report(
        entry.source.file,
        entry.yaml.positionOf(['updates', index, 'status']),
        `updates[${index}].status`,
        `The status goes backwards, from "${previous.status}" to "${update.status}". If the problem came back, say so in a new update with the later status, or open a new incident.`,
      );
    }
  });
}

/** Describes a value's type in words for a message. */
function describe(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}
