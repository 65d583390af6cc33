// Headless Neovim's built-in LSP client against the bundled server, on the Chinese
// CRM example: it must receive the diagnostics and a hover.
import { beforeAll, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, serverPath } from '../../../../testing/bundles.ts';
import { prepareExample, requireEditor } from './setup.ts';

beforeAll(() => ensureBuilt());

it('Neovim sees the diagnostics and a hover on the CRM example (zh/en)', () => {
  const version = requireEditor('nvim', 'neovim');
  const ex = prepareExample(['crm-satisfaction/crm.survey'], ['on sat5', 'on sat6'], /rating (overall) /);
  const out = join(ex.dir, 'nvim.json');
  try {
    const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-c', `luafile ${join(import.meta.dirname, 'neovim.lua')}`], {
      env: {
        ...process.env,
        SURVEY_SERVER: serverPath,
        SURVEY_FILE: ex.file,
        SURVEY_OUT: out,
        SURVEY_LINE: String(ex.line),
        SURVEY_COL: String(ex.col),
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status, `${version}\n${r.stdout}\n${r.stderr}`).toBe(0);
    const seen = JSON.parse(readFileSync(out, 'utf8'));
    console.log(
      `${version}: diagnostics after ${Math.round(seen.diagnostics_ms)} ms (server start included), hover in ${seen.hover_ms.toFixed(1)} ms`,
    );
    expect(seen.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'SVY2002', message: expect.stringContaining("Unknown scale 'sat6'") }),
    );
    expect(seen.hover).toContain('rating `overall`');
    expect(seen.hover).toContain('`zh` 您对目前使用的 CRM 系统的总体满意度如何?');
    expect(seen.hover).toContain('`en` Overall, how satisfied are you with your current CRM system?');
    expect(seen.definition).toEqual({ line: ex.line, character: ex.col });
  } finally {
    rmSync(ex.dir, { recursive: true, force: true });
  }
});
