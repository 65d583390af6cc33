// The CLI never reports success where there was none and never loses a file
// (issues 13 and 16), through the real bundled binary: unreadable inputs are I/O
// errors (exit 2, one line), files that are not UTF-8 are refused by every command
// and never rewritten, `build` fails whenever any input has errors or nothing to
// build, two surveys with one id are an error, and the reason for exit 1 is always
// on stderr.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const bin = join(root, 'packages/cli/bin/survey.js');

function run(args: string[], cwd: string, asUser?: string) {
  const cmd = asUser ? 'runuser' : process.execPath;
  const full = asUser ? ['-u', asUser, '--', process.execPath, bin, ...args] : [bin, ...args];
  const r = spawnSync(cmd, full, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const config = JSON.stringify({ rules: { SVY6001: 'off', SVY6002: 'off' } });
const zh = 'survey fb {\n  languages zh\n  title "满意度调查"\n  single q "您满意吗？" { y "满意"  n "不满意" }\n}\n';
const en = (id: string) => `survey ${id} {\n  languages en\n  title "Feedback"\n  yesno q "Did it arrive on time?"\n}\n`;

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'survey-contract-'));
  writeFileSync(join(dir, 'survey.config.json'), config);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function oneLine(r: { code: number | null; stderr: string; stdout: string }, message: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/^survey: error: /);
  expect(r.stderr).toMatch(message);
}

describe('a file that exists but cannot be read is an I/O error: exit 2, one line', () => {
  it.each(['check', 'build', 'fmt'])('%s: a directory named x.survey, given or met in a folder', (cmd) => {
    const dir = folder({ 'ok.survey': en('a') });
    mkdirSync(join(dir, 'x.survey'));
    oneLine(run([cmd, 'x.survey'], dir), /Cannot read 'x.survey': it is a directory/);
    oneLine(run([cmd, '.'], dir), /Cannot read 'x.survey': it is a directory/);
    oneLine(run([cmd, '*.survey'], dir), /Cannot read 'x.survey': it is a directory/);
  });

  it.each(['check', 'build', 'fmt'])('%s: a broken symbolic link, given or met in a folder', (cmd) => {
    const dir = folder({ 'ok.survey': en('a') });
    symlinkSync(join(dir, 'gone.survey'), join(dir, 'link.survey'));
    oneLine(run([cmd, 'link.survey'], dir), /Cannot read 'link.survey'/);
    oneLine(run([cmd, '.'], dir), /Cannot read 'link.survey': no such file \(or a broken symbolic link\)/);
  });

  it('a file without read permission (as an unprivileged user when the tests run as root)', () => {
    const dir = folder({ 'locked.survey': en('a') });
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'locked.survey'), 0o000);
    const asUser = process.getuid?.() === 0 ? 'nobody' : undefined;
    for (const cmd of ['check', 'build', 'fmt'])
      oneLine(
        run([cmd, 'locked.survey', ...(cmd === 'build' ? ['--out', 'dist'] : [])], dir, asUser),
        /Cannot read 'locked.survey': permission denied/,
      );
  });
});

describe('encodings: UTF-8 only, a BOM is accepted, anything else is refused and never rewritten', () => {
  const gbk = Buffer.concat([
    Buffer.from('survey fb {\n  languages zh\n  title "'),
    Buffer.from([0xc2, 0xfa, 0xd2, 0xe2]),
    Buffer.from('"\n}\n'),
  ]);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(zh, 'utf16le')]);
  const utf16NoMark = Buffer.from(zh, 'utf16le');
  const utf16be = Buffer.from(Buffer.from(zh, 'utf16le').swap16());

  it('a GBK file: check exits 1 with SVY1007 at the first bad byte', () => {
    const r = run(['check', 'gbk.survey'], folder({ 'gbk.survey': gbk }));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('gbk.survey:3:10 error SVY1007 This file is not valid UTF-8');
    expect(r.stdout).not.toContain('\uFFFD');
  });

  it.each([
    ['UTF-16 with its mark', utf16, 'little-endian'],
    ['UTF-16 without a mark', utf16NoMark, 'little-endian'],
    ['UTF-16 big-endian', utf16be, 'big-endian'],
  ])('%s: refused with one diagnostic, not a flood of syntax errors', (_, bytes, endian) => {
    const r = run(['check', '--format', 'json', 'u.survey'], folder({ 'u.survey': bytes }));
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.map((d: { code: string }) => d.code)).toEqual(['SVY1007']);
    expect(out[0].message).toContain(`UTF-16 (${endian})`);
  });

  it('fmt refuses the file, exits 1 and leaves every byte as it was', () => {
    for (const bytes of [gbk, utf16]) {
      const dir = folder({ 'x.survey': bytes });
      const r = run(['fmt', 'x.survey'], dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^x\.survey:\d+:\d+ error SVY1007 /);
      expect(r.stdout).not.toContain('formatted');
      expect(readFileSync(join(dir, 'x.survey')).equals(bytes)).toBe(true);
    }
  });

  it('build refuses it and writes nothing', () => {
    const dir = folder({ 'gbk.survey': gbk });
    const r = run(['build', 'gbk.survey', '--out', 'dist'], dir);
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });

  it('an import that is not UTF-8 is reported on that file, not as a missing import', () => {
    const dir = folder({ 'main.survey': 'import "shared.survey"\n' + en('m'), 'shared.survey': gbk });
    const r = run(['check', '--format', 'json', 'main.survey'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).map((d: { file: string; code: string }) => `${d.file} ${d.code}`)).toEqual(['shared.survey SVY1007']);
  });

  it('a UTF-8 byte order mark is accepted and its text is checked and built as usual', () => {
    const dir = folder({ 'bom.survey': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(zh)]) });
    expect(run(['check', 'bom.survey'], dir).code).toBe(0);
    expect(run(['build', 'bom.survey', '--out', 'dist'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'dist/fb.survey.json'), 'utf8')).toContain('满意度调查');
  });
});

describe('build fails whenever any input has errors or yields nothing to build', () => {
  it.each([
    ['a typo in the survey keyword', 'surve fb {\n  title "x"\n}\n'],
    ['binary garbage', Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x80, 0x81, 0x00, 0x7f, 0xc3])],
    ['an empty file', ''],
    ['only a comment', '// nothing here\n'],
  ])('%s: exit 1, "Build failed", no "Built 0 files"', (_, bytes) => {
    const dir = folder({ 'x.survey': bytes });
    const r = run(['build', 'x.survey', '--out', 'dist'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Build failed');
    expect(r.stderr).not.toContain('Built 0 files');
  });

  it('a shared file with an error fails the build even though the survey beside it is fine', () => {
    const dir = folder({ 'a.survey': en('a'), 'shared.survey': 'scale s 1..5 {\n  1 "x"\n  1 "y"\n}\n' });
    const r = run(['build', '.', '--out', 'dist'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Build failed: 4 files written into dist.');
  });
});

describe('two surveys with the same id in one run', () => {
  it('is an error in check and build, the later one is not built and only files written are counted', () => {
    const dir = folder({ 'a/one.survey': en('feedback'), 'b/two.survey': en('feedback'), 'c/three.survey': en('Feedback') });
    const check = run(['check', '--format', 'json', '.'], dir);
    expect(check.code).toBe(1);
    expect(JSON.parse(check.stdout).map((d: { file: string; code: string }) => `${d.file} ${d.code}`)).toEqual([
      'b/two.survey SVY2024',
      'c/three.survey SVY2024',
    ]);
    const r = run(['build', '.', '--out', 'dist'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Survey id 'feedback' is also used by 'feedback' in one.survey");
    expect(readdirSync(join(dir, 'dist'))).toHaveLength(4);
    expect(r.stderr).toContain('2 surveys not built because of errors; 4 files written into dist.');
  });
});

describe('the reason for exit 1 is always said', () => {
  const warn = 'survey w {\n  languages en\n  title "Do you like it a lot?"\n  yesno q "Do you always shop here?"\n}\n';

  it('-q with --max-warnings names the warnings that made the run fail', () => {
    const dir = folder({ 'w.survey': warn });
    const r = run(['check', '-q', '--max-warnings', '0', 'w.survey'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Too many warnings: \d+ \(--max-warnings 0\)\./);
    expect(r.stderr).toMatch(/^w\.survey:4:\d+ warning SVY\d{4} /m);
  });

  it.each(['json', 'sarif'])('--format %s: stdout stays machine-readable, the reason goes to stderr', (format) => {
    const dir = folder({ 'w.survey': warn, 'bad.survey': 'survey b {\n  languages en\n  mode onlin\n}\n' });
    const w = run(['check', '-f', format, '--max-warnings', '0', 'w.survey'], dir);
    expect(w.code).toBe(1);
    expect(() => JSON.parse(w.stdout)).not.toThrow();
    expect(w.stderr).toMatch(/Too many warnings/);
    const e = run(['check', '-f', format, 'bad.survey'], dir);
    expect(e.code).toBe(1);
    expect(e.stderr).toMatch(/1 file checked: 1 error/);
    const ok = run(['check', '-f', format, 'w.survey'], dir);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe('');
  });
});

describe('--submit-url', () => {
  const dir = folder({ 'a.survey': en('a') });
  it.each([
    ['https://user:pw@example.org/r', /user name or password/],
    ['https://example.org/r;script-src *', /contains/],
    ["https://example.org/r'", /contains/],
    ['https://example.org/a,b', /contains/],
    ['https://[', /not a valid absolute URL/],
    ['http://', /not a valid absolute URL/],
    ['ftp://example.org/', /must start with https/],
  ])('%s is refused with one line, never an internal error', (url, reason) => {
    oneLine(run(['build', 'a.survey', '--out', 'dist', '--submit-url', url], dir), reason);
  });

  it('plain http:// builds with a warning; localhost without one', () => {
    const r = run(['build', 'a.survey', '--out', 'dist', '--submit-url', 'http://example.org/r'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('survey: warning: --submit-url it uses plain http://');
    const local = run(['build', 'a.survey', '--out', 'dist', '--submit-url', 'http://localhost:8080/r'], dir);
    expect(local.code).toBe(0);
    expect(local.stderr).not.toContain('warning: --submit-url');
  });
});
