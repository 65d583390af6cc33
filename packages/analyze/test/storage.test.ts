// The responses table as DuckDB stores it (src/engine/storage.ts): coded answers the
// schema allows only as small integers are kept as integers, the file name as an ENUM,
// and a view gives the statistics the portable columns (doubles) back. Results stay
// byte-identical to the row-by-row reference, also for files with numbers too big for
// the narrow columns in rows that are judged row by row.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.ts';
import { codedInput } from './fixtures/coded.ts';
import { integerRange, storageOf } from '../src/engine/storage.ts';
import { tableColumns } from '../src/sql/table.ts';
import { tempFiles } from './helpers/survey.ts';

const input = codedInput;

describe('the stored responses table / 响应表的存储', () => {
  it('keeps coded ratings as TINYINT, choices as text, scores as doubles, the file as an ENUM', () => {
    const s = storageOf('responses', tableColumns(input.analysis), input.schema, ['b.csv', 'a.csv', 'b.csv']);
    expect(Object.fromEntries(s.narrow)).toEqual({ q1: 'TINYINT', q2: 'TINYINT', recommend: 'TINYINT' });
    expect(s.ddl[0]).toBe(`CREATE TYPE "responses$file" AS ENUM ('a.csv', 'b.csv')`);
    expect(s.ddl[1]).toContain('"score:overall" DOUBLE PRECISION');
    expect(s.ddl[1]).toContain('"channel" VARCHAR');
    expect(s.ddl[2]).toContain('CAST("q1" AS DOUBLE) AS "q1"');
  });

  it('narrows only what the schema bounds to integers', () => {
    expect(integerRange({ type: 'integer', minimum: -200, maximum: 300 }, {})).toEqual([-200, 300]);
    expect(integerRange({ enum: [3, 1, 2] }, {})).toEqual([1, 3]);
    expect(integerRange({ title: 'x', $ref: '#/$defs/s' }, { s: { type: 'integer', oneOf: [{ const: 0 }, { const: 10 }] } })).toEqual([
      0, 10,
    ]);
    expect(integerRange({ type: 'number', minimum: 0, maximum: 10 }, {})).toBeUndefined();
    expect(integerRange({ type: 'integer', minimum: 0 }, {})).toBeUndefined();
    expect(integerRange({ enum: [1, 2.5] }, {})).toBeUndefined();
    expect(integerRange({ oneOf: [{ const: 1 }, { type: 'number' }] }, {})).toBeUndefined();
  });

  it('numbers too big for the narrow columns, in rows judged row by row, give the reference result', async () => {
    const rows = ['5,4,10,web', '999,3,7,shop', '4,1e9,0,web', '3,-200,9,shop', '2,9,99999999999,web', '1,,8,shop'];
    const file = join(tempFiles({ '响应.csv': `q1,q2,recommend,channel\n${rows.join('\n')}\n` }), '响应.csv');
    const paths: string[] = [];
    const set = await analyze(input, { responses: [file], trace: (_f, p) => paths.push(p) });
    const ref = await analyze(input, { responses: [file], rowByRow: true });
    expect(paths).toEqual(['set-based']);
    expect(JSON.stringify(set, null, 1)).toBe(JSON.stringify(ref, null, 1));
    expect(set.counts).toMatchObject({ received: 6, invalid: 4, analysed: 2 });
    expect(set.items.find((i) => i.variable === 'q1')?.mean).toBe(3);
  });
});
