// docs/diagnostics.md is generated from the registry (scripts/gen-docs.mjs); this test
// fails when the committed file is not what the generator writes. Fix: `npm run docs`.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allDiagnosticDefs } from '../../src/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../../..');

describe('docs/diagnostics.md', () => {
  it('is what scripts/gen-docs.mjs generates from the registry (run `npm run docs`)', () => {
    const generated = execFileSync(process.execPath, [join(root, 'scripts/gen-docs.mjs'), '--stdout'], { cwd: root, encoding: 'utf8' });
    expect(readFileSync(join(root, 'docs/diagnostics.md'), 'utf8')).toBe(generated);
  });

  it('has an anchor for every code, as docUrl() links them (#svy1001)', () => {
    const text = readFileSync(join(root, 'docs/diagnostics.md'), 'utf8');
    for (const d of allDiagnosticDefs()) expect(text, d.code).toContain(`<a id="${d.code.toLowerCase()}"></a>`);
  });
});
