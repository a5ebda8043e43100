import { overlappingWindows } from '../../domain/status/maintenance-windows.ts';
import { entriesOf } from '../../reader/read-content.ts';
import { defineContentRule } from '../rule.ts';

export default defineContentRule({
  meta: {
    id: 'status/maintenance-overlap',
    severity: 'error',
    description: 'Two maintenance windows never overlap on one component.',
    rationale: 'Two windows on one component tell customers two stories about one outage.',
    source: 'Atlassian Statuspage scheduled maintenance',
    messages: {
      found:
        'This window ({{start}} to {{end}}) overlaps "{{other}}" ({{otherFile}}, {{otherStart}} to {{otherEnd}}) ' +
        'on the component "{{component}}". Make them one maintenance, or move one window.',
    },
    appliesTo: ['status'],
  },
  create(context) {
    return {
      tree(tree) {
        const windows = entriesOf(tree, 'maintenance').flatMap((entry) =>
          entry.data === undefined ? [] : [{ entry, maintenance: entry.data }],
        );
        for (const [later, earlier, component] of overlappingWindows(windows.map(({ maintenance }) => maintenance))) {
          const a = windows[later];
          const b = windows[earlier];
          if (a === undefined || b === undefined) continue;
          context.report({
            file: a.entry.source,
            field: ['scheduledStart'],
            messageId: 'found',
            data: {
              start: a.maintenance.scheduledStart,
              end: a.maintenance.scheduledEnd,
              other: b.maintenance.title,
              otherFile: b.entry.source.file,
              otherStart: b.maintenance.scheduledStart,
              otherEnd: b.maintenance.scheduledEnd,
              component,
            },
          });
        }
      },
    };
  },
});
