// The set-based path for Excel (src/fast/xlsx-source.ts) against the row-by-row
// reference: byte-identical results on the examples' responses and on hostile
// workbooks — every cell as text (labels in Chinese and English, padded numbers,
// blanks, bad codes), numbers stored as numbers, columns mixing numbers and labels,
// truth values, dates, formulas, rich text, rows the sheet leaves out, cells past the
// header, a header below blank rows, columns left out, an unknown column, no rows.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { compileText } from '@survey/compiler';
import { analyze, surveyInputOf } from '../src/index.ts';
import { exampleInput, root, tempFiles } from './helpers/survey.ts';
import { bothPaths as both } from './helpers/both-paths.ts';
import { responsesToCsv } from './helpers/to-csv.ts';
import { readResponses } from './helpers/responses.ts';
import { HEADER, ROWS, SURVEY } from './fixtures/hostile.ts';
import { parseCsv } from './helpers/parse-csv.ts';

type XCell = string | number | boolean | Date | null | ExcelJS.CellValue;

/** A workbook with one sheet: `rows` placed at their sheet rows (a row number per row, else consecutive from 1). */
async function workbook(rows: XCell[][], at?: number[], name = 'r.xlsx'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('回答 responses');
  rows.forEach((r, i) => {
    const row = ws.getRow(at ? at[i] : i + 1);
    r.forEach((c, j) => {
      if (c !== null && c !== '') row.getCell(j + 1).value = c as ExcelJS.CellValue;
    });
    row.commit();
  });
  wb.addWorksheet('ignored').getRow(1).getCell(1).value = 'not read';
  // The whole zip in memory, then one synchronous write: a file read back is always complete
  // (two runs under heavy load read a workbook with parts missing after exceljs's writeFile).
  return join(tempFiles({ [name]: Buffer.from(await wb.xlsx.writeBuffer()) }), name);
}

const header = HEADER.split(',');
/** A hostile row with numbers stored as numbers where the text is a plain number. */
const typed = (r: string[]) => r.map((c) => (/^-?\d+(\.\d+)?$/.test(c) ? Number(c) : c));

describe('set-based Excel loading equals the row-by-row path on the examples / 示例数据', () => {
  it.each([
    'course-evaluation/course.survey',
    'crm-satisfaction/crm.survey',
    'instant-feedback/instant.survey',
    'manufacturer-quarterly/quarterly.survey',
    'media-company/media.survey',
  ])('%s', async (path) => {
    const input = exampleInput(path);
    const dir = join(root, 'examples', path.split('/')[0], 'responses');
    const files = readdirSync(dir)
      .sort()
      .map((f) => join(dir, f));
    const json = files.filter((f) => !f.endsWith('.csv'));
    const texts = [...files.filter((f) => f.endsWith('.csv')).map((f) => readFileSync(f, 'utf8'))];
    if (json.length) texts.push(responsesToCsv(json.flatMap(readResponses), input.schema));
    const books = await Promise.all(texts.map((t, i) => workbook(parseCsv(t), undefined, `b${i}.xlsx`)));
    const { set, rows, paths, why } = await both(input, books);
    expect(JSON.stringify(set, null, 1)).toBe(JSON.stringify(rows, null, 1));
    expect(set.counts.analysed).toBeGreaterThan(0);
    for (const f of books) expect(paths[f], why[f]).toBe('set-based');
  });
});

describe('set-based Excel loading equals the row-by-row path on hostile workbooks / 异常工作簿', () => {
  const input = surveyInputOf(compileText(SURVEY, { path: 'hostile.survey' }));
  const at = (i: number) => header.indexOf(['a', 'b', 'c', 'comment', 'durationSeconds', 'submittedAt', 'visits'][i]);
  const cases: Array<[string, () => Promise<string>, 'set-based' | 'row-by-row' | undefined]> = [
    ['every cell as text', () => workbook([header, ...ROWS]), 'set-based'],
    ['numbers as numbers, labels beside them (mixed columns)', () => workbook([header, ...ROWS.map(typed)]), 'set-based'],
    [
      'truth values, dates, formulas and rich text',
      () =>
        workbook([
          header,
          ...ROWS.map((r, i) => {
            const x: XCell[] = typed(r);
            if (i === 0) x[at(3)] = true; // a truth value where a text is expected
            if (i === 1) x[at(5)] = new Date('2026-03-01T10:05:00Z');
            if (i === 2) x[at(0)] = { formula: '2+2', result: 4 } as ExcelJS.CellValue;
            if (i === 3) x[at(3)] = { richText: [{ text: '很' }, { text: '好' }] } as ExcelJS.CellValue;
            if (i === 5) x[at(6)] = -0;
            return x;
          }),
        ]),
      'set-based',
    ],
    [
      'a header below blank rows, rows the sheet leaves out',
      () => workbook([header, ...ROWS.map(typed)], [3, ...ROWS.map((_, i) => 5 + i * 2)]),
      'set-based',
    ],
    ['cells past the header', () => workbook([header, ...ROWS.map(typed).map((r, i) => (i % 5 === 2 ? [...r, 'extra'] : r))]), 'set-based'],
    ['columns left out', () => workbook([header, ...ROWS].map((r) => r.filter((_, j) => ![at(2), at(3), at(4)].includes(j)))), 'set-based'],
    ['no rows', () => workbook([header]), 'set-based'],
    [
      // exceljs escapes the control character on writing, so this file has no collision with the tag: either path is fine
      'a text starting with U+0001 in a column of numbers',
      () => workbook([header, ...ROWS.map(typed).map((r, i) => (i === 0 ? r.map((c, j) => (j === at(0) ? '\u0001n4' : c)) : r))]),
      undefined,
    ],
  ];
  it.each(cases)('%s', async (_name, make, path) => {
    const file = await make();
    const { set, rows, paths, why } = await both(input, [file]);
    expect(JSON.stringify(set, null, 1)).toBe(JSON.stringify(rows, null, 1));
    if (path) expect(paths[file], why[file]).toBe(path);
  });

  it.each([
    ['an unknown column', async () => workbook([[...header, 'comments'], ...ROWS])],
    ['an empty sheet', async () => workbook([])],
    ['an empty file', async () => join(tempFiles({ 'e.xlsx': '' }), 'e.xlsx')],
    ['not a workbook', async () => join(tempFiles({ 'g.xlsx': 'not a zip' }), 'g.xlsx')],
  ])('%s fails the same way on both paths', async (_name, make) => {
    const file = await make();
    const set = await analyze(input, { responses: [file] }).catch((e: Error) => e.message);
    const rows = await analyze(input, { responses: [file], rowByRow: true }).catch((e: Error) => e.message);
    expect(typeof set).toBe('string');
    expect(set).toBe(rows);
  });
});
