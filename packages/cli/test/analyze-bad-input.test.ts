// Bad response files through the real binary (issue 10, "Done when"): wrong columns,
// wrong types, codes not in the list, empty files, half-written last lines and files
// too large to hold in memory each give one clear line naming the file (and row), exit
// 1 (the data is wrong) or 2 (the file cannot be read), and never a stack trace.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const bin = join(root, 'packages/cli/bin/survey.js');
const zh = join(root, 'examples/instant-feedback/instant.survey');
const en = join(root, 'examples/course-evaluation/course.survey');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function folder(files: Record<string, string | Buffer> = {}) {
  const d = mkdtempSync(join(tmpdir(), 'survey-bad-input-'));
  dirs.push(d);
  for (const [n, c] of Object.entries(files)) writeFileSync(join(d, n), c);
  return d;
}

function analyze(survey: string, files: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, 'analyze', survey, ...files, '--out', 'out', '--format', 'json'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 120_000,
  });
  expect(r.stderr, 'no stack trace').not.toMatch(/\n\s+at .+[(:]\d+/);
  expect(r.stderr).not.toMatch(/TypeError|RangeError|ReferenceError|Unhandled/);
  return { code: r.status, err: r.stderr };
}

/** A file of `size` bytes that takes no disk space: `head` then zeros. */
function sparse(path: string, head: string, size: number) {
  const fd = openSync(path, 'w');
  writeSync(fd, head);
  ftruncateSync(fd, size);
  closeSync(fd);
}

describe('survey analyze on bad input (real binary)', () => {
  it('a wrong column: exit 1, file and row 1, a suggestion', () => {
    const d = folder({ 'r.csv': 'experiance,recommend\n5,10\n' });
    const r = analyze(zh, ['r.csv'], d);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^survey: error: r\.csv:1: column 1 'experiance' is not a variable .*Did you mean 'experience'\?\n$/);
  });

  it('a wrong type and a code not in the list: each row listed with file, row and reason, exit 1', () => {
    const d = folder({ 'r.csv': 'experience,recommend,displeased\n5,10,\nabc,9,\n2,3,nowhere\n4,eleven,\n' });
    const r = analyze(zh, ['r.csv'], d);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^r\.csv:3: invalid response: .*experience/m);
    expect(r.err).toMatch(/^r\.csv:4: invalid response: .*displeased/m);
    expect(r.err).toMatch(/^r\.csv:5: invalid response: .*recommend/m);
    expect(r.err).not.toMatch(/^r\.csv:2:/m);
  });

  it('a wrong type in English questionnaire data (JSON Lines)', () => {
    const d = folder({
      'r.jsonl': '{"format":"survey-response/1","survey":"course_evaluation","answers":{"clear":"very"}}\n',
    });
    const r = analyze(en, ['r.jsonl'], d);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^r\.jsonl:1: invalid response: .*clear/m);
  });

  it('empty files: a data error (exit 1) in every format, one line naming the file', () => {
    const d = folder({ 'e.csv': '', 'e.jsonl': '', 'e.json': '', 'e.xlsx': '', 'e.parquet': '', 'blank.csv': '\n\n' });
    for (const [f, code] of [
      ['e.csv', 1],
      ['blank.csv', 1],
      ['e.jsonl', 1],
      ['e.json', 1],
      ['e.xlsx', 1],
      ['e.parquet', 1],
    ] as const) {
      const r = analyze(zh, [f], d);
      expect(r.code, `${f}: ${r.err}`).toBe(code);
      expect(r.err.trim().split('\n'), f).toHaveLength(1);
      expect(r.err, f).toContain(f);
    }
  });

  it('garbage in a known format: one line naming the file', () => {
    const d = folder({ 'g.xlsx': 'not a zip', 'g.parquet': 'not parquet', 'g.json': '{"format": ' });
    for (const f of ['g.xlsx', 'g.parquet', 'g.json']) {
      const r = analyze(zh, [f], d);
      expect([1, 2], `${f}: ${r.err}`).toContain(r.code);
      expect(r.err, f).toContain(f);
    }
  });

  it('a half-written last CSV line (open quote or missing cells) is an invalid row with its line, exit 1', () => {
    const d = folder({
      'q.csv': 'experience,recommend,displeased\n5,10,\n2,3,"deliv',
      'c.csv': 'experience,recommend,displeased\r\n5,10,\r\n4',
    });
    const q = analyze(zh, ['q.csv'], d);
    expect(q.code).toBe(1);
    expect(q.err).toMatch(/^q\.csv:3: invalid response: the file ends inside a quoted cell/m);
    const c = analyze(zh, ['c.csv'], d);
    expect(c.code).toBe(1);
    expect(c.err).toMatch(/^c\.csv:3: invalid response: the row has 1 cells but the header has 3 columns/m);
  });

  it('a half-written last JSON line is an invalid row with its line', () => {
    const ok = '{"format":"survey-response/1","survey":"instant_feedback","answers":{"experience":5,"recommend":10}}';
    const d = folder({ 'r.jsonl': `${ok}\n${ok.slice(0, 40)}` });
    const r = analyze(zh, ['r.jsonl'], d);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^r\.jsonl:2: invalid response: not valid JSON/m);
  });

  it('a JSON file too large to read at once: exit 2, says to use JSON Lines', () => {
    const d = folder();
    sparse(join(d, 'big.json'), '[', 600 * 1024 * 1024);
    const r = analyze(zh, ['big.json'], d);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^survey: error: big\.json: .*JSON Lines/);
  });

  it('a line or cell longer than any response (an open quote, a binary file): one line with file and row, not a crash', () => {
    const d = folder();
    sparse(join(d, 'q.csv'), 'experience,recommend,displeased\n5,10,\n4,"', 40 * 1024 * 1024);
    const q = analyze(zh, ['q.csv'], d);
    expect(q.code, q.err).toBe(1);
    expect(q.err).toMatch(/^survey: error: q\.csv:3: .*MB/m);
    sparse(join(d, 'l.jsonl'), '{"format":"survey-response/1"}\n{"answers":"', 40 * 1024 * 1024);
    const l = analyze(zh, ['l.jsonl'], d);
    expect(l.code, l.err).toBe(1);
    expect(l.err).toMatch(/^survey: error: l\.jsonl:2: .*MB/m);
  });
});
