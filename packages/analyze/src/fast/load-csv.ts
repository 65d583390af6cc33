// The set-based CSV path: DuckDB reads the file (every column as text), SQL generated
// from the survey model checks the cells, types them, computes the scores and applies
// the quality rules (plan.ts), and loads the responses that are surely valid and kept
// straight into the responses table. Every other row (invalid, excluded or in doubt,
// cut off, not ended as complete) is fetched and judged row by row by the reference path (judge() in
// load-table.ts), so the invalid and excluded lists, their reasons and details are the
// reference's own. Rows keep their file lines; nothing holds all rows in JavaScript.
// A file this path cannot take (see csv-shape.ts, cells.ts, plan.ts) returns the
// reason and is read row by row.
import { statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { DuckDBConnection } from '@duckdb/node-api';
import { appendAnalysed, emptyTally, judge, type FileTally, type Pipeline } from '../engine/load-table.ts';
import type { TextSampler } from '../engine/texts.ts';
import { shortRowProblem } from '../load/csv.ts';
import { mapColumns } from '../load/columns.ts';
import { tabularRecord } from '../load/tabular.ts';
import { stringLiteral } from '../sql/dialect.ts';
import { ident } from '../sql/names.ts';
import { createTable } from '../sql/table.ts';
import { classify, columnPlans, src, type ColumnPlan } from './cells.ts';
import { csvShape, emptyBlock, lineOf, lineSql, recordCells, type CsvShape } from './csv-shape.ts';
import { jsonSource } from './json-source.ts';
import { parquetSource } from './parquet-source.ts';
import { xlsxSource } from './xlsx-source.ts';
import type { SetSource } from './source.ts';
import type { Storage } from '../engine/storage.ts';
import { fileSql } from './plan.ts';

export interface SetBasedLoad {
  rows: number;
  analysed: number;
  tally: FileTally;
}

const SEQ = 'survey_csv_row';

/** SURVEY_ANALYZE_TIMING=1 prints the time of each step of the set-based path (for bench/PROFILE.md). */
const timing = process.env.SURVEY_ANALYZE_TIMING === '1';
let last = 0;
let lastCpu = process.cpuUsage();
function step(what: string): void {
  const now = performance.now();
  const cpu = process.cpuUsage(lastCpu);
  if (timing && last)
    process.stderr.write(`set-based: ${what} ${Math.round(now - last)} ms (cpu ${Math.round((cpu.user + cpu.system) / 1000)} ms)\n`);
  last = now;
  lastCpu = process.cpuUsage();
}
const JS_TABLE = 'survey_csv_judged';

/** Rows in doubt past which a file whose cells were checked by spelling is loaded again with its cells listed. */
const MAX_SPECULATIVE_DOUBTS = (records: number) => 1000 + records / 20;

/**
 * DuckDB's max_line_size for a file whose longest line has `longest` bytes. DuckDB's CSV buffer is 16 ×
 * max_line_size: with 20 MB that is one 305 MiB block, which the memory limit of a large input
 * (engine/instance.ts) cannot hold; files whose lines all fit DuckDB's default (2 MiB) use it, a 32 MiB
 * buffer. (A smaller buffer_size than 16 × max_line_size lost a record with long lines: not used.)
 */
function maxLineSize(longest: number): number {
  return longest < 2_000_000 ? 2_097_152 : 20_000_000;
}

/** Bytes of the longest line (the header's included; an empty line counts with the record after it). */
function longestLine(shape: Pick<CsvShape, 'offsets' | 'records'>, size: number): number {
  let longest = shape.records ? shape.offsets[0] : size;
  for (let k = 0; k < shape.records; k++) {
    const end = k + 1 < shape.records ? shape.offsets[k + 1] : size;
    longest = Math.max(longest, end - shape.offsets[k]);
  }
  return longest;
}

function readCsvSql(file: string, width: number, delimiter: string, maxLine: number): string {
  const columns = Array.from({ length: width }, (_, i) => `${stringLiteral(`#c${i}`)}: 'VARCHAR'`).join(', ');
  return `read_csv(${stringLiteral(file)}, auto_detect = false, header = false, skip = 1, null_padding = true, delim = ${stringLiteral(delimiter)}, quote = '"', escape = '"', max_line_size = ${maxLine}, columns = {${columns}})`;
}

/** The CSV file as a set-based source: DuckDB's read_csv of every cell as text, lines and rows in doubt from the scan. */
async function csvSource(file: string): Promise<SetSource | { why: string }> {
  const shape = await csvShape(file);
  step('scan the file (csv-shape)');
  if (typeof shape === 'string') return { why: shape };
  return {
    header: shape.header,
    records: shape.records,
    sql: readCsvSql(file, shape.header.length, shape.delimiter, maxLineSize(longestLine(shape, statSync(file).size))),
    forced: [...shape.short.keys()].sort((a, b) => a - b),
    lineSql: (k) => lineSql(k, shape),
    lineOf: (k) => lineOf(k, shape),
    async *rows(ks) {
      const fh = await open(file, 'r');
      try {
        const size = (await fh.stat()).size;
        const block = emptyBlock();
        for (const k of ks) {
          const cells = await recordCells(fh, k, shape, size, block);
          const n = shape.short.get(k);
          yield n === undefined ? { k, cells } : { k, cells, problem: shortRowProblem(n, shape.header.length) };
        }
      } finally {
        await fh.close();
      }
    },
  };
}

/** Where each format's cells come from on the set-based path (the *-source.ts files); other formats are read row by row. */
const sources: Record<string, (conn: DuckDBConnection, file: string, p: Pipeline) => Promise<SetSource | { why: string }>> = {
  csv: (_conn, file) => csvSource(file),
  parquet: (conn, file, p) => parquetSource(conn, file, p.survey.analysis),
  xlsx: (conn, file) => xlsxSource(conn, file),
  json: (conn, file, p) => jsonSource(conn, file, p.survey.analysis, p.survey.schema, false),
  jsonl: (conn, file, p) => jsonSource(conn, file, p.survey.analysis, p.survey.schema, true),
};

/** Loads one file of `format` set-based into `table`: undefined for a format with no set-based source, else the load or why not. */
export function loadFileSetBased(
  format: string,
  conn: DuckDBConnection,
  storage: Pick<Storage, 'data' | 'narrow'>,
  file: string,
  p: Pipeline,
  texts: TextSampler,
): Promise<SetBasedLoad | { why: string }> | undefined {
  const sourceOf = sources[format];
  return sourceOf && loadSetBased(conn, storage, file, p, texts, () => sourceOf(conn, file, p));
}

/** Loads one file set-based into `table` from its source; returns why not when the file must be read row by row (nothing loaded then). */
async function loadSetBased(
  conn: DuckDBConnection,
  storage: Pick<Storage, 'data' | 'narrow'>,
  file: string,
  p: Pipeline,
  texts: TextSampler,
  sourceOf: () => Promise<SetSource | { why: string }>,
): Promise<SetBasedLoad | { why: string }> {
  step('start');
  if (p.onAnalysed) return { why: 'the survey has repeat groups (their instances are unnested row by row)' };
  const shape = await sourceOf();
  if ('why' in shape) return shape;
  try {
    return await loadFrom(conn, storage, file, p, texts, shape);
  } finally {
    await shape.close?.();
  }
}

async function loadFrom(
  conn: DuckDBConnection,
  storage: Pick<Storage, 'data' | 'narrow'>,
  file: string,
  p: Pipeline,
  texts: TextSampler,
  shape: SetSource,
): Promise<SetBasedLoad | { why: string }> {
  const { analysis, schema } = p.survey;
  const table = storage.data;
  const map = mapColumns(shape.header, analysis, file);
  const plans = columnPlans(map.roles, analysis, schema, p.schemaFields, shape.decode, shape.asIs);
  if (typeof plans === 'string') return { why: plans };
  const source = shape.sql;
  let begun = false;
  let sampled = false;
  try {
    // the scans need no row numbers (the order of the table gives them): they may use every core; the
    // statistics run with the connection's own setting (one thread in analyze(): sums in a fixed order)
    const threads = Number((await conn.runAndReadAll("SELECT current_setting('threads')")).getRowsJS()[0][0]);
    const restore = () => conn.run(`SET threads = ${threads}`);
    const restart = () => conn.run(`CREATE OR REPLACE TEMP SEQUENCE ${ident(SEQ)} START 0 MINVALUE 0`);
    // Coded columns whose cells are their codes as spelled need no listing of their cells: the
    // loading scan checks each cell's spelling (cells.ts) and leaves any other cell's row in doubt.
    // When that leaves too many rows in doubt (labels, padded numbers), the cells are listed after all.
    let speculate = plans.some((c) => c.coded && c.codes) && plans.every((c) => !c.coded || c.codes);
    let sql: Exclude<ReturnType<typeof fileSql>, { why: string }>;
    let blanks: number;
    let doubts: number[];
    const tally = emptyTally(p);
    const textCols: Array<{ name: string; variable: string }> = [];
    const tableCols = p.columns.map((c) => ident(c.name));
    for (;;) {
      for (const c of plans) c.speculative = speculate && !!c.codes;
      await conn.run(`SET threads = ${Math.max(threads, availableParallelism())}`);
      const why = await classifyCells(conn, source, plans, shape.records, !speculate).finally(restore);
      step(speculate ? 'judge the distinct cells of free columns (cells)' : 'judge the distinct cells (cells)');
      if (why) return { why };
      const made = fileSql(p, plans, shape, source, file, SEQ);
      if ('why' in made) return made;
      sql = made;
      if (process.env.SURVEY_ANALYZE_SQL)
        (await import('node:fs')).writeFileSync(process.env.SURVEY_ANALYZE_SQL + (speculate ? '.speculative' : ''), sql.rows);
      // 1. rows in doubt, row by row (in file order); the analysed ones wait in a side table
      textCols.splice(0, textCols.length, ...sql.texts.map((t, i) => ({ name: `#t${i}`, variable: t.name })));
      await conn.run(`DROP TABLE IF EXISTS ${ident(JS_TABLE)}`);
      await conn.run(
        createTable(JS_TABLE, [
          ...p.columns,
          ...textCols.map((t) => ({ name: t.name, type: 'VARCHAR' as const })),
          { name: '#rid', type: 'VARCHAR' },
          { name: '#k', type: 'INTEGER' },
        ]).replace('CREATE TABLE', 'CREATE TEMP TABLE'),
      );
      // 1. every record goes in, in file order (DuckDB keeps the insertion order of a parallel scan):
      //    _row 0 for a row SQL loads, -1 for a row in doubt, NULL for a blank one; then its line,
      //    or -(k + 1) for a row in doubt (k: the record's index, from its place in the table)
      const par = fileSql(p, plans, shape, source, file, undefined);
      if ('why' in par) return par;
      // a row in doubt may hold any number where an integer is stored: its values are judged again, so TRY_CAST
      const select = par.tableSelect.map((x, i) => {
        const narrow = storage.narrow.get(p.columns[i].name);
        return x.endsWith('AS _row')
          ? `CASE WHEN "#route" THEN -1 WHEN "#fast" THEN 0 END AS _row`
          : narrow
            ? `TRY_CAST(${x} AS ${narrow})`
            : x;
      });
      begun = true;
      await conn.run(`SET threads = ${Math.max(threads, availableParallelism())}`);
      const inserted = await conn.run(`INSERT INTO ${ident(table)} SELECT ${select.join(', ')} FROM (${par.rows})`).finally(restore);
      if (Number(inserted.rowsChanged) !== shape.records) throw new Error(`inserted ${inserted.rowsChanged} of ${shape.records} records`);
      const fresh = `${ident(table)}._file = ${stringLiteral(file)} AND (${ident(table)}._row IS NULL OR ${ident(table)}._row <= 0)`;
      const span = (await conn.runAndReadAll(`SELECT min(rowid), max(rowid), count(*) FROM ${ident(table)} WHERE ${fresh}`))
        .getRowsJS()[0]
        .map(Number);
      if (span[2] !== shape.records || (shape.records && span[1] - span[0] + 1 !== shape.records))
        throw new Error('the records are not contiguous in the table');
      const k = `(rowid - ${span[0]})`;
      const short = shape.forced;
      await conn.run(
        `UPDATE ${ident(table)} SET _row = CASE ${short.length ? `WHEN ${k} IN (${short.join(', ')}) THEN -(${k} + 1) ` : ''}WHEN _row = 0 THEN ${shape.lineSql(k)} WHEN _row = -1 THEN -(${k} + 1) END WHERE ${fresh}`,
      );
      blanks = Number(
        (
          await conn.runAndReadAll(`SELECT count(*) FROM ${ident(table)} WHERE _file = ${stringLiteral(file)} AND _row IS NULL`)
        ).getRowsJS()[0][0],
      );
      const mine = `_file = ${stringLiteral(file)} AND _row < 0`;
      doubts = (await conn.runAndReadAll(`SELECT -_row - 1 FROM ${ident(table)} WHERE ${mine} ORDER BY 1`))
        .getRowsJS()
        .map((r) => Number(r[0]));
      step(`load every record, typed, scored and checked${speculate ? ' (cells checked by spelling)' : ''}`);
      // judged row by row, a row in doubt costs about ten times a record listed and loaded again
      if (!speculate || doubts.length <= MAX_SPECULATIVE_DOUBTS(shape.records)) break;
      await conn.run(`DELETE FROM ${ident(table)} WHERE _file = ${stringLiteral(file)}`);
      begun = false;
      speculate = false;
    }
    // 2. the rows in doubt, judged row by row; the analysed ones take their place, the others leave
    let analysedJs = 0;
    let blankDoubts = 0; // white space only (SQL left them in doubt when it did not list the cells)
    const app = await conn.createAppender(JS_TABLE);
    try {
      for await (const { k, cells, problem, record } of shape.rows(doubts)) {
        const line = shape.lineOf(k);
        const rec =
          record !== undefined
            ? record
            : tabularRecord(map, problem === undefined ? { row: line, cells } : { row: line, cells, problem }, file, analysis);
        if (!rec) {
          blankDoubts++;
          continue;
        }
        const ctx = judge(rec, p, tally);
        if (!ctx) continue;
        analysedJs++;
        appendAnalysed(app, p, file, line, ctx, (a) => {
          for (const t of textCols) {
            const x = ctx.answers[t.variable];
            if (typeof x === 'string') a.appendVarchar(x);
            else a.appendNull();
          }
          const id = rec.source.responseId;
          if (id !== undefined) a.appendVarchar(id);
          else a.appendNull();
          a.appendInteger(k);
        });
      }
    } finally {
      app.closeSync();
    }
    if (analysedJs) {
      const set = tableCols.filter((c) => c !== '_file').map((c) => `${c} = j.${c}`);
      await conn.run(
        `UPDATE ${ident(table)} SET ${set.join(', ')} FROM ${ident(JS_TABLE)} j WHERE ${ident(table)}._file = ${stringLiteral(file)} AND ${ident(table)}._row = -(j."#k" + 1)`,
      );
    }
    await conn.run(`DELETE FROM ${ident(table)} WHERE _file = ${stringLiteral(file)} AND (_row < 0 OR _row IS NULL)`);
    const rows = shape.records - blanks - blankDoubts;
    const total = rows - (doubts.length - blankDoubts) + analysedJs;
    step(`rows in doubt, row by row (${doubts.length})`);
    // 3. counts: responses without a duration, open answers in file order
    if (analysis.quality.some((q) => q.kind === 'duration')) {
      await restart();
      const r = await conn.runAndReadAll(
        `SELECT count(*) FROM (${sql.rows}) WHERE CASE WHEN "#k" >= 0 THEN "#fast" AND ${sql.noDuration} END`,
      );
      tally.withoutDuration += Number(r.getRows()[0][0]);
    }
    if (sql.texts.length) {
      await restart();
      const rid = sql.responseId ?? 'CAST(NULL AS VARCHAR)';
      const any = sql.texts.map((t) => `${t.sql} IS NOT NULL`).join(' OR ');
      const fastTexts = `SELECT "#row" AS r, ${rid} AS id, ${sql.texts.map((t, i) => `${t.sql} AS ${ident(`#t${i}`)}`).join(', ')} FROM (${sql.rows}) WHERE CASE WHEN "#k" >= 0 THEN "#fast" AND (${any}) END`;
      const q = analysedJs
        ? `SELECT * FROM (${fastTexts} UNION ALL SELECT _row AS r, "#rid" AS id, ${textCols.map((t) => ident(t.name)).join(', ')} FROM ${ident(JS_TABLE)}) ORDER BY r`
        : fastTexts;
      const stream = await conn.stream(q);
      sampled = true;
      for await (const rows of stream.yieldRowsJs()) {
        for (const r of rows) {
          const answers: Record<string, unknown> = {};
          sql.texts.forEach((t, i) => {
            if (r[2 + i] !== null) answers[t.name] = r[2 + i];
          });
          texts.add(answers, { file, row: Number(r[0]), ...(r[1] !== null ? { responseId: String(r[1]) } : {}) });
        }
      }
    }
    step('durations and open answers');
    begun = false;
    await conn.run(`DROP TABLE IF EXISTS ${ident(JS_TABLE)}`);
    return { rows, analysed: total, tally };
  } catch (e) {
    // DuckDB could not read the file as the scan promised (encoding, line size): row by row instead
    if (begun) await conn.run(`DELETE FROM ${ident(table)} WHERE _file = ${stringLiteral(file)}`); // this attempt's rows (a file is read once)
    if (sampled) throw e;
    return { why: `DuckDB: ${(e as Error).message.split('\n')[0]}` };
  }
}

/** Streams the distinct non-blank cells of each column through its verdict; a reason when the file is not for this path. */
async function classifyCells(
  conn: DuckDBConnection,
  source: string,
  plans: ColumnPlan[],
  records: number,
  listCoded = true,
): Promise<string | undefined> {
  // coded columns hold few distinct cells: one scan lists them all; free and ignored ones stream
  const coded = plans.filter((c) => c.coded);
  const free = plans.filter((c) => !c.coded);
  if (!listCoded) return free.length ? classifyFree(conn, source, free) : undefined;
  const lists = coded.map((c) => `list(DISTINCT ${src(c)})`);
  const r = await conn.runAndReadAll(`SELECT count(*), ${[...lists, 'NULL'].join(', ')} FROM ${source}`);
  const row = r.getRowsJS()[0];
  if (Number(row[0]) !== records) return `DuckDB read ${Number(row[0])} rows where the scan found ${records}`;
  for (const [i, c] of coded.entries()) {
    for (const raw of (row[1 + i] as unknown[] | null) ?? [])
      if (raw !== null && !classify(c, String(raw))) return `too many distinct cells in column ${c.index + 1}`;
  }
  return free.length ? classifyFree(conn, source, free) : undefined;
}

async function classifyFree(conn: DuckDBConnection, source: string, free: ColumnPlan[]): Promise<string | undefined> {
  {
    // free columns (ids, timestamps, numbers, texts) may hold a distinct cell a row: one scan streams them all
    const pairs = `SELECT unnest([${free.map((_, i) => i).join(', ')}]) AS i, unnest([${free.map(src).join(', ')}]) AS v FROM ${source}`;
    const stream = await conn.stream(`SELECT i, v FROM (${pairs}) WHERE v IS NOT NULL GROUP BY i, v`);
    for await (const rows of stream.yieldRowsJs())
      for (const x of rows) {
        const c = free[Number(x[0])];
        if (!classify(c, String(x[1]))) return `too many unusual cells in column ${c.index + 1}`;
      }
  }
  return undefined;
}
