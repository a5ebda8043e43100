/** The order of component statuses and their names, shared by the status functions. */
import type { ComponentStatus } from '../../schemas/component.ts';

/** Component statuses from best to worst; a component shows the worst that applies. */
export const statusSeverity: readonly ComponentStatus[] = [
  'operational',
  'under_maintenance',
  'degraded_performance',
  'partial_outage',
  'major_outage',
];

/** Words for each status, for people. */
export const statusLabel: Record<ComponentStatus, string> = {
  operational: 'Operational',
  under_maintenance: 'Under maintenance',
  degraded_performance: 'Degraded performance',
  partial_outage: 'Partial outage',
  major_outage: 'Major outage',
};

/** The worse of two statuses. */
export function worseStatus(a: ComponentStatus, b: ComponentStatus): ComponentStatus {
  return statusSeverity.indexOf(a) >= statusSeverity.indexOf(b) ? a : b;
}

/** Words for an incident's impact, Statuspage's scale. */
export const impactLabel: Readonly<Record<'none' | 'minor' | 'major' | 'critical', string>> = {
  none: 'No impact',
  minor: 'Minor',
  major: 'Major',
  critical: 'Critical',
};

/** Words for where an incident or a maintenance stands, in Statuspage's vocabulary. */
export const updateStatusLabel: Readonly<Record<string, string>> = {
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
  postmortem: 'Postmortem published',
  scheduled: 'Scheduled',
  in_progress: 'In progress',
  verifying: 'Verifying',
  completed: 'Completed',
};
