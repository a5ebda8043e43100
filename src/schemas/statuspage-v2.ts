/**
 * Atlassian Statuspage's public API, version 2, as Plainsight publishes it
 * under /api/v2/: the field names and enums that existing widgets and client
 * libraries read. The build parses every file it writes with these schemas,
 * so a field cannot silently go missing.
 */
import { z } from 'astro/zod';

/** A Statuspage id: 12 lowercase letters and digits. */
export const StatuspageIdSchema = z.string().regex(/^[a-z0-9]{12}$/);
/** An RFC 3339 timestamp with a zone. */
export const Rfc3339Schema = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);

export const ComponentStatusV2Schema = z.enum([
  'operational',
  'degraded_performance',
  'partial_outage',
  'major_outage',
  'under_maintenance',
]);
export const IndicatorSchema = z.enum(['none', 'minor', 'major', 'critical']);
export const IncidentStatusV2Schema = z.enum(['investigating', 'identified', 'monitoring', 'resolved', 'postmortem']);
export const MaintenanceStatusV2Schema = z.enum(['scheduled', 'in_progress', 'verifying', 'completed']);

export const PageSchema = z.strictObject({
  id: StatuspageIdSchema,
  name: z.string(),
  url: z.url(),
  time_zone: z.string(),
  /** As on Statuspage: the time of the latest update posted to an incident or a maintenance. */
  updated_at: Rfc3339Schema,
  /**
   * Not in Statuspage's format: when this document was written (the build's
   * or the status publish's now), for clients to judge its age by; clients
   * ignore fields they do not know.
   */
  generated_at: Rfc3339Schema,
});

export const StatusSchema = z.strictObject({
  indicator: IndicatorSchema,
  description: z.string(),
});

export const ComponentV2Schema = z.strictObject({
  id: StatuspageIdSchema,
  name: z.string(),
  status: ComponentStatusV2Schema,
  created_at: Rfc3339Schema,
  updated_at: Rfc3339Schema,
  position: z.number().int().positive(),
  description: z.string().nullable(),
  showcase: z.boolean(),
  /** A date only, `YYYY-MM-DD`. */
  start_date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  group_id: StatuspageIdSchema.nullable(),
  page_id: StatuspageIdSchema,
  group: z.boolean(),
  only_show_if_degraded: z.boolean(),
  /** For a group: the ids of its components. */
  components: z.array(StatuspageIdSchema).optional(),
});

export const AffectedComponentSchema = z.strictObject({
  code: StatuspageIdSchema,
  name: z.string(),
  old_status: ComponentStatusV2Schema,
  new_status: ComponentStatusV2Schema,
});

export const IncidentUpdateV2Schema = z.strictObject({
  id: StatuspageIdSchema,
  status: z.union([IncidentStatusV2Schema, MaintenanceStatusV2Schema]),
  body: z.string(),
  incident_id: StatuspageIdSchema,
  created_at: Rfc3339Schema,
  updated_at: Rfc3339Schema,
  display_at: Rfc3339Schema,
  affected_components: z.array(AffectedComponentSchema),
});

const incidentFields = {
  id: StatuspageIdSchema,
  name: z.string(),
  created_at: Rfc3339Schema,
  updated_at: Rfc3339Schema,
  monitoring_at: Rfc3339Schema.nullable(),
  resolved_at: Rfc3339Schema.nullable(),
  started_at: Rfc3339Schema,
  page_id: StatuspageIdSchema,
  shortlink: z.url(),
  /** Newest first. */
  incident_updates: z.array(IncidentUpdateV2Schema),
  components: z.array(ComponentV2Schema),
};

export const IncidentV2Schema = z.strictObject({
  ...incidentFields,
  status: IncidentStatusV2Schema,
  impact: z.enum(['none', 'minor', 'major', 'critical']),
});

export const ScheduledMaintenanceV2Schema = z.strictObject({
  ...incidentFields,
  status: MaintenanceStatusV2Schema,
  impact: z.literal('maintenance'),
  scheduled_for: Rfc3339Schema,
  scheduled_until: Rfc3339Schema,
});

export const StatusDocumentSchema = z.strictObject({ page: PageSchema, status: StatusSchema });
export const ComponentsDocumentSchema = z.strictObject({ page: PageSchema, components: z.array(ComponentV2Schema) });
export const IncidentsDocumentSchema = z.strictObject({ page: PageSchema, incidents: z.array(IncidentV2Schema) });
export const ScheduledMaintenancesDocumentSchema = z.strictObject({
  page: PageSchema,
  scheduled_maintenances: z.array(ScheduledMaintenanceV2Schema),
});
export const SummaryDocumentSchema = z.strictObject({
  page: PageSchema,
  status: StatusSchema,
  components: z.array(ComponentV2Schema),
  incidents: z.array(IncidentV2Schema),
  scheduled_maintenances: z.array(ScheduledMaintenanceV2Schema),
});

export type PageV2 = z.output<typeof PageSchema>;
export type ComponentV2 = z.output<typeof ComponentV2Schema>;
export type IncidentV2 = z.output<typeof IncidentV2Schema>;
export type IncidentUpdateV2 = z.output<typeof IncidentUpdateV2Schema>;
export type ScheduledMaintenanceV2 = z.output<typeof ScheduledMaintenanceV2Schema>;
export type IndicatorV2 = z.output<typeof IndicatorSchema>;

/** Every file under /api/v2/ and the schema it follows. */
export const statuspageDocuments = {
  'summary.json': SummaryDocumentSchema,
  'status.json': StatusDocumentSchema,
  'components.json': ComponentsDocumentSchema,
  'incidents.json': IncidentsDocumentSchema,
  'incidents/unresolved.json': IncidentsDocumentSchema,
  'scheduled-maintenances.json': ScheduledMaintenancesDocumentSchema,
  'scheduled-maintenances/upcoming.json': ScheduledMaintenancesDocumentSchema,
  'scheduled-maintenances/active.json': ScheduledMaintenancesDocumentSchema,
} as const;
export type StatuspageDocumentPath = keyof typeof statuspageDocuments;
