import { hasPostedUpdates, rewrittenUpdates, type RecordedUpdate } from '../../domain/status/update-record.ts';
import { quoteChange } from '../../domain/text/changed-span.ts';
import { defineContentRule } from '../rule.ts';
import { recordPairs } from './on-record.ts';

/** How a posted update changed, field by field, for the message. */
function howChanged(before: RecordedUpdate, after: RecordedUpdate, fields: readonly string[]): string {
  const components = (update: RecordedUpdate) =>
    (update.components ?? []).map(({ id, status }) => `${id} ${status}`).join(', ') || 'none';
  const message = quoteChange(before.message, after.message);
  const parts: Record<string, string> = {
    at: `its time ${before.at} → ${after.at}`,
    status: `its status ${before.status} → ${after.status}`,
    message: `its message ${message.before} → ${message.after}`,
    components: `its components ${components(before)} → ${components(after)}`,
  };
  return fields.map((field) => parts[field]).join('; ');
}

export default defineContentRule({
  meta: {
    id: 'record/status-update-edited',
    severity: 'error',
    description: 'A posted incident or maintenance update is never edited or removed; new updates are added.',
    rationale:
      'Customers, the feed and the status API have already seen a posted update. Rewriting it hides what the ' +
      'company knew and said at the time; a correction is a new update.',
    source: 'Plainsight: the status record is append-only; Atlassian Statuspage incident updates',
    suppressible: false,
    messages: {
      edited:
        'The update posted at {{at}} is on the record and was edited: {{how}}. Put it back as it was, and add ' +
        'a new update at the end that says what is new or what was wrong.',
      removed:
        'The update posted at {{at}} is on the record and was removed. Put it back; add a new update at the ' +
        'end to say what was wrong with it.',
      fileRemoved:
        'This {{kind}} has updates posted since {{at}}, and its file was deleted or renamed. Posted updates ' +
        'stay on the record, under their address: restore the file (git checkout <base> -- {{file}}).',
    },
    appliesTo: ['status'],
    examples: {
      bad: 'an incident\'s first update edited from "investigating" to "identified"',
      good: 'a new update added after the last one',
    },
  },
  create(context) {
    return {
      tree(tree) {
        const base = context.base;
        if (base === undefined) return;
        const now = context.facts.now;
        for (const kind of ['incident', 'maintenance'] as const) {
          for (const { record, now: entry, gone } of recordPairs(base, tree, kind)) {
            const posted: readonly RecordedUpdate[] = record.data.updates;
            if (entry === undefined) {
              if (!hasPostedUpdates(posted, now)) continue;
              const at = posted[0]?.at ?? '';
              context.report({ file: gone, messageId: 'fileRemoved', data: { kind, at, file: gone.file } });
              continue;
            }
            // An invalid file is its own rule's problem; its updates are judged once it is valid.
            if (entry.data === undefined) continue;
            const updates: readonly RecordedUpdate[] = entry.data.updates;
            for (const rewrite of rewrittenUpdates(posted, updates, now)) {
              const before = posted[rewrite.index];
              const after = updates[rewrite.index];
              if (rewrite.kind === 'removed' || before === undefined || after === undefined) {
                context.report({
                  file: entry.source,
                  field: ['updates'],
                  part: 'key',
                  messageId: 'removed',
                  data: { at: rewrite.at },
                });
                continue;
              }
              const only = rewrite.fields.length === 1 ? rewrite.fields[0] : undefined;
              context.report({
                file: entry.source,
                field: only === undefined ? ['updates', rewrite.index] : ['updates', rewrite.index, only],
                messageId: 'edited',
                data: { at: rewrite.at, how: howChanged(before, after, rewrite.fields) },
              });
            }
          }
        }
      },
    };
  },
});
