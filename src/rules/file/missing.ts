import { posix } from 'node:path';
import { layoutDocs, layoutGlob } from '../../reader/layout.ts';
import { defineContentRule } from '../rule.ts';

export default defineContentRule({
  meta: {
    id: 'file/missing',
    severity: 'error',
    description:
      'The files the site needs are there: site.yaml, authors.yaml, glossary.yaml, tags.yaml, ' +
      'the fee list and the components.',
    rationale: 'Without them the site has no name, no fees to price plans with, no components to report on.',
    source: 'Plainsight: the content folder layout (README, For content editors)',
    suppressible: false,
    messages: { found: 'This file is missing; the site needs it.' },
  },
  create(context) {
    return {
      tree(tree) {
        for (const row of tree.missing) {
          const path = layoutGlob(row);
          const file = posix.join(tree.contentDir.split('\\').join('/'), path);
          context.report({ file: missingFile(file, path), messageId: 'found', url: layoutDocs });
        }
      },
    };
  },
});

/** A file that is not there, to report on. */
function missingFile(file: string, path: string) {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return {
    file,
    path,
    layout: undefined,
    kind: undefined,
    name,
    stem: name.replace(/\.[^.]+$/, ''),
    folder: '',
    skipped: false,
    text: undefined,
    bom: false,
    unreadable: undefined,
    bytes: 0,
  };
}
