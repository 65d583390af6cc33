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
/** Lines parsed by one statement. */
const BATCH_LINES = 20_000;

/** What DuckDB's JSON reader may accept and JSON.parse not (or read otherwise): the line is judged row by row. */
const LENIENT = String.raw`,\s*[\]}]|[:\[,]\s*[-+]?(?i:nan|inf)|[:\[,]\s*-0|\x00|^\x{FEFF}`;

/** Text JavaScript's trim() removes entirely (its white space and line terminators). */
const BLANK = String.raw`[\t\n\x0B\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}]*`;

/** A plain decimal number: DuckDB's CAST and JavaScript's Number() read it to the same double (cells.ts). */
const PLAIN_NUMBER = String.raw`-?(0|[1-9][0-9]{0,14})(\.[0-9]{1,15})?`;

const path = (...keys: string[]) => stringLiteral(`$${keys.map((k) => `."${k.replace(/["\\]/g, (c) => `\\${c}`)}"`).join('')}`);

export async function jsonLinesSource(
  conn: DuckDBConnection,
  file: string,
  analysis: AnalysisDoc,
  schema: object,
): Promise<SetSource | { why: string }> {
  const columns = jsonColumns(file, analysis, schema);
  if ('why' in columns) return columns;
  const { header, metas, answers, hidden, numeric, decode, required, hasHidden } = columns;
  // one parse of each line gives every field: the objects, the metadata, the answers, the hidden values
  const paths = [
    path('answers'),
    path('hidden'),
    ...metas.map((m) => path(m)),
    ...answers.map((q) => path('answers', q)),
    ...hidden.map((h) => path('hidden', h)),
  ];
  const part = (i: number) => `"#p"[${i + 1}]`;
  const field = (i: number) => part(2 + i); // the header's column i
  const cell = (i: number) => {
    const v = field(i);
    const plain = numeric[i]
      ? `WHEN regexp_full_match(${v}, ${stringLiteral(PLAIN_NUMBER)}) THEN ${v}`
      : `WHEN json_type(${v}) = 'VARCHAR' AND NOT regexp_full_match(${v} ->> '$', ${stringLiteral(BLANK)}) AND NOT starts_with(${v} ->> '$', ${stringLiteral(TAG)}) THEN ${v} ->> '$'`;
    return `CASE WHEN ${v} IS NULL THEN NULL ${plain} ELSE ${stringLiteral(TAG)} || ${v} END`;
  };
  /** How many of the parts from..to (0-based, inclusive) are present. */
  const present = (from: number, to: number) => (to < from ? '0' : `list_count(list_slice("#p", ${from + 1}, ${to + 1}))`);
  const must = required.filter((k) => !OPTIONAL_META.includes(k));
  const rid = metas.indexOf('responseId');
  const a = part(0);
  const h = part(1);
  const firstAnswer = 2 + metas.length;
  const firstHidden = firstAnswer + answers.length;
  // An object's keys are all known and none is repeated exactly when it has as many keys as known fields are present.
  const vouched = [
    `"#t" = ${present(0, hasHidden ? 1 : 0)} + ${present(2, firstAnswer - 1)}`,
    ...must.map((k) =>
      k === 'answers'
        ? `${a} IS NOT NULL`
        : k === 'hidden'
          ? `${h} IS NOT NULL`
          : metas.includes(k)
            ? `${field(metas.indexOf(k))} IS NOT NULL`
            : 'false',
    ),
    `(${a} IS NULL OR (json_type(${a}) = 'OBJECT' AND len(json_keys(${a})) = ${present(firstAnswer, firstHidden - 1)}))`,
    `(${h} IS NULL OR (json_type(${h}) = 'OBJECT' AND len(json_keys(${h})) > 0 AND len(json_keys(${h})) = ${present(firstHidden, firstHidden + hidden.length - 1)}))`,
    ...(rid >= 0 ? [`(${field(rid)} IS NULL OR json_type(${field(rid)}) = 'VARCHAR')`] : []),
    `${present(2, 2 + header.length - 1)} > 0`,
  ].join(' AND ');
  const object = `json_valid("#l") AND NOT regexp_matches("#l", ${stringLiteral(LENIENT)}) AND try(json_type("#l")) = 'OBJECT'`;
  // MATERIALIZED: "#p" is referenced many times below, and must be parsed once
  const parsed = `WITH parsed AS MATERIALIZED (SELECT "#k", "#l" IS NULL AS "#blank", CASE WHEN ${object} THEN CAST(try(json_extract("#l", [${paths.join(', ')}])) AS VARCHAR[]) END AS "#p", CASE WHEN ${object} THEN len(try(json_keys("#l"))) END AS "#t" FROM ${ident(LINES)})`;
  const cells = header.map((_, i) => `CASE WHEN "#ok" THEN ${cell(i)} END`);
  const insert = `INSERT INTO ${ident(STAGE)} ${parsed} SELECT "#k", NOT "#blank" AND NOT coalesce("#ok", false), ${cells.join(', ')} FROM (SELECT *, CASE WHEN "#p" IS NOT NULL THEN ${vouched} END AS "#ok" FROM parsed)`;
  let records = 0;
  try {
    await conn.run(
      `CREATE OR REPLACE TEMP TABLE ${ident(STAGE)} ("#k" INTEGER, "#forced" BOOLEAN, ${header.map((_, i) => `${ident(`#c${i}`)} VARCHAR`).join(', ')})`,
    );
    await conn.run(`CREATE OR REPLACE TEMP TABLE ${ident(LINES)} ("#k" INTEGER, "#l" VARCHAR)`);
    // the lines go through DuckDB a batch at a time, so that the text of the file is never held whole
    let app = await conn.createAppender(LINES);
    let inBatch = 0;
    const flush = async () => {
      app.closeSync();
      if (inBatch) {
        await conn.run(insert);
        await conn.run(`DELETE FROM ${ident(LINES)}`);
      }
      inBatch = 0;
    };
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
        if (++inBatch === BATCH_LINES) {
          await flush();
          app = await conn.createAppender(LINES);
        }
      }
    } finally {
      await flush();
    }
    if (!any) {
      await conn.run(`DROP TABLE IF EXISTS ${ident(STAGE)}`);
      return { why: 'no response' }; // the reader reports the empty file
    }
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
