// Surveys with screen-outs on the set-based path: a response that did not end as
// complete is sorted row by row (counted per screen-out, or invalid), every complete one
// is loaded by SQL; the result equals the row-by-row reference byte for byte.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFile } from '@survey/compiler';
import { analyze, surveyInputOf } from '../src/index.ts';
import { root, tempFiles } from './helpers/survey.ts';

const input = surveyInputOf(compileFile(join(root, 'packages/emitters/test/fixtures/flow.survey')));
const header =
  'responseId,outcome,screenout,end,order.service,order.brands,customer,age,overall,staff,speed,setting,comments,bought_a,bought_b,bought_c';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const rows = [
  `${id(1)},complete,,happy,overall;staff;speed;setting;comments,brand_b;brand_a;brand_c,yes,30,5,4,4,5,很好,yes,no,no`,
  `${id(2)},complete,,sorry,overall;setting;speed;staff;comments,brand_c;brand_a;brand_b,yes,41,1,2,2,1,,no,no,yes`,
  `${id(3)},screenout,not_customer,,,,no,25,,,,,,,,`,
  `${id(4)},screenout,minor,,,,yes,16,,,,,,,,`,
  `${id(5)}, screenout ,minor,,,,yes,15,,,,,,,,`,
  `${id(6)},screenout,nobody,,,,no,33,,,,,,,,`, // invalid: no such screen-out
  `${id(7)},,,,,,yes,52,4,4,4,4,,no,yes,no`, // no outcome: complete
  `${id(8)},finished,,,,,yes,52,4,4,4,4,,no,yes,no`, // an outcome the schema does not know
  `${id(9)},complete,,happy,overall;staff;speed;setting;comments,brand_a;brand_b;brand_c,no,60,3,3,4,2,一般 ok,no,yes,yes`,
];

describe('screen-outs on the set-based path / 甄别问卷走集合路径', () => {
  it('equals the row-by-row path and reads the file set-based', async () => {
    const file = join(tempFiles({ 'r.csv': `${header}\n${rows.join('\n')}\n` }), 'r.csv');
    const paths: string[] = [];
    const set = await analyze(input, { responses: [file], trace: (_f, p, why) => paths.push(why ? `${p}: ${why}` : p) });
    const ref = await analyze(input, { responses: [file], rowByRow: true });
    expect(JSON.stringify(set, null, 1)).toBe(JSON.stringify(ref, null, 1));
    expect(paths).toEqual(['set-based']);
    expect(set.counts).toMatchObject({ received: 9, screenedOut: 3 });
    expect(set.counts.analysed).toBeGreaterThan(2);
  });
});
