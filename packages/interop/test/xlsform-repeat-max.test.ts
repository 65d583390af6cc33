// A repeat group's `max` through XLSForm, which has no maximum column: our export caps
// the repeat_count with ODK's `if(count > N, N, count)` only when `max` is tighter than
// what the count implies (the number question's `max`, the loop's options), and the
// importer reads that back — and a hand-written `min(count, N)` — as `max N`. ODK's
// engine runs the capped count (test/browser/xform-engine.test.ts).
import { describe, expect, it } from 'vitest';
import { compileText } from '@survey/compiler';
import { documentOf, exportSurvey } from '../src/index.ts';
import { SurveyIndex } from '../src/model.ts';
import { Notes } from '../src/export/notes.ts';
import { xlsformOf } from '../src/export/xlsform/rows.ts';
import { cappedCount } from '../src/import/xlsform/repeat-count.ts';
import { importClean } from './helpers.ts';
import { tripsSurvey } from './fixtures/trips.ts';

function docOf(text: string) {
  const result = compileText(text);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return documentOf(result);
}

const counts = (text: string) =>
  xlsformOf(new SurveyIndex(docOf(text)), new Notes('xlsform'))
    .survey.filter((r) => r.type === 'begin repeat')
    .map((r) => `${r.name}: ${r.repeat_count}`);

describe("a repeat group's max in XLSForm", () => {
  it('caps the count only where `max` is tighter than the count implies', () => {
    expect(counts(tripsSurvey('max 20', 'max 2'))).toEqual([
      'trip: if(${n_trips} > 3, 3, ${n_trips})',
      'mode_loop: if(count-selected(${modes}) > 2, 2, count-selected(${modes}))',
    ]);
    // A number question bounded at 3 and a loop over three options imply the bound already.
    expect(counts(tripsSurvey('max 3', ''))).toEqual(['trip: ${n_trips}', 'mode_loop: count-selected(${modes})']);
  });

  it('comes back as `max` from the exported .xlsx, with the same bound in the compiled survey', async () => {
    const doc = docOf(tripsSurvey('max 20', 'max 2'));
    const { files } = await exportSurvey(doc, ['xlsform']);
    const { text, result } = await importClean(files[0].fileName, files[0].contents as Uint8Array);
    expect(text).toContain('repeat trip "出行" en: "Trip" for n_trips max 3 {');
    expect(text).toContain('repeat mode_loop "交通方式" en: "Transport" for each modes max 2 {');
    expect(documentOf(result).rosters?.map((r) => [r.id, r.max])).toEqual(doc.rosters?.map((r) => [r.id, r.max]));
  });

  it('reads a hand-written min(count, N) too, and leaves other expressions whole', async () => {
    expect(cappedCount('min(${n}, 5)')).toEqual({ count: '${n}', max: 5 });
    expect(cappedCount('min( 4 , count-selected( ${m} ) )')).toEqual({ count: 'count-selected( ${m} )', max: 4 });
    expect(cappedCount('if(${n} > 3, 4, ${n})')).toEqual({ count: 'if(${n} > 3, 4, ${n})' });
    expect(cappedCount('if(${n} > 3, 3, ${k})')).toEqual({ count: 'if(${n} > 3, 3, ${k})' });
    expect(cappedCount('min(${n}, 500)')).toEqual({ count: 'min(${n}, 500)' });
    const md = `| survey | | | | |
| | type | name | label | repeat_count |
| | integer | people | 家里有几口人? | |
| | begin repeat | person | 家庭成员 | min(\${people}, 6) |
| | text | person_name | 姓名 | |
| | end repeat | | | |
| | begin repeat | other | 其他 | if(\${people} > 3, 4, \${people}) |
| | text | other_name | 姓名 | |
| | end repeat | | | |
`;
    const { text, problems } = await importClean('people.md', md);
    expect(text).toContain('repeat person "家庭成员" for people max 6 {');
    expect(problems.map((p) => p.message)).toContainEqual(expect.stringContaining('a repeat without a count'));
  });
});
