// The CLI contract, tested by running the real bundled binary as CI would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const bin = join(root, 'packages/cli/bin/survey.js');

function run(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
const broken = 'survey broken {\n  languages zh\n  title "未闭合\n  rating q "满意度" on nope\n  mode onlin\n}\n';
const warnOnly = 'survey w {\n  languages zh\n  mode onlin\n}\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'survey-cli-'));
  // The inputs are minimal surveys: the intro and confidentiality checks are off.
  const minimal = { SVY6001: 'off', SVY6002: 'off' };
  writeFileSync(join(dir, 'survey.config.json'), JSON.stringify({ rules: minimal }));
  writeFileSync(join(dir, 'broken.survey'), broken);
  mkdirSync(join(dir, 'warn'));
  writeFileSync(join(dir, 'warn/w.survey'), warnOnly);
  writeFileSync(join(dir, 'warn/survey.config.json'), JSON.stringify({ rules: { ...minimal, SVY2022: 'warning' } }));
});

describe('survey check', () => {
  it('exits 0 on the examples', () => {
    const r = run(['check', 'examples']);
    expect(r.stderr).toMatch(/files checked: 0 errors/);
    expect(r.code).toBe(0);
  });

  it('prints file:line:col severity CODE message with a code frame and exits 1 on errors', () => {
    const r = run(['check', 'broken.survey'], dir);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('broken.survey:3:9 error SVY1002 Unterminated string: add the closing quote " on the same line.');
    expect(lines[1]).toBe('3 |   title "未闭合');
    expect(lines[2]).toBe('  |         ^^^^^^^'); // CJK characters are two columns wide
    expect(r.stdout).toContain("broken.survey:4:21 error SVY2002 Unknown scale 'nope'.");
    expect(r.stdout).toContain("broken.survey:5:8 error SVY2022 Unknown mode 'onlin'");
  });

  it('--format json gives file, range, severity, code, category, message', () => {
    const r = run(['check', '--format', 'json', 'broken.survey'], dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out[0]).toEqual({
      file: 'broken.survey',
      range: { start: { line: 3, column: 9, offset: 39 }, end: { line: 3, column: 13, offset: 43 } },
      severity: 'error',
      code: 'SVY1002',
      category: 'syntax',
      message: 'Unterminated string: add the closing quote " on the same line.',
    });
    expect(out.map((d: { code: string }) => d.code)).toEqual(['SVY1002', 'SVY2002', 'SVY2022']);
  });

  it('--format sarif gives SARIF 2.1.0 with rules and regions', () => {
    const r = run(['check', '--format', 'sarif', 'broken.survey'], dir);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    const run0 = sarif.runs[0];
    expect(run0.tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(['SVY1002', 'SVY2002', 'SVY2022']);
    expect(run0.tool.driver.rules.map((x: { properties: { tags: string[] } }) => x.properties.tags)).toEqual([
      ['syntax'],
      ['structure'],
      ['structure'],
    ]);
    expect(run0.results[1]).toMatchObject({
      ruleId: 'SVY2002',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'broken.survey' }, region: { startLine: 4, startColumn: 21 } } }],
    });
  });

  it('--max-warnings turns warnings into a failure; --quiet hides them', () => {
    expect(run(['check', 'warn'], dir).code).toBe(0);
    const strict = run(['check', '--max-warnings', '0', 'warn'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('Too many warnings: 1 (--max-warnings 0).');
    expect(run(['check', '--quiet', 'warn'], dir).stdout).toBe('');
  });

  it('checks every .survey under the current folder by default', () => {
    const r = run(['check'], join(dir, 'warn'));
    expect(r.stderr).toContain('1 file checked: 0 errors, 1 warning');
  });
});

describe('usage and I/O errors exit 2 with one line', () => {
  it.each([
    [['check', 'missing.survey'], "survey: error: Cannot read 'missing.survey': no such file or directory."],
    [
      ['check', '--format', 'xml', 'broken.survey'],
      "survey: error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are text, json, sarif.",
    ],
    [['check', '--bogus'], "survey: error: unknown option '--bogus'"],
    [['check', '--max-warnings', 'many', 'broken.survey'], "survey: error: --max-warnings takes a whole number ≥ 0, not 'many'."],
    [['frobnicate'], "survey: error: unknown command 'frobnicate'"],
    [['check', 'nothing/**/*.survey'], "survey: error: No .survey files match 'nothing/**/*.survey'."],
  ])('%j', (args, message) => {
    const r = run(args as string[], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')[0]).toBe(message);
    expect(r.stderr).not.toMatch(/\bat .*\.m?js:\d+/);
  });
});

describe('help and version', () => {
  it('prints the version and exits 0', () => {
    const r = run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it('prints help for the program and each command', () => {
    const top = run(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/check \[options\] \[paths\.\.\.\]/);
    for (const cmd of ['check', 'build', 'fmt']) {
      const r = run([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: survey ${cmd}`);
    }
  });
});
