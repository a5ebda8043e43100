import { layoutDocs } from '../../reader/layout.ts';
import { SlugSchema } from '../../schemas/fee.ts';
import { defineContentRule } from '../rule.ts';

/** What each kind's file name becomes, for the message. */
const becomes: Partial<Record<string, string>> = {
  plan: "the plan's web address",
  incident: "the incident's web address",
  maintenance: "the maintenance's web address",
  paper: "the paper's web address",
  'paper-image': 'part of a web address',
};

export default defineContentRule({
  meta: {
    id: 'file/name',
    severity: 'error',
    description: 'File and folder names that become web addresses are lowercase words joined by single hyphens.',
    rationale: 'An address with spaces, capitals or accents breaks when it is shared, typed or printed.',
    source: 'RFC 3986 (URI syntax); Plainsight',
    suppressible: false,
    messages: {
      file:
        'The file name "{{name}}" becomes {{what}}: use lowercase letters, digits and single hyphens, ' +
        'such as "{{example}}".',
      folder:
        'The folder name "{{name}}" becomes the policy\'s web address: use lowercase letters, ' +
        'digits and single hyphens.',
    },
    examples: { bad: 'pricing/plans/Fiber 500.yaml', good: 'pricing/plans/fiber-500.yaml' },
  },
  create(context) {
    return {
      file(file) {
        if (file.layout === undefined || file.skipped) return;
        if (file.kind === 'policy-version' && !SlugSchema.safeParse(file.folder).success) {
          context.report({ messageId: 'folder', data: { name: file.folder }, url: layoutDocs });
        }
        const what = becomes[file.layout.kind];
        if (what === undefined || SlugSchema.safeParse(file.stem).success) return;
        const isImage = file.kind === 'paper-image';
        context.report({
          messageId: 'file',
          data: {
            name: isImage ? file.name : file.stem,
            what,
            example: isImage ? 'outages-by-month.svg' : 'fiber-500.yaml',
          },
          url: layoutDocs,
        });
      },
    };
  },
});
