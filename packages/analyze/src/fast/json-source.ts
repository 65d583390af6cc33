// JSON and JSON Lines responses (the HTML form's format) as a set-based source. The
// reader's own parse (JSON.parse of each line, or of the whole .json file) runs once;
// each response's metadata, answers and hidden values go through DuckDB's appender
// into a staging table of text columns, one row per line (JSON Lines; a blank line is
// a blank row) or per array element. A value keeps its meaning: a finite number in a
// numeric column and a non-blank text in a text column are stored as they are; any
// other value (a blank text, a list, a truth value, null, a number where a text is
// expected) is stored as U+0001 followed by its JSON, and decodes to the very value.
// A response whose shape the column checks cannot vouch for — not an object, a key the
// schema does not list, a required top-level field missing, an empty hidden object —
// is judged row by row from the file, like every invalid one.
import { readFileSync, statSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { AnalysisDoc } from '../config.ts';
import { OPTIONAL_META } from '../engine/load-table.ts';
import { mapColumns, METADATA_COLUMNS, type Cell } from '../load/columns.ts';
import { lineRecord, linesOf, record } from '../load/json.ts';
import { ident, isNumericColumn } from '../sql/names.ts';
import type { SetSource } from './source.ts';

const STAGE = 'survey_json_stage';
const TAG = '\u0001';
const MAX_JSON_FILE = 512 * 1024 * 1024;

type Props = Record<string, unknown>;
const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);
const numberText = (x: number) => (Object.is(x, -0) ? '-0' : String(x));

export async function jsonSource(
  conn: DuckDBConnection,
  file: string,
  analysis: AnalysisDoc,
  schema: object,
  lines: boolean,
): Promise<SetSource | { why: string }> {
  const root = schema as {
    properties?: Props & { answers?: { properties?: Props }; hidden?: { properties?: Props } };
    required?: string[];
  };
  const props = root.properties ?? {};
  const metas = METADATA_COLUMNS.filter((m) => m in props || OPTIONAL_META.includes(m));
  const answers = Object.keys(props.answers?.properties ?? {});
  const hidden = Object.keys(props.hidden?.properties ?? {});
  const header = [...metas, ...answers, ...hidden];
  let roles;
  try {
    roles = mapColumns(header, analysis, file).roles;
  } catch {
    return { why: 'the response schema names a field the analysis does not' };
  }
  for (const [i, r] of roles.entries()) {
    const want = i < metas.length ? 'meta' : i < metas.length + answers.length ? 'answer' : 'hidden';
    if (r.role !== want) return { why: `field '${header[i]}'` };
  }
  const numeric = roles.map((r) =>
    r.role === 'meta'
      ? r.name === 'durationSeconds'
      : (r.role === 'answer' || r.role === 'hidden') &&
        r.variable.type !== 'multi-response' &&
        r.variable.type !== 'ranking' &&
        isNumericColumn(r.variable),
  );
  const encode = (v: unknown, i: number): string | null => {
    if (v === undefined) return null;
    if (numeric[i] ? typeof v === 'number' && Number.isFinite(v) : typeof v === 'string' && v.trim() !== '' && !v.startsWith(TAG))
      return typeof v === 'number' ? numberText(v) : (v as string);
    return TAG + JSON.stringify(v);
  };
  const decode: SetSource['decode'] = numeric.map(
    (num) =>
      (raw: string): Cell =>
        raw.startsWith(TAG) ? (JSON.parse(raw.slice(1)) as Cell) : num ? Number(raw) : raw,
  );
  const topKeys = new Set([...metas, 'answers', ...(props.hidden ? ['hidden'] : [])]);
  const required = root.required ?? [];
  const answerSet = new Set(answers);
  const hiddenSet = new Set(hidden);
  /** The cells of a response whose every part the column checks see; undefined: judged row by row. */
  const cellsOf = (v: unknown): Array<string | null> | undefined => {
    if (!isObject(v)) return undefined;
    for (const k of Object.keys(v)) if (!topKeys.has(k)) return undefined;
    for (const k of required) if (!(k in v) && !OPTIONAL_META.includes(k)) return undefined;
    const a = v.answers;
    const h = v.hidden;
    if (a !== undefined && !isObject(a)) return undefined;
    if (h !== undefined && (!isObject(h) || Object.keys(h).length === 0)) return undefined;
    if (a) for (const k of Object.keys(a)) if (!answerSet.has(k)) return undefined;
    if (h) for (const k of Object.keys(h)) if (!hiddenSet.has(k)) return undefined;
    if (v.responseId !== undefined && typeof v.responseId !== 'string') return undefined;
    const out = [
      ...metas.map((m, i) => encode(v[m], i)),
      ...answers.map((q, i) => encode(a?.[q], metas.length + i)),
      ...hidden.map((q, i) => encode(h?.[q], metas.length + answers.length + i)),
    ];
    return out.every((x) => x === null) ? undefined : out;
  };
  const cols = header.map((_, i) => `${ident(`#c${i}`)} VARCHAR`);
  const forced: number[] = [];
  let records = 0;
  let array: unknown[] | undefined;
  try {
    await conn.run(`CREATE OR REPLACE TEMP TABLE ${ident(STAGE)} ("#k" INTEGER, ${cols.join(', ')})`);
    const app = await conn.createAppender(STAGE);
    const put = (k: number, cells: Array<string | null> | undefined) => {
      app.appendInteger(k);
      for (let i = 0; i < header.length; i++) {
        const x = cells?.[i] ?? null;
        if (x === null) app.appendNull();
        else app.appendVarchar(x);
      }
      app.endRow();
    };
    try {
      if (lines) {
        let any = false;
        for await (const raw of linesOf(file)) {
          const k = records++;
          const text = k === 0 ? raw.replace(/^\uFEFF/, '') : raw;
          if (text.trim() === '') {
            put(k, undefined);
            continue;
          }
          any = true;
          let v: unknown;
          try {
            v = JSON.parse(text);
          } catch {
            v = undefined;
          }
          const cells = cellsOf(v);
          if (!cells) forced.push(k);
          put(k, cells);
        }
        if (!any) return { why: 'no response' }; // the reader reports the empty file
      } else {
        if (statSync(file).size > MAX_JSON_FILE) return { why: 'a file over 512 MB' };
        const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
        if (text.trim() === '') return { why: 'no response' };
        const value = JSON.parse(text) as unknown;
        array = Array.isArray(value) ? value : [value];
        for (const v of array) {
          const k = records++;
          const cells = cellsOf(v);
          if (!cells) forced.push(k);
          put(k, cells);
        }
      }
    } finally {
      app.closeSync();
    }
  } catch (e) {
    await conn.run(`DROP TABLE IF EXISTS ${ident(STAGE)}`);
    return { why: `the reader: ${(e as Error).message.split('\n')[0]}` }; // it says the same, with the file and line
  }
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
      if (array) {
        for (const k of ks) yield { k, cells: [], record: record(file, k + 1, array[k]) };
        return;
      }
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
    close: async () => {
      array = undefined;
      await conn.run(`DROP TABLE IF EXISTS ${ident(STAGE)}`);
    },
  };
}
