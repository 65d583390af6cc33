// Emacs eglot in --batch against the bundled server, on the English course example
// that imports the shared scales: it must receive the diagnostics and a hover.
// Debian 12 ships Emacs 28, whose eglot comes from the elpa-eglot package.
import { beforeAll, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, serverPath } from '../../../../testing/bundles.ts';
import { prepareExample, requireEditor } from './setup.ts';

beforeAll(() => ensureBuilt());

it('Emacs eglot sees the diagnostics and a hover on the course example (en, shared import)', () => {
  const version = requireEditor('emacs', 'emacs-nox elpa-eglot');
  const ex = prepareExample(['course-evaluation/course.survey', 'shared/scales.survey'], ['on agree5', 'on agree6'], /matrix (battery) /);
  const out = join(ex.dir, 'emacs.json');
  try {
    const r = spawnSync('emacs', ['-Q', '--batch', '-l', join(import.meta.dirname, 'eglot.el')], {
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
    expect(seen.diagnostics).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/SVY2002.*Unknown scale 'agree6'/) }));
    expect(seen.hover).toContain('matrix `battery`');
    expect(seen.hover).toContain('How much do you agree with each statement about this course?');
  } finally {
    rmSync(ex.dir, { recursive: true, force: true });
  }
});
