// Repeat groups in the LimeSurvey export, which has none: LimeSurvey's convention is a
// copy of the group's questions per possible instance, shown only while that instance
// exists. Proven on the emitters' household fixture (members counted by an answer with
// a job loop nested in each, a loop over chosen brands, three visits) and the
// household-listing example: the relevance equations in the .lss, and the round trip
// through our LimeSurvey importer, compared field by field with the copies (the groups
// themselves do not come back: that part of the round trip is lossy, and noted).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentOf, exportSurvey } from '../src/index.ts';
import { expandRosters } from '../src/export/lss/copies.ts';
import { Notes } from '../src/export/notes.ts';
import { compiled, importClean, repoRoot } from './helpers.ts';
import { asLimeSurveyNames, lssCarriesNot } from './lss-roundtrip.ts';
import { compareSurveys, type FieldDiff } from './roundtrip.ts';

const household = join(repoRoot, 'packages/emitters/test/roster/household.survey');
const listing = join(repoRoot, 'examples/household-listing/household.survey');

/** The question rows of an .lss: code → relevance. */
const relevanceOf = (xml: string) =>
  new Map(
    [
      ...xml.matchAll(
        /<row>\s*<qid>[\s\S]*?<title><!\[CDATA\[(\w+)\]\]><\/title>[\s\S]*?<relevance><!\[CDATA\[([\s\S]*?)\]\]><\/relevance>/g,
      ),
    ].map((m) => [m[1], m[2]]),
  );

const tally = { fields: 0, exact: 0 };

describe('repeat groups in the LimeSurvey export', () => {
  it('writes a copy per instance with relevance on the count, the chosen option and the enclosing instance', async () => {
    const doc = compiled(household);
    const { files, notes } = await exportSurvey(doc, ['lss']);
    const xml = files[0].contents as string;
    const rel = relevanceOf(xml);
    // Members: 4 copies (size has max 4), copy i shown when size >= i.
    expect(rel.get('name1')).toBe('!is_empty(size.NAOK) and size.NAOK >= 1');
    expect(rel.get('name4')).toBe('!is_empty(size.NAOK) and size.NAOK >= 4');
    expect(rel.has('name5')).toBe(false);
    // The member's own age decides their jobs question; the job loop's copies follow the member's jobs.
    expect(rel.get('jobs2')).toBe('!is_empty(size.NAOK) and size.NAOK >= 2 and !is_empty(age2.NAOK) and age2.NAOK >= 16');
    expect(rel.get('hours2Own')).toBe('!is_empty(size.NAOK) and size.NAOK >= 2 and jobs2_own.NAOK == "Y"');
    // Pipes read the same copy, and the loop's option is its label.
    expect(xml).toContain('{name2.shown}每周做“自营”多少小时?');
    expect(xml).toContain('How many hours a week does {name2.shown} work as “Self-employed”?');
    // Visits: three copies, always shown; the position piped as a number.
    expect(rel.get('visited3')).toBe('1');
    expect(notes.map((n) => `${n.element}: ${n.message}`)).toEqual(
      expect.arrayContaining([
        "members: repeat group 'members' is exported as 4 copies of its questions (LimeSurvey has no repeat groups), each shown when its instance exists; the response has one column per copy.",
        "job_loop: repeat group 'job_loop' allows at most 2 of jobs's options: the LimeSurvey copies are shown for every option chosen.",
      ]),
    );
  });

  it.each([
    ['household fixture', household],
    ['household-listing example', listing],
  ])('%s: the copies come back through the LimeSurvey importer', async (_name, path) => {
    const doc = compiled(path);
    const { files } = await exportSurvey(doc, ['lss']);
    const { result, text } = await importClean(files[0].fileName, files[0].contents as string, 'lss');
    const back = documentOf(result);
    expect(back.rosters ?? []).toEqual([]);
    // A file upload comes back as a file question (the listing's photo).
    if (path === listing) expect(text).toMatch(/file photo "/);
    const expected = asLimeSurveyNames(expandRosters(doc, new Notes('lss')));
    const { fields, diffs } = compareSurveys(expected, back);
    tally.fields += fields;
    tally.exact += fields - diffs.length;
    // Besides what LimeSurvey never carries: calculated values (and what reads or pipes them,
    // reads a group from outside or counts its instances), locations and signatures — each
    // noted by the export.
    const kindOf = new Map(expected.sections.flatMap((s) => s.questions.map((q) => [q.id, q.kind])));
    const unexported = (ids: unknown) => (ids as string[]).filter((id) => !['geopoint', 'signature'].includes(kindOf.get(id) ?? ''));
    const noted = (d: FieldDiff) =>
      d.field === 'calculated values' ||
      (d.field === 'question ids' && JSON.stringify(unexported(d.before)) === JSON.stringify(unexported(d.after))) ||
      (d.field === 'when' && /"type":"(calc|roster|instances)"/.test(JSON.stringify(d.before))) ||
      (d.field === 'text' && /\{(crowding|oldest|children|household_income)\}/.test(JSON.stringify(d.before)));
    expect(diffs.filter((d) => !lssCarriesNot(d) && !noted(d)).map((d) => JSON.stringify(d).slice(0, 300))).toEqual([]);
  });

  it('prints the share of fields of the copies that come back exactly', () => {
    expect(tally.fields).toBeGreaterThan(0);
    console.log(
      `lss repeats (as copies): ${tally.exact}/${tally.fields} fields exact (${((100 * tally.exact) / tally.fields).toFixed(1)}%)`,
    );
  });
});
