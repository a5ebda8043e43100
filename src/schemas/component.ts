import { z } from 'astro/zod';
import { IsoDateSchema } from './dates.ts';
import { SlugSchema } from './fee.ts';

/** A part of the service whose health the status page reports. */
export const ComponentSchema = z.strictObject({
  /** The component's id, used by incidents and maintenance to name it. */
  id: SlugSchema,
  /** The component's name as customers know it. */
  name: z.string().min(1),
  /** What the component does for a customer, in one sentence. */
  description: z.string().min(1),
  /** The day the component went into service, `YYYY-MM-DD`: uptime is counted from then. */
  since: IsoDateSchema,
});

/** A named group of components, such as "Home internet". */
export const ComponentGroupSchema = z.strictObject({
  /** The group's id. */
  id: SlugSchema,
  /** The group's name. */
  name: z.string().min(1),
  /** The components in the group, in display order. */
  components: z.array(ComponentSchema).min(1),
});

/** The file `content/status/components.yaml`: the groups and their components. */
export const ComponentsFileSchema = z.strictObject({
  /** The component groups, in display order. */
  groups: z.array(ComponentGroupSchema).min(1),
});

export type ComponentsFile = z.output<typeof ComponentsFileSchema>;

/**
 * A component as the `components` collection stores it: flattened out of its
 * group, with the group's id and name beside it.
 */
export const StoredComponentSchema = ComponentSchema.extend({
  /** The group's id and name. */
  group: z.strictObject({ id: SlugSchema, name: z.string() }),
  /** Display order across the whole page. */
  order: z.number().int(),
});

export type StoredComponent = z.output<typeof StoredComponentSchema>;

/** A component's health, in Statuspage's vocabulary. */
export const ComponentStatusSchema = z.enum([
  'operational',
  'degraded_performance',
  'partial_outage',
  'major_outage',
  'under_maintenance',
]);
export type ComponentStatus = z.output<typeof ComponentStatusSchema>;
