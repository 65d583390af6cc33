// The spelling of coded cells checked in the scan of a CSV file's bytes (src/fast/spelling.ts):
// a record with a cell that is not a code exactly as spelled goes row by row, its column is
// read as text, and every other checked column is read typed by DuckDB. DuckDB's integer
// parse accepts texts the row-by-row conversion (load/columns.ts) reads otherwise ('3.4' is
// 3 to DuckDB and an invalid 3.4 here, '0_3' is 3 and an invalid text) and others both read
// to the same code (' 3', '+3', '03'): none may pass the scan (a mutation letting '3.4' and
// '0_3' through fails the differential tests below, which compare with the row-by-row reference).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.ts';
import { csvShape } from '../src/fast/csv-shape.ts';
import { columnPlans } from '../src/fast/cells.ts';
import { spellingCheck } from '../src/fast/spelling.ts';
import { mapColumns } from '../src/load/columns.ts';
import { codedInput as input } from './fixtures/coded.ts';
import { tempFiles } from './helpers/survey.ts';

const HEADER = ['q1', 'q2', 'recommend', 'channel'];

/** Texts DuckDB reads as an integer (or NULL) that are not a code as spelled, labels, padding, quoting. */
const HOSTILE = [
  '3.4',
  '0_3',
  ' 3',
  '+3',
  '03',
  '1e1',
  '3 ',
  '3.0',
  '-0',
  '.5',
  '5.',
  '0x3',
  ' ',
  '"3"',
  '""',
  '"满意"',
  '满意',
  'Satisfied',
  '非常满意',
  'abc',
];

const check = (header: string[]) => {
  const plans = columnPlans(mapColumns(header, input.analysis, 'f.csv').roles, input.analysis, input.schema, new Set(['answers']));
  if (typeof plans === 'string') throw new Error(plans);
  return spellingCheck(plans, header.length);
};

async function both(contents: string | Buffer) {
  const file = join(tempFiles({ 'r.csv': contents }), 'r.csv');
  const paths: string[] = [];
  const set = await analyze(input, { responses: [file], trace: (_f, p) => paths.push(p) });
  const rows = await analyze(input, { responses: [file], rowByRow: true });
  expect(paths).toEqual(['set-based']);
  expect(JSON.stringify(set, null, 1)).toBe(JSON.stringify(rows, null, 1));
  return set;
}

describe('spelling checked in the scan of a CSV file / 扫描文件时检查编码的拼写', () => {
  it('leaves exactly the records with another spelling in doubt, and reads their columns as text', async () => {
    const lines = ['5,4,10,web', '3,,0,shop', ',,,', '1,9,7,'];
    const hostileAt = new Map<number, number>(); // record → column
    HOSTILE.forEach((cell, i) => {
      const column = i % 3; // the numeric columns
      hostileAt.set(lines.length, column);
      const cells = ['4', '4', '8', 'web'];
      cells[column] = cell;
      lines.push(cells.join(','));
    });
    lines.push('4,4,8,Web', '4,4,8,网站', '2,2,2,"web"');
    const dir = tempFiles({ 'r.csv': `\uFEFF${HEADER.join(',')}\r\n${lines.join('\r\n')}\r\n` });
    const shape = await csvShape(join(dir, 'r.csv'), check);
    if (typeof shape === 'string') throw new Error(shape);
    const n = lines.length;
    expect(shape.spelled?.doubts).toEqual([...hostileAt.keys(), n - 3, n - 2, n - 1]);
    expect([...(shape.spelled?.loose ?? [])].sort()).toEqual([0, 1, 2, 3]);
  });

  it('passes a file of codes as spelled, CRLF and a BOM included, with no record in doubt', async () => {
    const lines = ['5,4,10,web', '3,,0,shop', '1,9,7,', ',,,', '2,5,9,web'];
    const dir = tempFiles({ 'r.csv': `\uFEFF${HEADER.join(',')}\r\n${lines.join('\r\n')}\r\n` });
    const shape = await csvShape(join(dir, 'r.csv'), check);
    if (typeof shape === 'string') throw new Error(shape);
    expect(shape.spelled).toEqual({ doubts: [], loose: new Set() });
  });

  it.each([
    ['LF', '\n', false],
    ['CRLF and a BOM', '\r\n', true],
  ])('equals the row-by-row path with hostile cells in every coded column (%s)', async (_name, eol, bom) => {
    const lines: string[] = [];
    for (let i = 0; i < 60; i++)
      lines.push([String(1 + (i % 5)), i % 7 ? String(1 + (i % 4)) : '', String(i % 11), i % 2 ? 'web' : 'shop'].join(','));
    HOSTILE.forEach((cell, i) => {
      const cells = ['4', '3', '9', 'shop'];
      cells[i % 4] = cell;
      lines.splice(3 * i + 1, 0, cells.join(','));
    });
    lines.push('', '9,9,10,web', '"5",4,10,"shop"', '非常满意,满意,10,网站', 'Very satisfied,Neutral,6,Shop', '4,4');
    const result = await both(`${bom ? '\uFEFF' : ''}${HEADER.join(',')}${eol}${lines.join(eol)}${eol}`);
    expect(result.counts.invalid).toBeGreaterThan(0);
    expect(result.counts.analysed).toBeGreaterThan(50);
  });

  it('equals the row-by-row path when only one column is clean (the others read as text)', async () => {
    const lines = Array.from({ length: 40 }, (_, i) => [String(1 + (i % 5)), i % 3 ? '03' : '3', String(i % 11), 'web'].join(','));
    lines.push('4,+3,1e1,shop', '4, 3,3.4,shop', '4,0_3,10,shop');
    await both(`${HEADER.join(',')}\n${lines.join('\n')}\n`);
  });

  it('equals the row-by-row path on a file of labels (too many rows in doubt: the cells are listed)', async () => {
    const labels = ['非常满意,满意,10,网站', 'Neutral,Dissatisfied,6,Shop', '不知道,,9,门店', '5,4,10,web'];
    const rows = Array.from({ length: 1200 }, (_, i) => labels[i % 4]);
    const result = await both(`${HEADER.join(',')}\n${rows.join('\n')}\n`);
    expect(result.counts.analysed).toBe(1200);
  });

  it('equals the row-by-row path with tabs, quoted cells and short rows', async () => {
    const lines = ['5\t4\t10\tweb', '"3"\t2\t7\tshop', '3\t" 2"\t7\t"shop"', '4\t4', '1\t1\t1\tweb'];
    await both(`${HEADER.join('\t')}\n${lines.join('\n')}\n`);
  });
});
