// Extreme inputs through the real binary (issues 13 and 16): deep nesting is a
// diagnostic (SVY1008), never "internal error", and never hides the diagnostics of
// the other files; a 5 MB line prints a code frame of a few hundred characters.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const bin = join(root, 'packages/cli/bin/survey.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 1 << 28,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'survey-extreme-'));
  writeFileSync(join(dir, 'survey.config.json'), JSON.stringify({ rules: { SVY6001: 'off', SVY6002: 'off' } }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const withWhen = (id: string, when: string) =>
  `survey ${id} {\n  languages zh\n  title "调查"\n  yesno a "您来过吗？"\n  number n "您几岁？"\n  yesno b "您满意吗？" when ${when}\n}\n`;

describe('deep nesting', () => {
  it.each([
    ['parentheses', '('.repeat(5000) + 'a == yes' + ')'.repeat(5000)],
    ['not', 'not '.repeat(5000) + 'a == yes'],
    ['calls', 'mean('.repeat(3000) + 'n' + ')'.repeat(3000) + ' > 3'],
    ['a chain of and', Array.from({ length: 30000 }, () => 'a == yes').join(' and ')],
  ])('%s: SVY1008 in check and build, and the other file is still reported', (_, when) => {
    const dir = folder({ 'deep.survey': withWhen('deep', when), 'other.survey': 'survey other {\n  languages zh\n  mode onlin\n}\n' });
    const r = run(['check', '-f', 'json', '.'], dir);
    expect(r.stderr).not.toContain('internal error');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).map((d: { file: string; code: string }) => `${d.file} ${d.code}`)).toEqual([
      'deep.survey SVY1008',
      'other.survey SVY2022',
    ]);
    const b = run(['build', 'deep.survey', '--out', 'dist'], dir);
    expect(b.code).toBe(1);
    expect(b.stderr).toContain('SVY1008');
    expect(b.stderr).not.toContain('internal error');
  });

  it('expressions just under the limits check clean and build', () => {
    const when = '('.repeat(30) + Array.from({ length: 200 }, () => 'a == yes').join(' or ') + ')'.repeat(30);
    const dir = folder({ 'ok.survey': withWhen('ok', when) });
    expect(run(['check', 'ok.survey'], dir).code).toBe(0);
    expect(run(['build', 'ok.survey', '--out', 'dist'], dir).code).toBe(0);
  });
});

describe('code frames', () => {
  it('a 5 MB line prints a window around the range, not the line', () => {
    const long = 'x'.repeat(5_000_000);
    const dir = folder({ 'long.survey': `survey long {\n  languages en\n  title "${long}" mode onlin\n}\n` });
    const r = run(['check', 'long.survey'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout.length).toBeLessThan(5000);
    expect(r.stdout).toContain('SVY2044');
    const frame = r.stdout.split('\n').find((l) => l.startsWith('3 |') && l.endsWith('onlin'))!;
    expect(frame).toMatch(/^3 \| …x+" mode onlin$/);
    const marks = r.stdout.split('\n')[r.stdout.split('\n').indexOf(frame) + 1];
    expect(marks.indexOf('^')).toBe(frame.indexOf('onlin'));
  });

  it('short lines are printed whole, with CJK characters two columns wide', () => {
    const dir = folder({ 'w.survey': 'survey w {\n  languages zh\n  title "满意度调查" mode onlin\n}\n' });
    const r = run(['check', 'w.survey'], dir);
    expect(r.stdout).toContain('3 |   title "满意度调查" mode onlin\n  | ' + ' '.repeat(26) + '^^^^^\n');
  });
});

describe('sizes that would explode a build', () => {
  const huge = (scale: string) =>
    `survey big {\n  languages zh\n  title "调查"\n  scale s ${scale} anchored {\n    1 "最低"\n    5000000000 "最高"\n  }\n  rating q "您的收入水平?" on s\n  number n "来访次数?" min 0 max 99999999999999999999\n  text t "意见?" optional max 999999999\n}\n`;

  it('a 1..5000000000 scale, a 10^20 bound and a gigabyte text limit are errors; build stops at once and writes nothing', () => {
    const dir = folder({ 'big.survey': huge('1..5000000000') });
    const r = run(['check', '-f', 'json', 'big.survey'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).map((d: { code: string }) => d.code)).toEqual(['SVY2040', 'SVY2042', 'SVY2043']);
    const b = run(['build', 'big.survey', '--out', 'dist'], dir);
    expect(b.code).toBe(1);
    expect(b.stderr).toContain('SVY2040');
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });
});

describe('long Chinese texts', () => {
  it('a 300,000-character question is SVY2044, reported in a run that stays short (ICU segmenter windows)', () => {
    const long = '您对本次购物体验的满意度如何,请说明理由。'.repeat(15_000);
    const dir = folder({ 'long.survey': `survey long {\n  languages zh\n  title "调查"\n  text q "${long}" optional\n}\n` });
    const r = run(['check', '-f', 'json', 'long.survey'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).map((d: { code: string }) => d.code)).toContain('SVY2044');
  });
});
