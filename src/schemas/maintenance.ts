import { z } from 'astro/zod';
import { TimestampSchema } from './dates.ts';
import type { ReferenceTo } from './reference.ts';

/** Where a maintenance stands, in Statuspage's vocabulary, in the order it moves. */
export const MaintenanceStatusSchema = z.enum(['scheduled', 'in_progress', 'verifying', 'completed']);
export type MaintenanceStatus = z.output<typeof MaintenanceStatusSchema>;

/** Planned work from `content/status/maintenance/<id>.md`. */
export function maintenanceSchema(reference: ReferenceTo) {
  return z.strictObject({
    /** What the work is, in a few plain words. */
    title: z.string().min(1),
    /** The components the work affects. */
    components: z.array(reference('components')).min(1),
    /** When the work is planned to start. */
    scheduledStart: TimestampSchema,
    /** When the work is planned to end. */
    scheduledEnd: TimestampSchema,
    /** The timestamped updates, oldest first. */
    updates: z
      .array(
        z.strictObject({
          /** When this update was posted, with a time zone. */
          at: TimestampSchema,
          /** Where the work stood at that moment. */
          status: MaintenanceStatusSchema,
          /** What customers should know, in plain words. */
          message: z.string().min(1),
        }),
      )
      .min(1, { error: 'A maintenance needs at least one update: the announcement.' }),
  });
}

export type Maintenance = z.output<ReturnType<typeof maintenanceSchema>>;
