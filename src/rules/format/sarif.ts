/** SARIF 2.1.0, for code-scanning tools. */
import type { FileReport } from '../engine.ts';
import { ruleAnchor, type RuleMeta } from '../rule.ts';

export function formatSarif(files: readonly FileReport[], rules: readonly RuleMeta[], docsBase: string): string {
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Plainsight transparency check',
            informationUri: docsBase,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.rationale },
              helpUri: `${docsBase}#${ruleAnchor(rule.id)}`,
              defaultConfiguration: { level: rule.severity === 'error' ? 'error' : 'warning' },
            })),
          },
        },
        results: files.flatMap((file) =>
          file.diagnostics.map((d) => ({
            ruleId: d.ruleId,
            ...(index.has(d.ruleId) ? { ruleIndex: index.get(d.ruleId) } : {}),
            level: d.severity === 'error' ? 'error' : 'warning',
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: file.path },
                  region: {
                    startLine: d.line,
                    startColumn: d.column,
                    endLine: d.endLine ?? d.line,
                    endColumn: d.endColumn ?? d.column,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
