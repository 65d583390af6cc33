// Golden files of `survey build --only sql`: the whole emitted SQL for a Chinese and an
// English example. Any byte that changes shows in review.
// After an intended change: UPDATE_GOLDEN=1 npx vitest run packages/analyze/test/sql
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitAnalysisSql } from '../../src/index.ts';
import { exampleInput } from '../helpers/survey.ts';

const update = process.env.UPDATE_GOLDEN === '1';
const root = join(import.meta.dirname, 'golden');

const cases: Array<[string, string]> = [
  ['zh', 'instant-feedback/instant.survey'],
  ['en', 'course-evaluation/course.survey'],
  ['zh', 'media-company/media.survey'],
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

  it('is the same text from run to run', async () => {
    const input = exampleInput('course-evaluation/course.survey');
    expect((await emitAnalysisSql(input)).contents).toBe((await emitAnalysisSql(input)).contents);
  });
});
