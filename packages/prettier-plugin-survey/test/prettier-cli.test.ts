// The real prettier CLI loading the bundled plugin (dist/index.mjs), as editors and
// `npx prettier --plugin prettier-plugin-survey` do.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from '@survey/syntax';
import { formatSurvey } from '../src/index.ts';
import { ensurePluginBuilt } from './build-plugin.ts';
import { exampleFiles, fixtureNames, fixturesDir, readFixture, repoRoot } from './helpers.ts';

const prettierBin = join(repoRoot, 'node_modules', 'prettier', 'bin', 'prettier.cjs');
let plugin = '';

function prettier(args: string[], input?: string) {
  // No config lookup: a repository .prettierrc must not change what these tests see.
  const result = spawnSync(process.execPath, [prettierBin, '--no-config', '--no-editorconfig', '--plugin', plugin, ...args], {
    cwd: repoRoot,
    input,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  plugin = await ensurePluginBuilt();
});

describe('prettier CLI with the bundled plugin', () => {
  it('formats stdin with --parser survey exactly like formatSurvey', async () => {
    const source = readFixture('layout.survey');
    const result = prettier(['--parser', 'survey'], source);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(await formatSurvey(source));
  });

  it('infers the parser from the .survey extension', () => {
    const dir = mkdtempSync(join(tmpdir(), 'survey-fmt-'));
    try {
      const file = join(dir, 'comments.survey');
      copyFileSync(join(fixturesDir, 'comments.survey'), file);
      const result = prettier(['--write', file]);
      expect(result.code).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(readFixture('comments.formatted.survey'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('passes --debug-check on every fixture and example', () => {
    const examples = exampleFiles().filter((f) => parse(readFileSync(join(repoRoot, f), 'utf8')).diagnostics.length === 0);
    const files = [...fixtureNames().map((n) => join(fixturesDir, n)), ...examples.map((f) => join(repoRoot, f))];
    const result = prettier(['--debug-check', ...files]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('--check accepts formatted files and flags unformatted ones', () => {
    expect(prettier(['--check', join(fixturesDir, 'layout.formatted.survey')]).code).toBe(0);
    expect(prettier(['--check', join(fixturesDir, 'layout.survey')]).code).toBe(1);
  });

  it('refuses input with syntax errors and says where', () => {
    const result = prettier(['--parser', 'survey'], 'survey s {\n  title "unterminated\n}\n');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('SVY1002');
    expect(result.stderr).toMatch(/\(2:9\)/);
  });
});
