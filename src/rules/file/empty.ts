import { defineContentRule } from '../rule.ts';

export default defineContentRule({
  meta: {
    id: 'file/empty',
    severity: 'error',
    description: 'No content file is empty.',
    rationale: 'An empty file is an entry with nothing in it: a page with no content, or a catalogue with no items.',
    source: 'Plainsight: nothing is dropped silently',
    suppressible: false,
    messages: { found: 'This file is empty.' },
  },
  create(context) {
    return {
      file(file) {
        // A file in no collection, or skipped by name, has its own rule.
        if (file.layout === undefined || file.layout.format === 'image' || file.skipped) return;
        if (file.text !== undefined && file.text.trim() === '') {
          context.report({ messageId: 'found', ...(file.layout ? { url: file.layout.docs } : {}) });
        }
      },
    };
  },
});
