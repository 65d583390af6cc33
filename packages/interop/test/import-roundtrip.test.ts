// Round trips: every example and fixture (Chinese and English) is exported to
// XLSForm and to SurveyJS, imported back, checked without errors, and compared
// structurally with the original. Fields a format cannot carry are listed here
// explicitly; everything else must survive exactly.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compileText } from '@survey/compiler';
import { checkFormatted } from 'prettier-plugin-survey';
import { documentOf, exportSurvey, importSurvey } from '../src/index.ts';
import { exampleSurveys as examples, compiled, fixture, repoRoot } from './helpers.ts';
import { compareSurveys, type FieldDiff } from './roundtrip.ts';

const sources = [
  fixture('clinic-zh.survey'),
  fixture('library-en.survey'),
  // Repeat groups (counted, nested loop, fixed) and a `let`; files, locations, signatures and image choices.
  `${repoRoot}packages/emitters/test/roster/household.survey`,
  `${repoRoot}packages/emitters/test/fixtures/answer-types.survey`,
  ...examples,
];

/** What each format cannot carry (documented in the package README). */
const expected: Record<string, (d: FieldDiff, source: string) => boolean> = {
  // XLSForm cannot randomise grid rows, and its rank questions rank every option.
  xlsform: (d) => (d.field === 'randomize' && d.kind === 'matrix') || (d.field === 'bounds' && d.kind === 'ranking'),
  // SurveyJS has no NPS kind: an nps question comes back as a rating on a 0..10 scale. Its
  // expressions cannot count a panel's instances under a condition (count(members where …),
  // sum(members.income)): the household-listing example loses those calculated values, the
  // condition that reads one, and the two questions that pipe them (reported on export).
  surveyjs: (d, source) =>
    (d.field === 'kind' && d.before === 'nps' && d.after === 'rating') ||
    (source.endsWith('household-listing/household.survey') && ['calculated values', 'question ids', 'when'].includes(d.field)),
};

const tally: Record<string, { fields: number; exact: number }> = {};

describe.each(['xlsform', 'surveyjs'] as const)('round trip through %s', (format) => {
  it.each(sources.map((s) => [s.slice(repoRoot.length)]))('%s', async (rel) => {
    const doc = compiled(join(repoRoot, rel));
    const { files } = await exportSurvey(doc, [format]);
    const imported = await importSurvey(files[0].fileName, files[0].contents as Uint8Array);
    expect(imported.errors).toEqual([]);
    expect(await checkFormatted(imported.text)).toBe(true);
    const result = compileText(imported.text);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const back = documentOf(result);
    const { fields, diffs } = compareSurveys(doc, back);
    const t = (tally[format] ??= { fields: 0, exact: 0 });
    t.fields += fields;
    t.exact += fields - diffs.length;
    expect(diffs.filter((d) => !expected[format](d, rel))).toEqual([]);
  });
});

describe('round-trip share', () => {
  it('prints the share of fields that come back exactly', () => {
    for (const [format, t] of Object.entries(tally))
      console.log(`${format}: ${t.exact}/${t.fields} fields exact (${((100 * t.exact) / t.fields).toFixed(1)}%)`);
  });
});
