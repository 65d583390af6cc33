// Large inputs run DuckDB with a memory limit and a temporary folder to spill into
// (engine/instance.ts). Forced on a small input here: the result is byte-identical to the
// in-memory run, the CSV still loads set-based under the limit, and the temporary folder
// is gone afterwards — after a failed run (a data error) as after a successful one.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/index.ts';
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
});
