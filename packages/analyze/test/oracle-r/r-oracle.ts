// What the R oracle tests share: run an R script with Debian's Rscript on data files and
// read its `name v1 v2 …` lines, and compare a value with R's to 1e-9 relative.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import { tempFiles } from '../helpers/survey.ts';

/** Runs `script` with the data files as its arguments; each output line is a name and its numbers. */
export function rValues(script: string, ...dataFiles: string[]): Record<string, number[]> {
  const dir = tempFiles({ 'oracle.R': script });
  const r = spawnSync('Rscript', ['--vanilla', join(dir, 'oracle.R'), ...dataFiles], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`Rscript failed: ${r.stderr}`);
  const out: Record<string, number[]> = {};
  for (const line of r.stdout.trim().split('\n')) {
    const [name, ...xs] = line.trim().split(/\s+/);
    out[name] = xs.map(Number);
  }
  return out;
}

/** `actual` equals R's `expected` to 1e-9 relative (absolute below 1). */
export function close(actual: number | undefined, expected: number) {
  expect(actual).toBeDefined();
  expect(Math.abs(actual! - expected), `${actual} vs R ${expected}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}
