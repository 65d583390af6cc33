// The set-based CSV path without listing the cells first: a file whose columns are all
// coded (ratings, NPS, single choice) is loaded in one scan that checks each cell's
// spelling (src/fast/cells.ts spelledSql; a CSV file's in the pass over its bytes,
// src/fast/spelling.ts, test/set-based-scan-spelling.test.ts); any other cell leaves its row to the
// row-by-row path, and a file with too many such rows is loaded again with its cells
// listed. Both give byte-identical results to the row-by-row reference.
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.ts';
import { codedInput } from './fixtures/coded.ts';
import { columnPlans, spelledSql, type ColumnPlan } from '../src/fast/cells.ts';
import { mapColumns } from '../src/load/columns.ts';
import { tempFiles } from './helpers/survey.ts';

const input = codedInput;
const HEADER = 'q1,q2,recommend,channel';

/** Cells the spelling check must leave to the row-by-row path (labels, padding, other spellings of a code). */
const ODD = ['满意', 'Satisfied', ' 4', '4 ', '04', '4.0', '+4', '.5', '4.', '1e0', '-0', '0x4', ' ', '7', 'abc', '1_0'];

async function both(files: string[]) {
  const paths: string[] = [];
  const set = await analyze(input, { responses: files, trace: (_f, p) => paths.push(p) });
  const rows = await analyze(input, { responses: files, rowByRow: true });
  return { set, rows, paths };
}

describe('cells checked by their spelling / 按拼写检查单元格', () => {
  it('spelledSql passes exactly the codes as spelled, and blanks', async () => {
    const plans = columnPlans(
      mapColumns(HEADER.split(','), input.analysis, 'f.csv').roles,
      input.analysis,
      input.schema,
      new Set(['answers']),
    );
    if (typeof plans === 'string') throw new Error(plans);
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    try {
      const check = async (plan: ColumnPlan, cells: Array<string | null>) => {
        const values = cells.map((c) => `(${c === null ? 'NULL' : `'${c.replace(/'/g, "''")}'`})`).join(', ');
        const sql = `SELECT "#c${plan.index}", ${spelledSql(plan, `TRY_CAST("#c${plan.index}" AS DOUBLE)`)} FROM (VALUES ${values}) t("#c${plan.index}")`;
        const rows = (await conn.runAndReadAll(sql)).getRowsJS();
        expect(rows.every((r) => typeof r[1] === 'boolean')).toBe(true); // never NULL: the row's flags stay true or false
        return Object.fromEntries(rows.map((r) => [String(r[0]), r[1]]));
      };
      const [q1, , recommend, channel] = plans;
      expect(q1.codes).toEqual({ numeric: true, values: [1, 2, 3, 4, 5, 9] });
      const r1 = await check(q1, ['1', '5', '9', null, ...ODD, '6', '0', '10']);
      expect(
        Object.entries(r1)
          .filter(([, ok]) => ok)
          .map(([c]) => c),
      ).toEqual(['1', '5', '9', 'null']);
      expect(recommend.codes).toEqual({ numeric: true, values: Array.from({ length: 11 }, (_, i) => i) });
      const r2 = await check(recommend, ['0', '7', '10', ...ODD, '010', '1e1', '10.', '11', '-1']);
      expect(
        Object.entries(r2)
          .filter(([, ok]) => ok)
          .map(([c]) => c),
      ).toEqual(['0', '7', '10']);
      expect(channel.codes).toEqual({ numeric: false, values: ['web', 'shop'] });
      const r3 = await check(channel, ['web', 'shop', 'Web', ' web', '网站', 'phone']);
      expect(
        Object.entries(r3)
          .filter(([, ok]) => ok)
          .map(([c]) => c),
      ).toEqual(['web', 'shop']);
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  });

  it('a file with odd cells here and there equals the row-by-row path', async () => {
    const rows = ['5,4,10,web', '3,,7,shop', '', '4,9,0,web', ' , , , ', '2,1,8,shop'];
    ODD.forEach((odd, i) => rows.push([`${odd},3,9,web`, `4,${odd},9,shop`, `4,3,${odd},web`, `4,3,9,${odd}`][i % 4]));
    const file = join(tempFiles({ 'r.csv': `${HEADER}\n${rows.join('\n')}\n` }), 'r.csv');
    const { set, rows: ref, paths } = await both([file]);
    expect(JSON.stringify(set, null, 1)).toBe(JSON.stringify(ref, null, 1));
    expect(paths).toEqual(['set-based']);
    expect(set.counts.received).toBe(rows.length - 2); // the empty line and the line of blanks
    expect(set.counts.invalid).toBeGreaterThan(0);
  });

  it('a file of labels (too many rows in doubt) is loaded again with its cells listed, with the same result', async () => {
    const labels = ['非常满意,满意,10,网站', 'Neutral,Dissatisfied,6,Shop', '不知道,,9,门店'];
    const rows = Array.from({ length: 1500 }, (_, i) => labels[i % 3]);
    const file = join(tempFiles({ 'r.csv': `${HEADER}\n${rows.join('\n')}\n` }), 'r.csv');
    const { set, rows: ref, paths } = await both([file]);
    expect(JSON.stringify(set, null, 1)).toBe(JSON.stringify(ref, null, 1));
    expect(paths).toEqual(['set-based']);
    expect(set.counts.analysed).toBe(1500);
  });
});
