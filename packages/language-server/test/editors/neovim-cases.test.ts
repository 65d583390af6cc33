// Headless Neovim's LSP client on the two cases users met first in real editors
// (issue 15): a `git:` document ("Open Changes") must not get false import errors,
// and Format Document with the editor's own tab settings (tabs, width 8) must give
// byte for byte what `survey fmt` gives, so a file formatted in the editor passes
// `survey fmt --check` in CI.
import { beforeAll, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, root, serverPath } from '../../../../testing/bundles.ts';
import { prepareExample, requireEditor } from './setup.ts';

beforeAll(() => ensureBuilt());

/** The example with its indentation spoilt: tabs, odd widths, trailing spaces. */
function spoil(text: string): string {
  return text
    .replace(/^ {2}(title|languages) /gm, '\t   $1 ')
    .replace(/^ {4}(number|choice|single) /gm, '\t\t$1 ')
    .replace(/^( {4}min 0 max 12.*)$/m, '$1   ');
}

it('Neovim: a git: document resolves its imports, and Format Document equals survey fmt (en, shared import)', () => {
  const version = requireEditor('nvim', 'neovim');
  const ex = prepareExample(['course-evaluation/course.survey', 'shared/scales.survey'], ['on agree5', 'on agree6'], /matrix (battery) /);
  const spoilt = spoil(readFileSync(ex.file, 'utf8'));
  expect(spoilt).toContain('\t');
  writeFileSync(ex.file, spoilt);
  // What CI's `survey fmt` makes of the same bytes.
  const expected = join(ex.dir, 'expected.survey');
  copyFileSync(ex.file, expected);
  const fmt = spawnSync(process.execPath, [join(root, 'packages/cli/bin/survey.js'), 'fmt', expected], { encoding: 'utf8' });
  expect(fmt.status, fmt.stderr).toBe(0);
  const out = join(ex.dir, 'nvim.json');
  // VS Code's git extension: git:/path?{"path":…,"ref":"HEAD"}; Neovim keeps a buffer name as the URI only with `scheme:///`.
  const gitUri = `git://${ex.file}?${encodeURIComponent(JSON.stringify({ path: ex.file, ref: 'HEAD' }))}`;
  try {
    const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-c', `luafile ${join(import.meta.dirname, 'neovim-cases.lua')}`], {
      env: { ...process.env, SURVEY_SERVER: serverPath, SURVEY_FILE: ex.file, SURVEY_GIT_URI: gitUri, SURVEY_OUT: out },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status, `${version}\n${r.stdout}\n${r.stderr}`).toBe(0);
    const seen = JSON.parse(readFileSync(out, 'utf8'));
    expect(seen.git_uri).toBe(gitUri);
    // Only the deliberate mistake: the shared scales (agree5, …) were found through the import.
    expect(seen.git_diagnostics.map((d: { code: string }) => d.code)).toEqual(['SVY2002']);
    expect(seen.git_diagnostics[0].message).toContain("Unknown scale 'agree6'");
    expect(seen.format_error).toBeUndefined();
    expect(seen.edits).toBeGreaterThan(0);
    expect(seen.formatted).toBe(readFileSync(expected, 'utf8'));
    console.log(`${version}: git: document clean of import errors; formatting with tabs of 8 gave survey fmt's bytes`);
  } finally {
    rmSync(ex.dir, { recursive: true, force: true });
  }
});
