// Large inputs run DuckDB with a memory limit and a temporary folder to spill into
// (engine/instance.ts). Forced on a small input here: the result is byte-identical to the
// in-memory run, the CSV still loads set-based under the limit (long lines too), and the temporary folder
// is gone afterwards — after a failed run (a data error) as after a successful one.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileText } from '@survey/compiler';
import { analyze, surveyInputOf } from '../src/index.ts';
import { exampleInput, root } from './helpers/survey.ts';

// os.tmpdir() follows TMPDIR: a folder of this file's own shows what a run leaves behind
let tmp: string;
let before: string | undefined;
beforeAll(() => {
  before = process.env.TMPDIR;
  tmp = mkdtempSync(join(tmpdir(), 'survey-spill-test-'));
  process.env.TMPDIR = tmp;
});
afterAll(() => {
  if (before === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = before;
  rmSync(tmp, { recursive: true, force: true });
});

const input = () => exampleInput('crm-satisfaction/crm.survey');
const responses = () => {
  const dir = join(root, 'examples/crm-satisfaction/responses');
  return readdirSync(dir)
    .sort()
    .map((f) => join(dir, f));
};

describe('analyze with a memory limit (spilling to a temporary folder)', () => {
  it('gives the same result as the in-memory run and leaves no folder behind', async () => {
    const seen: string[] = [];
    const spilled = await analyze(input(), { responses: responses(), spillThreshold: 0, trace: (_f, p) => seen.push(p) });
    expect(readdirSync(tmp)).toEqual([]);
    const inMemory = await analyze(input(), { responses: responses() });
    expect(JSON.stringify(spilled)).toBe(JSON.stringify(inMemory));
    expect(spilled.counts.analysed).toBeGreaterThan(0);
    expect(seen.every((p) => p === 'set-based')).toBe(true);
  });

  it('removes the temporary folder when the run fails (a data error)', async () => {
    const dir = mkdtempSync(join(root, '.scratch-spill-'));
    try {
      const empty = join(dir, '空 empty.csv');
      writeFileSync(empty, '');
      await expect(analyze(input(), { responses: [...responses(), empty], spillThreshold: 0 })).rejects.toThrow(/empty/);
      expect(readdirSync(tmp)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // under 2 MB a line fits DuckDB's default buffer (set-based); longer lines need a 305 MiB buffer,
  // more than the limit: the file goes row by row, with the same result
  it.each([
    [10_000, 'set-based'],
    [30_000, 'row-by-row'],
  ])('reads lines of 1 MB and more (+%i chars a line) the same as row by row, none lost', async (step, path) => {
    const compiled = compileText(
      [
        'survey long_lines {',
        '  title "长行" en: "Long lines"',
        '  languages zh, en',
        '  intro "测试。" en: "A test."',
        '  confidentiality "保密。" en: "Confidential."',
        '  scale s5 1..5 anchored {',
        '    5 "好" en: "Good"',
        '    1 "差" en: "Bad"',
        '  }',
        '  rating q1 "评分" en: "Rating" on s5',
        '  text why "原因" en: "Why" optional',
        '}',
        '',
      ].join('\n'),
      { path: 'long.survey' },
    );
    expect(compiled.ok).toBe(true);
    const long = surveyInputOf(compiled);
    const rows = ['q1,why'];
    for (let i = 0; i < 30; i++) rows.push(`${(i % 5) + 1},${i % 4 ? '短 short' : '长'.repeat(350_000 + i * step)}`);
    const dir = mkdtempSync(join(root, '.scratch-spill-'));
    try {
      const file = join(dir, 'long.csv');
      writeFileSync(file, rows.join('\n') + '\n');
      const seen: string[] = [];
      const spilled = await analyze(long, { responses: [file], spillThreshold: 0, textSample: 0, trace: (_f, p) => seen.push(p) });
      const reference = await analyze(long, { responses: [file], rowByRow: true, textSample: 0 });
      expect(spilled.counts.analysed).toBe(30);
      expect(JSON.stringify(spilled)).toBe(JSON.stringify(reference));
      expect(seen).toEqual([path]);
      expect(readdirSync(tmp)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
