// How DuckDB stores a responses table: narrower than the portable table of sql/table.ts
// (which every statistics query and the emitted SQL read). A coded answer the response
// schema allows only as an integer in a small range is kept as TINYINT, SMALLINT or
// INTEGER instead of a double, and the file name as an ENUM of the files read; a view
// under the table's own name turns them back into the portable columns (exact: every
// such integer is a double as it is), so the statistics read the very same values.
// The loaders write to the data table. A 1,000,000-row table of 30 ratings takes about
// 200 MB less this way.
import { stringLiteral } from '../sql/dialect.ts';
import { ident } from '../sql/names.ts';
import type { TableColumn } from '../sql/table.ts';
import { flatView } from '../fast/flat-schema.ts';

export interface Storage {
  /** The table the loaders write to. */
  data: string;
  /** Statements creating it and the view named as the responses table. */
  ddl: string[];
  /** Columns stored as integers, with their type (a value written there by SQL goes through TRY_CAST). */
  narrow: Map<string, string>;
}

/** More distinct files than this: the file name is kept as text. */
const MAX_ENUM_FILES = 1000;

type Schema = Record<string, unknown>;

const INTEGER_TYPES: Array<[type: string, lo: number, hi: number]> = [
  ['TINYINT', -128, 127],
  ['SMALLINT', -32768, 32767],
  ['INTEGER', -2147483648, 2147483647],
];

/**
 * [lo, hi] when every value the schema accepts is an integer between lo and hi (a coded
 * answer: `type: integer` with its codes as `oneOf` consts or `enum`, or with both bounds);
 * undefined when the schema says less, or says it in a way this does not read.
 */
export function integerRange(s: unknown, defs: Record<string, unknown>, depth = 0): [number, number] | undefined {
  if (!s || typeof s !== 'object' || depth > 10) return undefined;
  const x = s as Schema;
  const ints = (xs: unknown[]) => xs.length > 0 && xs.every((v) => typeof v === 'number' && Number.isInteger(v));
  const span = (xs: number[]): [number, number] => [Math.min(...xs), Math.max(...xs)];
  if (Array.isArray(x.enum)) return ints(x.enum) ? span(x.enum as number[]) : undefined;
  if (Array.isArray(x.oneOf) && x.oneOf.every((o) => o && typeof o === 'object' && 'const' in o)) {
    const consts = x.oneOf.map((o) => (o as Schema).const);
    if (ints(consts)) return span(consts as number[]);
  }
  if (x.type === 'integer' && typeof x.minimum === 'number' && typeof x.maximum === 'number')
    return [Math.ceil(x.minimum), Math.floor(x.maximum)];
  // each of these holds together with the keywords beside it: any one bound is a bound
  if (typeof x.$ref === 'string' && x.$ref.startsWith('#/$defs/')) {
    const r = integerRange(defs[x.$ref.slice('#/$defs/'.length)], defs, depth + 1);
    if (r) return r;
  }
  for (const part of Array.isArray(x.allOf) ? x.allOf : []) {
    const r = integerRange(part, defs, depth + 1);
    if (r) return r;
  }
  return undefined;
}

/** The storage of the responses table `table` with `columns`, for responses validated by `schema` from `files`. */
export function storageOf(table: string, columns: TableColumn[], schema: object, files: string[]): Storage {
  const flat = flatView(schema) as {
    $defs?: Record<string, unknown>;
    properties?: { answers?: { properties?: Schema }; hidden?: { properties?: Schema } };
  };
  const defs = flat.$defs ?? {};
  const data = `${table}$data`;
  const distinct = [...new Set(files)].sort();
  const fileType = distinct.length && distinct.length <= MAX_ENUM_FILES ? `${table}$file` : undefined;
  const stored: string[] = [];
  const view: string[] = [];
  const narrowed = new Map<string, string>();
  for (const c of columns) {
    const name = ident(c.name);
    let type: string = c.type;
    let read = name;
    if (c.name === '_file' && fileType) {
      type = ident(fileType);
      read = `CAST(${name} AS VARCHAR) AS ${name}`;
    } else if (c.type === 'DOUBLE PRECISION' && c.variable) {
      const v = c.variable;
      const part = (v.source === 'hidden' ? flat.properties?.hidden : flat.properties?.answers)?.properties?.[v.name];
      const range = integerRange(part, defs);
      const narrow = range && INTEGER_TYPES.find(([, lo, hi]) => range[0] >= lo && range[1] <= hi);
      if (narrow) {
        type = narrow[0];
        narrowed.set(c.name, type);
        read = `CAST(${name} AS DOUBLE) AS ${name}`;
      }
    }
    stored.push(`  ${name} ${type}`);
    view.push(read);
  }
  return {
    data,
    narrow: narrowed,
    ddl: [
      ...(fileType ? [`CREATE TYPE ${ident(fileType)} AS ENUM (${distinct.map(stringLiteral).join(', ')})`] : []),
      `CREATE TABLE ${ident(data)} (\n${stored.join(',\n')}\n)`,
      `CREATE VIEW ${ident(table)} AS SELECT ${view.join(', ')} FROM ${ident(data)}`,
    ],
  };
}
