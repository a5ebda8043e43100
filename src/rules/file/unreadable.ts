import { layoutDocs } from '../../reader/layout.ts';
import { defineContentRule } from '../rule.ts';

export default defineContentRule({
  meta: {
    id: 'file/unreadable',
    severity: 'error',
    description:
      'Every file in the content folder can be read: no link to nothing, no name the system cannot read back.',
    rationale: 'A file the build cannot open is content nobody can check, and a page that may or may not appear.',
    source: 'Plainsight: nothing is dropped silently',
    suppressible: false,
    messages: {
      found:
        'This file cannot be read: it may be a link to a file that is gone, or its name may not be UTF-8. ' +
        'Replace it with the file itself, named in plain letters.',
    },
  },
  create(context) {
    return {
      file(file) {
        if (file.unreadable === 'cannot-read') context.report({ messageId: 'found', url: layoutDocs });
      },
    };
  },
});
