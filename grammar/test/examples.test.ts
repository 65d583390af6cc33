// Every questionnaire in examples/ must parse without a single diagnostic: they are the
// reference texts of the language (docs, README, tests of the other packages).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@survey/syntax';

const root = fileURLToPath(new URL('../..', import.meta.url));
const examplesDir = join(root, 'examples');

function surveyFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? surveyFiles(join(dir, e.name)) : e.name.endsWith('.survey') ? [join(dir, e.name)] : [],
  );
}

const files = surveyFiles(examplesDir).sort();

describe('examples', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
  });

  it.each(files.map((f) => relative(root, f)))('%s parses with no diagnostics', (rel) => {
    const text = readFileSync(join(root, rel), 'utf8');
    const result = parse(text);
    const shown = result.diagnostics.map((d) => {
      const p = result.lineMap.position(d.range.start);
      return `${rel}:${p.line + 1}:${p.character + 1} ${d.code} ${d.message}`;
    });
    expect(shown).toEqual([]);
  });

  it.each(files.filter((f) => !f.includes(`${join('examples', 'shared')}`)).map((f) => relative(root, f)))(
    '%s declares one survey with an intro and a confidentiality statement',
    (rel) => {
      const { ast } = parse(readFileSync(join(root, rel), 'utf8'));
      expect(ast.surveys).toHaveLength(1);
      const keys = new Set(ast.surveys[0].members.flatMap((m) => (m.kind === 'Header' ? [m.key] : [])));
      expect(keys.has('intro'), 'intro').toBe(true);
      expect(keys.has('confidentiality'), 'confidentiality').toBe(true);
    },
  );
});
