// Golden files of `survey build --only sql`: the whole emitted SQL for a Chinese and an
// English example. Any byte that changes shows in review.
// After an intended change: UPDATE_GOLDEN=1 npx vitest run packages/analyze/test/sql
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitAnalysisSql } from '../../src/index.ts';
import { exampleInput, root as repo } from '../helpers/survey.ts';

const update = process.env.UPDATE_GOLDEN === '1';
const root = join(import.meta.dirname, 'golden');

const cases: Array<[string, string]> = [
  ['zh', 'instant-feedback/instant.survey'],
  ['en', 'course-evaluation/course.survey'],
  ['zh', 'media-company/media.survey'],
  ['zh', 'household-listing/household.survey'],
];

describe('emitted SQL golden files', () => {
  for (const [lang, example] of cases)
    it(`${lang}: ${example}`, async () => {
      const file = await emitAnalysisSql(exampleInput(example));
      const path = join(root, lang, file.fileName);
      if (update) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.contents);
        return;
      }
      expect(existsSync(path), `missing golden ${path}; run with UPDATE_GOLDEN=1`).toBe(true);
      expect(file.contents, `${file.fileName} differs from its golden; run with UPDATE_GOLDEN=1 and review the diff`).toBe(
        readFileSync(path, 'utf8'),
      );
    });

  it('keeps the dialect rules of sql/dialect.ts in every example', async () => {
    const examples = readdirSync(join(repo, 'examples'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.survey') && !f.startsWith('shared'));
    expect(examples.length).toBeGreaterThan(4);
    for (const example of examples) {
      const { contents } = await emitAnalysisSql(exampleInput(example));
      // statements only, with string literals and quoted identifiers blanked out
      const code = contents
        .split('\n')
        .filter((l) => !l.startsWith('--'))
        .join('\n')
        .replace(/'(?:[^']|'')*'/g, "''")
        .replace(/"(?:[^"]|"")*"/g, '""');
      expect(code, example).not.toMatch(/\b(CAST|FILTER|WITH|OVER|INTERVAL|DOUBLE|VARCHAR)\b|\/|::|`/i);
      const functions = new Set([...code.matchAll(/\b([A-Za-z_]+)\s*\(/g)].map((m) => m[1].toUpperCase()));
      const keywords = ['SELECT', 'WHERE', 'AND', 'OR', 'NOT', 'CASE', 'WHEN', 'THEN', 'ELSE', 'IN', 'BY', 'HAVING', 'FROM', 'JOIN'];
      for (const f of functions) expect(['COUNT', 'SUM', 'MIN', 'MAX', ...keywords], `${example}: ${f}(`).toContain(f);
      for (const g of code.matchAll(/GROUP BY ([^\n]+)/g)) expect(g[1], example).toMatch(/^\d+(, \d+)*$/);
      expect(
        code
          .split(';')
          .filter((x) => x.trim())
          .every((x) => /^\s*SELECT\b/.test(x)),
        example,
      ).toBe(true);
    }
  });

  it('is the same text from run to run', async () => {
    const input = exampleInput('course-evaluation/course.survey');
    expect((await emitAnalysisSql(input)).contents).toBe((await emitAnalysisSql(input)).contents);
  });
});
