// `--format sarif`: SARIF 2.1.0 for GitHub code scanning. Columns count UTF-16 code
// units, which is what our offsets are.
import { relative, sep } from 'node:path';
import { allDiagnosticDefs, categoryOf, docUrl, type Diagnostic, type SourceFile } from '@survey/compiler';
import { spanOf } from './location.ts';

const level = { error: 'error', warning: 'warning', info: 'note' } as const;

export function formatSarif(diagnostics: Diagnostic[], files: Map<string, SourceFile>, cwd: string, version: string): string {
  const defs = allDiagnosticDefs();
  const used = new Set(diagnostics.map((d) => d.code));
  const rules = defs.filter((d) => used.has(d.code));
  const index = new Map(rules.map((r, i) => [r.code, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'survey',
            version,
            informationUri: 'https://github.com/survey-lang/survey',
            rules: rules.map((r) => ({
              id: r.code,
              name: r.name,
              shortDescription: { text: r.docs.summary },
              helpUri: docUrl(r.code),
              defaultConfiguration: { level: level[r.severity] },
              // Code scanning shows tags as filters: one per category.
              properties: { tags: [categoryOf(r.code)!.id] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: diagnostics.map((d) => {
          const span = spanOf(d, files);
          return {
            ruleId: d.code,
            ruleIndex: index.get(d.code),
            level: level[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: (relative(cwd, d.file) || d.file).split(sep).join('/'), uriBaseId: '%SRCROOT%' },
                  region: span,
                },
              },
            ],
          };
        }),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
