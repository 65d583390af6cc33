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

import { codes } from '../helpers.ts';
import { zhen } from './kit.ts';
import { methodologyRules } from '../../src/rules/methodology/index.ts';

/** Examples that need more context than a clean bilingual survey gives (a config flag, a whole survey, declarations they elide). */
const needsContext = new Set(['SVY5001', 'SVY5007', 'SVY5008', 'SVY6001', 'SVY6002', 'SVY6011', 'SVY6012']);

describe('methodology doc examples', () => {
  const wrap = (s: string) =>
    zhen(
      s
        .split('\n')
        .map((l) => '  ' + l)
        .join('\n')
        .replace(/…/g, 'x'),
    );
  for (const d of methodologyRules.flatMap((r) => r.diagnostics)) {
    it(`${d.code}: the bad example fires${needsContext.has(d.code) ? '' : ', the good one does not'}`, () => {
      expect(codes(wrap(d.docs.good ?? '')).filter((c) => c.includes(` ${d.code} `))).toEqual([]);
      if (!needsContext.has(d.code))
        expect(codes(wrap(d.docs.bad ?? '')).filter((c) => c.includes(` ${d.code} `)).length).toBeGreaterThan(0);
    });
  }
});
