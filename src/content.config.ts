import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { contentDir } from './content-dir.ts';
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
 * carry the plain id so that the same schema serves the content gate too.
 * Unknown ids are refused earlier, by the content gate, with file and line.
 */
const referenceId: ReferenceTo = (collection) =>
  reference(collection).transform((ref) => (ref !== undefined && 'id' in ref ? ref.id : ''));

export const collections = {
  site: defineCollection({
    loader: file(`${root}/site.yaml`, { parser: (text) => [{ id: 'site', ...(parse(text) as object) }] }),
    schema: SiteSchema.extend({ id: z.literal('site') }),
  }),
  fees: defineCollection({
    loader: file(`${root}/pricing/fees.yaml`),
    schema: FeeSchema,
  }),
  plans: defineCollection({
    loader: glob({ base: `${root}/pricing/plans`, pattern: '*.yaml' }),
    schema: planSchema(referenceId),
  }),
  policies: defineCollection({
    loader: glob({ base: `${root}/policies`, pattern: '*/*.{md,mdx}' }),
    schema: policyVersionSchema(referenceId),
  }),
  components: defineCollection({
    // One file holds the groups and their components; the collection holds
    // the components, each carrying its group.
    loader: file(`${root}/status/components.yaml`, {
      parser: (text) =>
        ComponentsFileSchema.parse(parse(text))
          .groups.flatMap((group) =>
            group.components.map((component) => ({ ...component, group: { id: group.id, name: group.name } })),
          )
          .map((component, order) => ({ ...component, order })),
    }),
    schema: StoredComponentSchema,
  }),
  incidents: defineCollection({
    loader: glob({ base: `${root}/status/incidents`, pattern: '*.{md,mdx}' }),
    schema: incidentSchema(referenceId),
  }),
  maintenance: defineCollection({
    loader: glob({ base: `${root}/status/maintenance`, pattern: '*.{md,mdx}' }),
    schema: maintenanceSchema(referenceId),
  }),
  papers: defineCollection({
    loader: glob({ base: `${root}/papers`, pattern: '*.{md,mdx}' }),
    schema: paperSchema(referenceId),
  }),
  authors: defineCollection({
    loader: file(`${root}/authors.yaml`),
    schema: AuthorSchema,
  }),
  glossary: defineCollection({
    loader: file(`${root}/glossary.yaml`),
    schema: GlossaryEntrySchema,
  }),
  tags: defineCollection({
    loader: file(`${root}/tags.yaml`),
    schema: TagSchema,
  }),
};
