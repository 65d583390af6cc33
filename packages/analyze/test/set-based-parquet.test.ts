// The set-based path for Parquet (src/fast/parquet-source.ts) against the row-by-row
// reference: byte-identical results on the examples' responses and on hostile files —
// text columns with the hostile CSV's cells (labels in Chinese and English, padded
// numbers, blanks, bad codes), typed columns (DOUBLE, BIGINT, BOOLEAN where a text is
// expected), columns left out, an unknown column, no rows, an empty file. A column type
// the path does not decode (a LIST, a FLOAT, a TIMESTAMP) sends the file row by row.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileText } from '@survey/compiler';
import { DuckDBInstance } from '@duckdb/node-api';
import { analyze, surveyInputOf } from '../src/index.ts';
import { exampleInput, root, tempFiles } from './helpers/survey.ts';
import { bothPaths as both } from './helpers/both-paths.ts';
import { responsesToCsv } from './helpers/to-csv.ts';
import { csv, ROWS, SURVEY } from './fixtures/hostile.ts';
import { readResponses } from './helpers/responses.ts';

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Writes `select` (over the CSV as `src`, every column text) to a Parquet file. */
async function toParquet(csvText: string, select = '*', name = 'r.parquet'): Promise<string> {
  const dir = tempFiles({ 'src.csv': csvText });
  const out = join(dir, name);
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    await conn.run(
      `CREATE TABLE src AS SELECT * FROM read_csv(${q(join(dir, 'src.csv'))}, all_varchar = true, header = true, auto_detect = true, quote = '"', escape = '"')`,
    );
    await conn.run(`COPY (SELECT ${select.includes(' FROM ') ? select : `${select} FROM src`}) TO ${q(out)} (FORMAT parquet)`);
  } finally {
    conn.closeSync();
    db.closeSync();
  }
  return out;
}

const examples = [
  'course-evaluation/course.survey',
  'crm-satisfaction/crm.survey',
  'instant-feedback/instant.survey',
  'manufacturer-quarterly/quarterly.survey',
  'media-company/media.survey',
];

describe('set-based Parquet loading equals the row-by-row path on the examples / 示例数据', () => {
  it.each(examples)('%s', async (path) => {
    const input = exampleInput(path);
    const dir = join(root, 'examples', path.split('/')[0], 'responses');
    const files = readdirSync(dir)
      .sort()
      .map((f) => join(dir, f));
    const json = files.filter((f) => !f.endsWith('.csv'));
    const text = json.length ? responsesToCsv(json.flatMap(readResponses), input.schema) : undefined;
    const csvs = files.filter((f) => f.endsWith('.csv'));
    const parquets = [
      ...(await Promise.all(csvs.map((f, i) => toParquet(readFileSync(f, 'utf8'), '*', `c${i}.parquet`)))),
      ...(text ? [await toParquet(text, '*', 'json.parquet')] : []),
    ];
    const { set, rows, paths } = await both(input, parquets);
    expect(JSON.stringify(set, null, 1)).toBe(JSON.stringify(rows, null, 1));
    expect(set.counts.analysed).toBeGreaterThan(0);
    for (const f of parquets) expect(paths[f], f).toBe('set-based');
  });
});

describe('set-based Parquet loading equals the row-by-row path on hostile files / 异常数据', () => {
  const input = surveyInputOf(compileText(SURVEY, { path: 'hostile.survey' }));
  const typed =
    'responseId, language, startedAt, submittedAt, TRY_CAST(durationSeconds AS DOUBLE) AS durationSeconds, region, ' +
    'TRY_CAST(a AS DOUBLE) AS a, TRY_CAST(b AS BIGINT) AS b, TRY_CAST(c AS INTEGER) AS c, TRY_CAST("check" AS DOUBLE) AS "check", ' +
    'TRY_CAST(recommend AS TINYINT) AS recommend, liked, "liked.other.text", TRY_CAST(visits AS DOUBLE) AS visits, comment';
  const cases: Array<[string, string, 'set-based' | 'row-by-row']> = [
    ['text columns: the hostile CSV cells', '*', 'set-based'],
    ['typed numbers: DOUBLE, BIGINT, INTEGER, TINYINT', typed, 'set-based'],
    [
      'a BOOLEAN where a text is expected, a DOUBLE response id',
      '* REPLACE (comment IS NOT NULL AS comment, 1.5::DOUBLE AS responseId)',
      'set-based',
    ],
    ['columns left out (c, comment, durationSeconds)', '* EXCLUDE (c, comment, durationSeconds)', 'set-based'],
    [
      'numbers that are not codes: 4.5, -1, 1e300',
      "* REPLACE (CASE WHEN a = '4' THEN 4.5::DOUBLE WHEN a = '1' THEN 1e300 ELSE -1.0 END AS a)",
      'set-based',
    ],
    ['no rows', '* FROM src LIMIT 0', 'set-based'],
    ['a LIST column for the multi-select', "* REPLACE (string_split(liked, ';') AS liked)", 'row-by-row'],
    ['a FLOAT column', '* REPLACE (TRY_CAST(a AS FLOAT) AS a)', 'row-by-row'],
    ['a TIMESTAMP column for submittedAt', "* REPLACE (TIMESTAMP '2026-03-01 10:05:00' AS submittedAt)", 'row-by-row'],
  ];
  it.each(cases)('%s', async (_name, select, path) => {
    const file = await toParquet(csv(ROWS), select);
    const { set, rows, paths, why } = await both(input, [file]);
    expect(JSON.stringify(set, null, 1)).toBe(JSON.stringify(rows, null, 1));
    expect(paths[file], why[file]).toBe(path);
  });

  it('an unknown column fails the same way on both paths', async () => {
    const file = await toParquet(csv(ROWS), '*, 1 AS comments');
    const set = await analyze(input, { responses: [file] }).catch((e: Error) => e.message);
    const rows = await analyze(input, { responses: [file], rowByRow: true }).catch((e: Error) => e.message);
    expect(set).toMatch(/comments/);
    expect(set).toBe(rows);
  });

  it('an empty file fails the same way on both paths', async () => {
    const file = join(tempFiles({ 'e.parquet': '' }), 'e.parquet');
    const set = await analyze(input, { responses: [file] }).catch((e: Error) => e.message);
    const rows = await analyze(input, { responses: [file], rowByRow: true }).catch((e: Error) => e.message);
    expect(set).toMatch(/empty/);
    expect(set).toBe(rows);
  });
});
