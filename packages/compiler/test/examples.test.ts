// Every example in the repository checks clean: no errors and no warnings (a
// reasoned `survey-disable-next-line` is the only way to keep a warning out).
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFile } from '../src/index.ts';

const examples = join(__dirname, '../../../examples');

function surveyFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return surveyFiles(p);
    return name.endsWith('.survey') ? [p] : [];
  });
}

describe('examples', () => {
  const files = surveyFiles(examples);
  it('exist in both languages', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });
  for (const file of files) {
    it(`${relative(examples, file)} has no errors or warnings`, () => {
      const r = compileFile(file);
      const shown = r.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${relative(examples, d.file)} ${d.code} ${d.message}`);
      expect(shown).toEqual([]);
    });
  }
  it('each survey example declares at least one question, a title and its languages', () => {
    for (const file of files) {
      const r = compileFile(file);
      if (!r.survey) continue;
      expect(r.survey.questions.length, file).toBeGreaterThan(0);
      expect(r.survey.title, file).toBeDefined();
      expect(r.survey.languages.length, file).toBeGreaterThan(0);
    }
  });
});
