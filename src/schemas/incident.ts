import { z } from 'astro/zod';
import { ComponentStatusSchema } from './component.ts';
import { TimestampSchema } from './dates.ts';
import type { ReferenceTo } from './reference.ts';

/** How bad an incident was for customers: Statuspage's impact scale. */
export const IncidentImpactSchema = z.enum(['none', 'minor', 'major', 'critical']);

/**
 * What caused an incident, for the yearly review's table and counts. Each
 * kind says who could have prevented it: us (`change`, `equipment`), or
 * others (`damage`, `supplier`, `power`).
 */
export const IncidentCauseSchema = z.enum(['change', 'equipment', 'damage', 'supplier', 'power', 'other']);
export type IncidentCause = z.output<typeof IncidentCauseSchema>;

/** Where an incident stands, in Statuspage's vocabulary, in the order it moves. */
export const IncidentStatusSchema = z.enum(['investigating', 'identified', 'monitoring', 'resolved']);
export type IncidentStatus = z.output<typeof IncidentStatusSchema>;

/**
 * An incident from `content/status/incidents/<id>.md`. Its Markdown body,
 * when there is one, is the postmortem.
 */
export function incidentSchema(reference: ReferenceTo) {
  return z.strictObject({
    /** A short, plain description of what customers noticed. */
    title: z.string().min(1),
    /** How bad it was for customers: Statuspage's impact scale. */
    impact: IncidentImpactSchema,
    /** What caused it, once known: our change, equipment, damage by others, a supplier, power or other. */
    cause: IncidentCauseSchema.optional(),
    /** The timestamped updates, oldest first. */
    updates: z
      .array(
        z.strictObject({
          /** When this update was posted, with a time zone. */
          at: TimestampSchema,
          /** Where the incident stood at that moment. */
          status: IncidentStatusSchema,
          /** What we knew and what we were doing, in plain words. */
          message: z.string().min(1),
          /** The affected components' statuses from this moment on, by component id. */
          components: z
            .array(z.strictObject({ id: reference('components'), status: ComponentStatusSchema }))
            .default([]),
        }),
      )
      .min(1, { error: 'An incident needs at least one update.' }),
  });
}

export type Incident = z.output<ReturnType<typeof incidentSchema>>;
export type IncidentUpdate = Incident['updates'][number];
