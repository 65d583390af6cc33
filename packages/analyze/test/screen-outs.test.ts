// Screened-out responses (fixture flow.survey of the emitters, Chinese first): a CSV with
// an `outcome` and a `screenout` column; the screened-out rows are counted per screen-out,
// apart from invalid and excluded ones, and enter no estimate; the report says how many.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFile } from '@survey/compiler';
import { surveyInputOf } from '../src/index.ts';
import { renderReport } from '../src/report/index.ts';
import { root, run, tempFiles } from './helpers/survey.ts';

const compiled = compileFile(join(root, 'packages/emitters/test/fixtures/flow.survey'));
const input = surveyInputOf(compiled);

const header =
  'responseId,outcome,screenout,end,order.service,order.brands,customer,age,overall,staff,speed,setting,comments,bought_a,bought_b,bought_c\n';
const rows = [
  // complete: overall 5 and 1
  '00000000-0000-4000-8000-000000000001,complete,,happy,overall;staff;speed;setting;comments,brand_b;brand_a;brand_c,yes,30,5,4,4,5,很好,yes,no,no',
  '00000000-0000-4000-8000-000000000002,complete,,sorry,overall;setting;speed;staff;comments,brand_c;brand_a;brand_b,yes,41,1,2,2,1,,no,no,yes',
  // screened out: they answered only the screening questions (overall would be 1 if counted)
  '00000000-0000-4000-8000-000000000003,screenout,not_customer,,,,no,25,,,,,,,,',
  '00000000-0000-4000-8000-000000000004,screenout,minor,,,,yes,16,,,,,,,,',
  '00000000-0000-4000-8000-000000000005,screenout,minor,,,,yes,15,,,,,,,,',
  // invalid: a screen-out id that does not exist
  '00000000-0000-4000-8000-000000000006,screenout,nobody,,,,no,33,,,,,,,,',
  // without outcome: a complete response from another tool
  '00000000-0000-4000-8000-000000000007,,,,,,yes,52,4,4,4,4,,no,yes,no',
];

describe('screen-outs in survey analyze (CSV)', async () => {
  const dir = tempFiles({ 'responses.csv': header + rows.join('\n') + '\n' });
  const r = await run(input, [join(dir, 'responses.csv')]);

  it('counts screened-out responses per screen-out, apart from invalid ones, and analyses only completes', () => {
    expect(r.counts).toEqual({ received: 7, invalid: 1, excluded: 0, screenedOut: 3, analysed: 3 });
    expect(r.screenOuts).toEqual([
      { id: 'not_customer', count: 1 },
      { id: 'minor', count: 2 },
    ]);
    expect(r.invalid.map((x) => x.responseId ?? x.row)).toEqual(['00000000-0000-4000-8000-000000000006']);
  });

  it('keeps them out of the estimates', () => {
    const overall = r.items.find((i) => i.variable === 'overall')!;
    expect(overall.n).toBe(3);
    expect(overall.mean).toBeCloseTo((5 + 1 + 4) / 3, 12);
    const age = r.items.find((i) => i.variable === 'age');
    if (age) expect(age.n).toBe(3);
  });

  it('says how many were screened out in the report, in Chinese and English', () => {
    const md = (language: string) => renderReport(r, { format: 'md', language, charts: false })[0].contents;
    const zh = md('zh');
    expect(zh).toMatch(/甄别终止的答卷 \| 3/);
    expect(zh).toMatch(/甄别终止的答卷: minor \| 2/);
    const en = md('en');
    expect(en).toMatch(/Screened out \| 3/);
  });
});
