import { layoutDocs } from '../../reader/layout.ts';
import { defineContentRule } from '../rule.ts';

export default defineContentRule({
  meta: {
    id: 'file/not-utf8',
    severity: 'error',
    description: 'Content files are UTF-8 text (a byte-order mark and Windows line endings are fine).',
    rationale: 'Text in another encoding shows up garbled, and the check cannot read what it says.',
    source: 'WHATWG Encoding Standard (UTF-8 for the web)',
    suppressible: false,
    messages: { found: 'This file is not valid UTF-8 text. Save it as UTF-8.' },
  },
  create(context) {
    return {
      file(file) {
        if (file.unreadable === 'not-utf8') context.report({ messageId: 'found', url: layoutDocs });
      },
    };
  },
});
