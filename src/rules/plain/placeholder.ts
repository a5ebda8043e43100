import { isPlaceholder } from '../../domain/scaffold-placeholders.ts';
import { isEntryOf } from '../../reader/read-content.ts';
import { defineContentRule } from '../rule.ts';

export default defineContentRule({
  meta: {
    id: 'plain/placeholder',
    severity: 'error',
    description: 'No text a scaffold wrote for the editor to replace reaches customers.',
    rationale:
      '`npm run new:plan` and `npm run new:policy-version` write sentences such as "Say why it changed." ' +
      'where only the editor knows what to say; published, they would tell customers nothing.',
    source: 'Plainsight: every sentence customers read is written for them',
    messages: { found: 'Replace this placeholder with what customers should read: "{{text}}"' },
    appliesTo: ['policy', 'pricing'],
  },
  create(context) {
    const check = (text: string | undefined, field: Array<string | number>) => {
      if (text !== undefined && isPlaceholder(text))
        context.report({ field, messageId: 'found', data: { text: text.trim() } });
    };
    return {
      entry(entry) {
        if (isEntryOf(entry, 'plan') && entry.data !== undefined) {
          check(entry.data.summary, ['summary']);
          entry.data.includes.forEach((item, index) => check(item, ['includes', index]));
        }
        if (isEntryOf(entry, 'policy-version') && entry.data?.changes !== undefined) {
          check(entry.data.changes.what, ['changes', 'what']);
          check(entry.data.changes.why, ['changes', 'why']);
        }
      },
    };
  },
});
