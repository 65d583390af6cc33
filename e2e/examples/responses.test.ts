// The examples' synthetic response sets (scripts/gen-responses.ts): the committed files
// are exactly what the generator writes (drift), a second run gives the same bytes, the
// seed matters, and every planted problem is caught by the analysis as planted — the
// invalid ones by the response schema, the straight-lined and too-fast ones by the
// survey's quality rules, and nothing else (so valid respondents follow the skip logic).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { drift, generateAll } from '../../scripts/responses/all.ts';
import { generateExample } from '../../scripts/responses/generate.ts';
import { profiles } from '../../scripts/responses/profiles/index.ts';
import { analyzeExample, runs } from './runs.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const files = generateAll(root);

describe('generated example responses', () => {
  it('the committed files are what the generator writes (run `npm run responses`)', () => {
    expect(drift(root, files)).toEqual([]);
  });
  it('a second run writes the same bytes', () => {
    const again = generateAll(root);
    expect(again.map((f) => f.path)).toEqual(files.map((f) => f.path));
    again.forEach((f, i) => expect(f.contents === files[i].contents, f.path).toBe(true));
  });
  it('the seed decides the data', () => {
    const p = profiles.find((x) => x.example === 'instant-feedback')!;
    const other = generateExample(root, { ...p, seed: p.seed + 1 });
    expect(other[0].contents).not.toBe(files.find((f) => f.path === other[0].path)!.contents);
  });
  it('every example with a survey has responses, one JSON Lines and one labelled CSV among them', () => {
    expect(new Set(files.map((f) => f.path.split('/')[1]))).toEqual(new Set(runs.map((r) => r.name)));
    expect(files.some((f) => f.path.endsWith('.jsonl'))).toBe(true);
    const crm = files.find((f) => f.path.startsWith('examples/crm-satisfaction/'))!;
    expect(crm.contents).toMatch(/,非常满意,|,满意,/);
    expect(files.filter((f) => f.path.startsWith('examples/manufacturer-quarterly/')).length).toBe(4);
  });
});

describe.each(runs.map((r) => [r.name, r] as const))('planted problems in %s', (name, run) => {
  it('are exactly what the analysis reports', async () => {
    const mine = files.filter((f) => f.path.startsWith(`examples/${name}/`));
    const last = run.waves ? mine.slice(-1) : mine;
    const planted = (kind: string) => last.flatMap((f) => f.kinds).filter((k) => k === kind).length;
    const r = await analyzeExample(root, run);
    expect(r.counts.received).toBe(last.reduce((s, f) => s + f.kinds.length, 0));
    expect(r.counts.invalid).toBe(planted('invalid'));
    const byRule = (kind: string) => r.excluded.filter((e) => e.rule.kind === kind).length;
    expect(byRule('straightline')).toBe(planted('straightline'));
    expect(byRule('duration')).toBe(planted('too-fast'));
    expect(r.counts.excluded).toBe(planted('straightline') + planted('too-fast'));
    // Planted rows are the rows reported: JSON Lines the line, a JSON array the position, CSV the file line (after the header).
    const rows = (kind: string) =>
      last.flatMap((f) => f.kinds.map((k, i) => (k === kind ? `${f.path}:${i + (f.path.endsWith('.csv') ? 2 : 1)}` : '')).filter(Boolean));
    expect(r.invalid.map((i) => `${i.file}:${i.row}`)).toEqual(rows('invalid'));
  });
});
