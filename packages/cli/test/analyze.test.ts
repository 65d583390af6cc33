// `survey analyze` through the CLI: the JSON result is written, invalid responses are
// listed with file and row (exit 1), a wrong column or an empty file is one clear line.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.ts';

const root = resolve(import.meta.dirname, '../../..');
const survey = join(root, 'examples/instant-feedback/instant.survey');

async function cli(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => void (out += t), err: (t) => void (err += t), cwd, isTTY: false, version: '0' });
  return { code, out, err };
}

function dir(files: Record<string, string>) {
  const d = mkdtempSync(join(tmpdir(), 'survey-cli-analyze-'));
  for (const [n, c] of Object.entries(files)) writeFileSync(join(d, n), c);
  return d;
}

describe('survey analyze', () => {
  it('writes the result and exits 0 on clean data', async () => {
    const d = dir({ 'r.csv': 'experience,recommend\n5,10\n4,9\n' });
    const r = await cli(['analyze', survey, 'r.csv', '--out', 'out', '--format', 'json'], d);
    expect(r.code).toBe(0);
    const res = JSON.parse(readFileSync(join(d, 'out/instant_feedback.result.json'), 'utf8'));
    expect(res.counts).toEqual({ received: 2, invalid: 0, excluded: 0, analysed: 2 });
    expect(res.inputs[0].file).toBe('r.csv');
  });
  it('writes the HTML report (default) with its chart specs, in the language asked for', async () => {
    const d = dir({ 'r.csv': 'experience,recommend,displeased\n5,10,\n4,9,\n2,3,delivery\n' });
    const r = await cli(['analyze', survey, 'r.csv', '--out', 'out', '--language', 'en'], d);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('instant_feedback.report.html');
    const html = readFileSync(join(d, 'out/instant_feedback.report.html'), 'utf8');
    expect(html).toMatch(/Content-Security-Policy" content="default-src &#39;none&#39;/);
    expect(html).toContain('<svg');
    expect(html).toContain('How satisfied are you with this shopping experience?');
    const charts = JSON.parse(readFileSync(join(d, 'out/instant_feedback.charts.json'), 'utf8'));
    expect(Object.keys(charts).length).toBeGreaterThan(0);
  });
  it('lists invalid responses with file and row and exits 1', async () => {
    const d = dir({ 'r.csv': 'experience,recommend\n5,10\n9,9\n' });
    const r = await cli(['analyze', survey, 'r.csv', '--out', 'out'], d);
    expect(r.code).toBe(1);
    expect(r.err).toContain('r.csv:3: invalid response: /answers/experience: 9 is not one of the allowed values');
  });
  it('--max-invalid tolerates that many invalid responses (exit 0), one more exits 1, a bad value exits 2', async () => {
    const d = dir({ 'r.csv': 'experience,recommend\n5,10\n9,9\n7,1\n' });
    const two = await cli(['analyze', survey, 'r.csv', '--out', 'out', '--max-invalid', '2'], d);
    expect(two.code).toBe(0);
    expect(two.err).toContain('2 invalid responses are within --max-invalid 2.');
    expect(two.err).toContain('r.csv:3: invalid response');
    expect((await cli(['analyze', survey, 'r.csv', '--out', 'out', '--max-invalid', '1'], d)).code).toBe(1);
    const bad = await cli(['analyze', survey, 'r.csv', '--max-invalid', '-1'], d);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--max-invalid takes a whole number ≥ 0, not '-1'.");
  });
  it('an unknown column is a data error naming file, row and a suggestion (exit 1)', async () => {
    const d = dir({ 'r.csv': 'experiance,recommend\n5,10\n' });
    const r = await cli(['analyze', survey, 'r.csv'], d);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^survey: error: r\.csv:1: column 1 'experiance' is not a variable .* Did you mean 'experience'\?\n$/);
  });
  it('a missing file and an unknown extension exit 2 with one line', async () => {
    const d = dir({ 'x.sav': 'x' });
    for (const f of ['missing.csv', 'x.sav']) {
      const r = await cli(['analyze', survey, f], d);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toContain(f);
    }
  });
  it('an empty file is a data error in every format (exit 1, one line with the error prefix)', async () => {
    const d = dir({ 'e.csv': '', 'e.jsonl': '', 'e.json': '\n', 'b.csv': '\uFEFF\r\n' });
    for (const f of ['e.csv', 'e.jsonl', 'e.json', 'b.csv']) {
      const r = await cli(['analyze', survey, f], d);
      expect(r.code, f).toBe(1);
      expect(r.err.trim().split('\n'), f).toHaveLength(1);
      expect(r.err, f).toMatch(new RegExp(`^survey: error: ${f.replace('.', '\\.')}: the file is empty`));
    }
  });
});
