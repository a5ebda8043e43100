import { writtenIds, type WrittenId } from '../../reader/read-content.ts';
import { defineContentRule } from '../rule.ts';

export default defineContentRule({
  meta: {
    id: 'reference/duplicate-id',
    severity: 'error',
    description:
      'Every id is used once: in a catalogue (fees, authors, tags, glossary terms, components and their groups), ' +
      'and by the files of one collection (fiber-500.md beside fiber-500.mdx).',
    rationale:
      'Two fees with one id would let a plan name either; the customer could be shown one and billed the other.',
    source: 'Plainsight content schemas; Astro content collections (one entry per id)',
    suppressible: false,
    messages: {
      found: 'The id "{{id}}" is used twice; ids must be unique.',
      group: '"{{id}}" is used for both a group and a component; ids must be unique.',
      file: 'This file and {{other}} are both the entry "{{id}}", and the site would publish only one. Keep one.',
    },
  },
  create(context) {
    const once = (items: readonly WrittenId[], url: string | undefined) => {
      const seen = new Set<string>();
      for (const { id, field } of items) {
        if (seen.has(id)) context.report({ field, messageId: 'found', data: { id }, ...(url ? { url } : {}) });
        seen.add(id);
      }
      return seen;
    };
    return {
      entry(entry) {
        const url = entry.source.layout?.docs;
        const { items, groups } = writtenIds(entry);
        const components = once(items, url);
        for (const { id, field } of groups) {
          if (components.has(id)) context.report({ field, messageId: 'group', data: { id }, ...(url ? { url } : {}) });
        }
        once(groups, url);
      },
      tree(tree) {
        // Astro's glob loader makes one entry per id: of x.md and x.mdx, one is silently dropped.
        const seen = new Map<string, string>();
        for (const entry of tree.entries) {
          const key = `${entry.kind} ${entry.id}`;
          const other = seen.get(key);
          if (other === undefined) seen.set(key, entry.source.file);
          else context.report({ file: entry.source, messageId: 'file', data: { id: entry.id, other } });
        }
      },
    };
  },
});
