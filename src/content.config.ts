import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { storedComponents } from './domain/status/stored-components.ts';
import { contentDir } from './reader/content-dir.ts';
import { layoutGlob, layoutRow, type ContentKind } from './reader/layout.ts';
import { readYamlData, readYamlList, readYamlRecord } from './reader/yaml.ts';
import { AuthorSchema } from './schemas/author.ts';
import { ComponentsFileSchema, StoredComponentSchema } from './schemas/component.ts';
import { FeeSchema } from './schemas/fee.ts';
import { GlossaryEntrySchema } from './schemas/glossary.ts';
import { incidentSchema } from './schemas/incident.ts';
import { maintenanceSchema } from './schemas/maintenance.ts';
import { paperSchema } from './schemas/paper.ts';
import { planSchema } from './schemas/plan.ts';
import { policyVersionSchema } from './schemas/policy.ts';
import type { ReferenceTo } from './schemas/reference.ts';
import { SiteSchema } from './schemas/site.ts';
import { TagSchema } from './schemas/tag.ts';

const root = contentDir();

/**
 * Astro's `reference()` outputs `{ collection, id }`; Plainsight's schemas
 * carry the plain id so that the same schema serves the reader too. Unknown
 * ids are refused earlier, by the content check, with file and line.
 */
const referenceId: ReferenceTo = (collection) =>
  reference(collection).transform((ref) => (ref !== undefined && 'id' in ref ? ref.id : ''));

/** The loader of a kind's files, from the reader's layout table: one table says where every kind lives. */
function entries(kind: ContentKind) {
  const row = layoutRow(kind);
  const base = row.base === '' ? root : `${root}/${row.base}`;
  return glob({ base, pattern: row.pattern });
}

/** The file of a single-file kind, from the layout table. */
const pathOf = (kind: ContentKind) => `${root}/${layoutGlob(layoutRow(kind))}`;

export const collections = {
  site: defineCollection({
    loader: file(pathOf('site'), { parser: (text) => [{ id: 'site', ...readYamlRecord(text) }] }),
    schema: SiteSchema.extend({ id: z.literal('site') }),
  }),
  fees: defineCollection({
    loader: file(pathOf('fees'), { parser: (text) => readYamlList(text) }),
    schema: FeeSchema,
  }),
  plans: defineCollection({
    loader: entries('plan'),
    schema: planSchema(referenceId),
  }),
  policies: defineCollection({
    loader: entries('policy-version'),
    schema: policyVersionSchema(referenceId),
  }),
  components: defineCollection({
    // One file holds the groups and their components; the collection holds
    // the components, each carrying its group.
    loader: file(pathOf('components'), {
      parser: (text) => storedComponents(ComponentsFileSchema.parse(readYamlData(text))),
    }),
    schema: StoredComponentSchema,
  }),
  incidents: defineCollection({
    loader: entries('incident'),
    schema: incidentSchema(referenceId),
  }),
  maintenance: defineCollection({
    loader: entries('maintenance'),
    schema: maintenanceSchema(referenceId),
  }),
  papers: defineCollection({
    loader: entries('paper'),
    schema: paperSchema(referenceId),
  }),
  authors: defineCollection({
    loader: file(pathOf('authors'), { parser: (text) => readYamlList(text) }),
    schema: AuthorSchema,
  }),
  glossary: defineCollection({
    loader: file(pathOf('glossary'), { parser: (text) => readYamlList(text) }),
    schema: GlossaryEntrySchema,
  }),
  tags: defineCollection({
    loader: file(pathOf('tags'), { parser: (text) => readYamlList(text) }),
    schema: TagSchema,
  }),
};
