// JSON Lines as a set-based source, parsed by DuckDB. JavaScript only splits the file
// into lines (the row-by-row reader's own linesOf, so the lines, the BOM and CRLF are
// the same) and appends each line's text; DuckDB's JSON functions parse every line once
// and write the staging table json-source.ts would write (a finite plain number in a
// numeric column and a non-blank text in a text column as they are, any other value as
// U+0001 and its JSON), so the same set-based SQL judges the cells.
//
// DuckDB's parser (yyjson) is not JSON.parse: it accepts trailing commas, NaN and
// Infinity, reads -0 as 0 and keeps the first of duplicate keys where JSON.parse keeps
// the last. A line SQL cannot vouch for is judged row by row from the file, with the
// reader's own reasons: one DuckDB does not parse, one that may use a leniency (a comma
// before a closing bracket, a NaN or Inf after a separator, a -0, a NUL, a BOM — also
// inside a text, which only costs a row-by-row read), not an object, a duplicate or
// unknown key at the top or in `answers` or `hidden`, a required top-level field
// missing, an empty `hidden` object, a response id that is not a text, no field at all.
// Nested values (a list of codes, a grid) keep their duplicate keys in DuckDB's JSON
// text, so JSON.parse of it (decode) gives what JSON.parse of the line gives.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { AnalysisDoc } from '../config.ts';
import { OPTIONAL_META } from '../engine/load-table.ts';
import { lineRecord, linesOf } from '../load/json.ts';
import { stringLiteral } from '../sql/dialect.ts';
import { ident } from '../sql/names.ts';
import { jsonColumns } from './json-source.ts';
import type { SetSource } from './source.ts';

const LINES = 'survey_jsonl_lines';
const STAGE = 'survey_jsonl_stage';
const TAG = '\u0001';

/** What DuckDB's JSON reader may accept and JSON.parse not (or read otherwise): the line is judged row by row. */
const LENIENT = String.raw`,\s*[\]}]|[:\[,]\s*[-+]?(?i:nan|inf)|[:\[,]\s*-0|\x00|^\x{FEFF}`;

/** Text JavaScript's trim() removes entirely (its white space and line terminators). */
const BLANK = String.raw`[\t\n\x0B\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]*`;

/** A plain decimal number: DuckDB's CAST and JavaScript's Number() read it to the same double (cells.ts). */
const PLAIN_NUMBER = String.raw`-?(0|[1-9][0-9]{0,14})(\.[0-9]{1,15})?`;

const path = (...keys: string[]) => stringLiteral(`$${keys.map((k) => `."${k.replace(/["\\]/g, (c) => `\\${c}`)}"`).join('')}`);
const list = (xs: string[]) => `[${xs.map(stringLiteral).join(', ')}]::VARCHAR[]`;

export async function jsonLinesSource(
  conn: DuckDBConnection,
  file: string,
  analysis: AnalysisDoc,
  schema: object,
): Promise<SetSource | { why: string }> {
  const columns = jsonColumns(file, analysis, schema);
  if ('why' in columns) return columns;
  const { header, metas, answers, hidden, numeric, decode, topKeys, required, hasHidden } = columns;
  let records = 0;
  try {
    await conn.run(`CREATE OR REPLACE TEMP TABLE ${ident(LINES)} ("#k" INTEGER, "#l" VARCHAR)`);
    const app = await conn.createAppender(LINES);
    let any = false;
    try {
      for await (const raw of linesOf(file)) {
        const k = records++;
        const text = k === 0 ? raw.replace(/^\uFEFF/, '') : raw;
        app.appendInteger(k);
        if (text.trim() === '') app.appendNull();
        else {
          any = true;
          app.appendVarchar(text);
        }
        app.endRow();
      }
    } finally {
      app.closeSync();
    }
    if (!any) {
      await conn.run(`DROP TABLE IF EXISTS ${ident(LINES)}`);
      return { why: 'no response' }; // the reader reports the empty file
    }
    // one parse of each line gives every field: the objects, the metadata, the answers, the hidden values
    const paths = [
      path('answers'),
      path('hidden'),
      ...metas.map((m) => path(m)),
      ...answers.map((q) => path('answers', q)),
      ...hidden.map((h) => path('hidden', h)),
    ];
    const part = (i: number) => `CAST("#p"[${i + 1}] AS VARCHAR)`;
    const field = (i: number) => part(2 + i); // the header's column i
    const cell = (i: number) => {
      const v = field(i);
      const plain = numeric[i]
        ? `WHEN regexp_full_match(${v}, ${stringLiteral(PLAIN_NUMBER)}) THEN ${v}`
        : `WHEN json_type(${v}) = 'VARCHAR' AND NOT regexp_full_match(${v} ->> '$', ${stringLiteral(BLANK)}) AND NOT starts_with(${v} ->> '$', ${stringLiteral(TAG)}) THEN ${v} ->> '$'`;
      return `CASE WHEN ${v} IS NULL THEN NULL ${plain} ELSE ${stringLiteral(TAG)} || ${v} END`;
    };
    const keysOk = (keys: string, allowed: string[]) =>
      `(len(list_distinct(${keys})) = len(${keys}) AND list_has_all(${list(allowed)}, ${keys}))`;
    const must = required.filter((k) => !OPTIONAL_META.includes(k));
    const rid = metas.indexOf('responseId');
    const a = part(0);
    const h = part(1);
    const vouched = [
      keysOk('json_keys("#l")', [...topKeys]),
      ...(must.length ? [`list_has_all(json_keys("#l"), ${list(must)})`] : []),
      `(${a} IS NULL OR (json_type(${a}) = 'OBJECT' AND ${keysOk(`json_keys(${a})`, answers)}))`,
      `(${h} IS NULL OR (json_type(${h}) = 'OBJECT' AND len(json_keys(${h})) > 0 AND ${keysOk(`json_keys(${h})`, hasHidden ? hidden : [])}))`,
      ...(rid >= 0 ? [`(${field(rid)} IS NULL OR json_type(${field(rid)}) = 'VARCHAR')`] : []),
      `NOT (${header.map((_, i) => `${field(i)} IS NULL`).join(' AND ')})`,
    ].join(' AND ');
    const parsed = `CASE WHEN json_valid("#l") AND NOT regexp_matches("#l", ${stringLiteral(LENIENT)}) AND json_type("#l") = 'OBJECT' THEN json_extract("#l", [${paths.join(', ')}]) END`;
    const cells = header.map((_, i) => `CASE WHEN "#ok" THEN ${cell(i)} END AS ${ident(`#c${i}`)}`);
    await conn.run(
      `CREATE OR REPLACE TEMP TABLE ${ident(STAGE)} AS SELECT "#k", "#l" IS NOT NULL AND NOT coalesce("#ok", false) AS "#forced", ${cells.join(', ')} FROM (SELECT "#k", "#l", "#p", CASE WHEN "#p" IS NOT NULL THEN ${vouched} END AS "#ok" FROM (SELECT "#k", "#l", ${parsed} AS "#p" FROM ${ident(LINES)})) ORDER BY "#k"`,
    );
  } catch (e) {
    await conn.run(`DROP TABLE IF EXISTS ${ident(STAGE)}`);
    return { why: `DuckDB: ${(e as Error).message.split('\n')[0]}` };
  } finally {
    await conn.run(`DROP TABLE IF EXISTS ${ident(LINES)}`);
  }
  const forced = (await conn.runAndReadAll(`SELECT "#k" FROM ${ident(STAGE)} WHERE "#forced" ORDER BY 1`))
    .getRowsJS()
    .map((r) => Number(r[0]));
  const select = header.map((_, i) => ident(`#c${i}`)).join(', ');
  return {
    header,
    records,
    sql: `(SELECT ${select} FROM ${ident(STAGE)} ORDER BY "#k")`,
    forced,
    lineSql: (k) => `(${k} + 1)`,
    lineOf: (k) => k + 1,
    decode,
    asIs: true,
    async *rows(ks) {
      let k = -1;
      let i = 0;
      for await (const raw of linesOf(file)) {
        k++;
        if (i >= ks.length) break;
        if (ks[i] !== k) continue;
        i++;
        const text = k === 0 ? raw.replace(/^\uFEFF/, '') : raw;
        yield { k, cells: [], record: text.trim() === '' ? null : lineRecord(file, k + 1, text) };
      }
    },
    close: () => conn.run(`DROP TABLE IF EXISTS ${ident(STAGE)}`).then(() => undefined),
  };
}
