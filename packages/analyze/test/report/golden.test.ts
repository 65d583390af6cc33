// Golden files: the whole HTML, chart-spec and Markdown output (with its SVGs) for a
// fixed Chinese and a fixed English report. Any byte that changes shows in review.
// After an intended change: UPDATE_GOLDEN=1 npx vitest run packages/analyze/test/report
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderViewFiles } from '../../src/report/render.ts';
import type { ReportView } from '../../src/report/view.ts';
import { enView, zhView } from './views.ts';

const update = process.env.UPDATE_GOLDEN === '1';
const root = join(dirname(fileURLToPath(import.meta.url)), 'golden');

const cases: Array<[string, () => ReportView]> = [
  ['zh', zhView],
  ['en', enView],
];

describe('report golden files', () => {
  for (const [name, view] of cases) {
    it(
      name,
      () => {
        const files = [...renderViewFiles(view(), 'html'), ...renderViewFiles(view(), 'md')];
        for (const file of files) {
          const path = join(root, name, file.fileName);
          if (update) {
            mkdirSync(dirname(path), { recursive: true });
            writeFileSync(path, file.contents);
            continue;
          }
          expect(existsSync(path), `missing golden ${path}; run with UPDATE_GOLDEN=1`).toBe(true);
          expect(file.contents, `${file.fileName} differs from its golden; run with UPDATE_GOLDEN=1 and review the diff`).toBe(
            readFileSync(path, 'utf8'),
          );
        }
      },
      60_000,
    );
  }
});
