// The set-based CSV path (src/fast) against the row-by-row reference: the same survey
// and files analysed both ways give byte-identical results — invalid responses with
// their reasons and file lines, exclusions with their rule and detail, scores,
// statistics, open-answer samples — on the examples' responses (the JSON ones written
// as CSV too) and on hostile files: blank cells, a BOM with CRLF, tabs, labels in
// either language instead of codes, bad types, padded numbers, empty and blank lines,
// quoted cells, a half-written last line. Files the set-based path cannot vouch for
// (a quoted line break, invalid UTF-8, more cells than the header) go row by row.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileText } from '@survey/compiler';
import { DuckDBInstance } from '@duckdb/node-api';
import { analyze, loadTable, pipelineOf, surveyInputOf, type SurveyInput } from '../src/index.ts';
import { exampleInput, root, tempFiles } from './helpers/survey.ts';
import { responsesToCsv } from './helpers/to-csv.ts';
import { readResponses } from './helpers/responses.ts';
import { csv, HEADER, id, ROWS, SURVEY } from './fixtures/hostile.ts';

async function both(input: SurveyInput, files: string[]) {
  const paths: Record<string, string> = {};
  const set = await analyze(input, { responses: files, trace: (f, p) => (paths[f] = p) });
  const rows = await analyze(input, { responses: files, rowByRow: true });
  return { set, rows, paths };
}

// The path each example's CSV files take; the weighted total's index() has no SQL form that gives the same doubles.
const examples: Array<[string, 'set-based' | 'row-by-row']> = [
  ['course-evaluation/course.survey', 'set-based'],
  ['crm-satisfaction/crm.survey', 'set-based'],
  ['instant-feedback/instant.survey', 'set-based'],
  ['manufacturer-quarterly/quarterly.survey', 'set-based'],
  ['media-company/media.survey', 'set-based'],
  ['weighted-assessment/assessment.survey', 'row-by-row'],
];

describe('set-based CSV loading equals the row-by-row path on the examples', () => {
  it.each(examples)('%s', async (path, expected) => {
    const input = exampleInput(path);
    const dir = join(root, 'examples', path.split('/')[0], 'responses');
    const files = readdirSync(dir)
      .sort()
      .map((f) => join(dir, f));
    const csvs = files.filter((f) => f.endsWith('.csv'));
    const json = files.filter((f) => !f.endsWith('.csv'));
    const converted = json.length
      ? [join(tempFiles({ 'responses.csv': responsesToCsv(json.flatMap(readResponses), input.schema) }), 'responses.csv')]
      : [];
    const all = [...csvs, ...converted];
    expect(all.length).toBeGreaterThan(0);
    const { set, rows, paths } = await both(input, all);
    expect(JSON.stringify(set, null, 1)).toBe(JSON.stringify(rows, null, 1));
    expect(set.counts.analysed).toBeGreaterThan(0);
    for (const f of all) expect(paths[f], f).toBe(expected);
  });
});

describe('set-based CSV loading equals the row-by-row path on hostile files', () => {
  const compiled = compileText(SURVEY, { path: 'hostile.survey' });
  const input = surveyInputOf(compiled);
  const cases: Array<[string, string | Buffer, 'set-based' | 'row-by-row']> = [
    ['plain', csv(ROWS), 'set-based'],
    ['BOM and CRLF', csv(ROWS, { bom: true, eol: '\r\n' }), 'set-based'],
    [
      'empty lines inside and at the end',
      csv([...ROWS.slice(0, 5), [''], [''], ...ROWS.slice(5, 9), [''], ...ROWS.slice(9)]) + '\n\n',
      'set-based',
    ],
    ['a half-written last line', csv(ROWS).replace(/\n$/, '') + `\n${id(99)},zh,,,100,北区,4,4`, 'set-based'],
    ['a short row in the middle', csv([...ROWS.slice(0, 3), [id(98), 'zh', '', ''], ...ROWS.slice(3)]), 'set-based'],
    ['only the header', HEADER + '\n', 'set-based'],
    [
      'a line break inside a quoted cell',
      csv([...ROWS, [id(97), 'zh', '', '', '100', '北区', '4', '4', '2', '4', '9', '', '', '', '"两\n行"']]),
      'row-by-row',
    ],
    ['more cells than the header', csv([...ROWS, [...ROWS[0], 'extra']]), 'row-by-row'],
    ['invalid UTF-8', Buffer.concat([Buffer.from(csv(ROWS)), Buffer.from([0xff, 0xfe]), Buffer.from(',zh\n')]), 'row-by-row'],
  ];
  it.each(cases)('%s', async (_name, contents, path) => {
    const file = join(tempFiles({ 'r.csv': contents }), 'r.csv');
    const { set, rows, paths } = await both(input, [file]);
    expect(JSON.stringify(set, null, 1)).toBe(JSON.stringify(rows, null, 1));
    expect(paths[file]).toBe(path);
  });

  it('the plain file exercises every outcome: invalid, excluded by each rule, analysed, texts', async () => {
    const file = join(tempFiles({ 'r.csv': csv(ROWS) }), 'r.csv');
    const { set } = await both(input, [file]);
    expect(set.invalid.map((x) => x.row)).toEqual([4, 5, 6, 14, 15, 19, 20, 21, 25, 26, 27]);
    expect(set.quality.map((q) => q.excluded)).toEqual([0, 1, 2, 1, 1]);
    expect(set.counts.analysed).toBe(8);
    expect(set.texts?.[0].sample.length).toBeGreaterThan(0);
  });

  it('keeps the responses table in file order, rows judged row by row in their places', async () => {
    const file = join(tempFiles({ 'r.csv': csv(ROWS) }), 'r.csv');
    const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
    const conn = await instance.connect();
    const paths: string[] = [];
    const out = await loadTable(
      conn,
      'responses',
      [file],
      pipelineOf(input, 20, false, (_f, p) => paths.push(p)),
    );
    const rows = (await conn.runAndReadAll('SELECT _row FROM responses')).getRowsJS().map((r) => Number(r[0]));
    conn.closeSync();
    instance.closeSync();
    expect(paths).toEqual(['set-based']);
    expect(out.analysed).toBe(rows.length);
    // line 13 (other with its text) and line 17 (a duration from the timestamps) are judged row by row
    expect(rows).toEqual([2, 3, 7, 12, 13, 17, 18, 24]);
  });

  it('a tab-separated file', async () => {
    const file = join(
      tempFiles({
        'r.tsv': csv(
          ROWS.filter((r) => !r.some((c) => c.includes(','))),
          { delim: '\t' },
        ),
      }),
      'r.tsv',
    );
    const { set, rows, paths } = await both(input, [file]);
    expect(JSON.stringify(set)).toBe(JSON.stringify(rows));
    expect(paths[file]).toBe('set-based');
  });

  it('a header naming an unknown column fails the same way', async () => {
    const file = join(tempFiles({ 'r.csv': csv(ROWS).replace('comment', 'comments') }), 'r.csv');
    const set = await analyze(input, { responses: [file] }).catch((e: Error) => e.message);
    const rows = await analyze(input, { responses: [file], rowByRow: true }).catch((e: Error) => e.message);
    expect(set).toMatch(/comments/);
    expect(set).toBe(rows);
  });
});
