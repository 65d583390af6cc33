// The README's first set-up line runs on a fresh clone: after `npm ci`, its survey
// commands exit 0 through the bundled CLI and write the report the README says to open.
// Output goes to a temp folder (the `--out` values are redirected), not into the repo.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const setup = readme.slice(readme.indexOf('## Set-up'));
const firstLine = /```sh\n([^\n]+)\n/.exec(setup)![1];
const tmp = mkdtempSync(join(tmpdir(), 'survey-readme-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `npx survey build examples --out dist/report` → the CLI's arguments with dist/ moved into tmp. */
function surveyArgs(command: string): string[] {
  const args = command.trim().split(/\s+/).slice(2);
  const out = args.indexOf('--out');
  if (out >= 0) args[out + 1] = join(tmp, args[out + 1]);
  else args.push('--out', join(tmp, 'dist'));
  return args;
}

describe('README set-up', () => {
  it('is one line: npm ci, then survey commands that build the examples and analyse one', () => {
    const parts = firstLine.split(' && ');
    expect(parts[0]).toBe('npm ci');
    expect(parts.slice(1).every((p) => p.startsWith('npx survey '))).toBe(true);
    expect(parts.some((p) => p.startsWith('npx survey analyze '))).toBe(true);
  });
  it('its survey commands exit 0 and write the report the README says to open', () => {
    for (const part of firstLine.split(' && ').slice(1))
      execFileSync(process.execPath, [join(root, 'packages/cli/bin/survey.js'), ...surveyArgs(part)], { cwd: root, stdio: 'pipe' });
    const open = /Open\s+\*\*`([^`]+\.report\.html)`\*\*/.exec(setup)![1];
    const report = join(tmp, open);
    expect(existsSync(report), report).toBe(true);
    const html = readFileSync(report, 'utf8');
    expect(html).toContain('<svg');
    expect(html).toContain('购物体验即时评价');
    expect(existsSync(join(tmp, 'dist/instant_feedback.html'))).toBe(true);
  });
});
