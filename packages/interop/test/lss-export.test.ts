// LimeSurvey .lss export, proven by importing it back through our LimeSurvey importer
// (which reads LimeSurvey's own exports, test/lss-import.test.ts and the corpus):
// every example and fixture, Chinese and English, comes back with the same
// questions, options, scales, rows, bounds and relevance — compared field by field
// after LimeSurvey's code rules (letters and digits; answer codes at most 5), whose
// renames the export reports. Well-formedness is checked by xmllint in test/xmllint/lss.test.ts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentOf, exportSurvey } from '../src/index.ts';
import { exampleSurveys as examples, compiled, fixture, importClean, repoRoot } from './helpers.ts';
import { asLimeSurveyNames, lssCarriesNot } from './lss-roundtrip.ts';
import { compareSurveys } from './roundtrip.ts';

const sources = [fixture('clinic-zh.survey'), fixture('library-en.survey'), ...examples];

const tally = { fields: 0, exact: 0 };

describe('LimeSurvey .lss export', () => {
  it.each(sources.map((s) => [s.slice(repoRoot.length)]))('%s round-trips through the LimeSurvey importer', async (rel) => {
    const doc = compiled(join(repoRoot, rel));
    const { files, notes } = await exportSurvey(doc, ['lss']);
    expect(files[0].fileName).toBe(`${doc.id}.lss`);
    expect(notes.every((n) => n.format === 'lss')).toBe(true);
    const back = documentOf((await importClean(files[0].fileName, files[0].contents as string, 'lss')).result);
    const { fields, diffs } = compareSurveys(asLimeSurveyNames(doc), back);
    tally.fields += fields;
    tally.exact += fields - diffs.length;
    expect(diffs.filter((d) => !lssCarriesNot(d))).toEqual([]);
  });

  it('prints the share of fields that come back exactly', () => {
    expect(tally.fields).toBeGreaterThan(0);
    console.log(`lss: ${tally.exact}/${tally.fields} fields exact (${((100 * tally.exact) / tally.fields).toFixed(1)}%)`);
  });
});
