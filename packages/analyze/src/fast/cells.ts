// Cells of a CSV column, read by DuckDB as text, judged the way the row-by-row path
// judges them: each distinct cell of a column goes once through the same conversion
// (columns.ts) and the same part of the response schema (ajv), and the verdicts become
// SQL. A cell SQL converts to the same value by itself (a plain number, a code as
// written) needs nothing; a valid cell that converts otherwise (a label in any
// language, a padded number) is mapped to its value; an invalid one is listed, and
// the rows holding it are judged row by row.
import type { AnalysisDoc, VariableDoc } from '../config.ts';
import { convertCell, metaValue, type Cell, type Role } from '../load/columns.ts';
import { stringLiteral } from '../sql/dialect.ts';
import { isNumericColumn, numberLiteral } from '../sql/names.ts';
import { valueValidator } from '../validate.ts';
import { flatView } from './flat-schema.ts';

/** A plain decimal number: DuckDB's CAST and JavaScript's Number() read it to the same double. */
const PLAIN_NUMBER = /^-?(0|[1-9][0-9]{0,14})(\.[0-9]{1,15})?$/;

/** More distinct cells than this in a coded column, or odd cells in a free one: the file goes row by row. */
const MAX_LISTED = 5000;

export interface ColumnPlan {
  /** Position in the header; the DuckDB column is `"#c<index>"`. */
  index: number;
  role: Role;
  /** The responses-table column this cell fills, when it is stored. */
  target?: VariableDoc;
  /** Whether SQL holds the value as a number (a numeric column, durationSeconds). */
  numeric: boolean;
  /** The value the row-by-row path puts in the response for a non-blank cell (undefined: left out). */
  convert(raw: string): unknown;
  /** Whether that value passes its part of the response schema. */
  valid(value: unknown): boolean;
  /** Filled by classify(): valid cells SQL would not convert to their value by itself, with that value. */
  mapped: Map<string, unknown>;
  /** Filled by classify(): invalid cells (their rows are judged row by row). */
  odd: Set<string>;
  /** Filled by classify(): non-empty cells that are blank (white space only), as trim() sees them. */
  blanks: Set<string>;
  /** Every value is of the column's type (numbers in a numeric column, strings in a text one). */
  typed: boolean;
  /** Few distinct cells are expected (a code list): DuckDB lists them in one scan with the others. */
  coded: boolean;
  /** A multi-select or ranking answer (`a;b`): its value is an array, every valid cell is mapped. */
  multi: boolean;
  /**
   * The codes of a coded column whose exact spelling is a valid answer SQL reads to that very
   * value (checked here through convert() and valid()); undefined when the column cannot be
   * judged that way (see spellingSql).
   */
  codes?: { numeric: true; values: number[] } | { numeric: false; values: string[] };
  /** Set by the loader: the cells were not listed, so a cell passes only when it is blank or one of `codes` as spelled. */
  speculative?: boolean;
  /** Set by the loader: the scan of a CSV file checked the spelling of every cell (spelling.ts), so SQL does not. */
  scanned?: boolean;
}

export const src = (p: ColumnPlan) => `"#c${p.index}"`;

type Props = Record<string, object>;

/** Validators by the part of the schema they check (a battery of items on one scale shares one). */
const validators = new WeakMap<object, Map<string, (value: unknown) => boolean>>();

function validatorOf(schema: object, part: object): (value: unknown) => boolean {
  let cache = validators.get(schema);
  if (!cache) validators.set(schema, (cache = new Map()));
  const { title: _t, description: _d, $comment: _c, ...rest } = part as Record<string, unknown>;
  const key = JSON.stringify(rest);
  let v = cache.get(key);
  if (!v) cache.set(key, (v = valueValidator(schema, rest)));
  return v;
}

/**
 * The plan of each column of a header, or why the file cannot be read set-based.
 * `decode` turns the text of a typed column back into the cell the row-by-row reader sees;
 * `asIs`: that cell is the value itself (JSON responses are not converted).
 */
export function columnPlans(
  roles: Role[],
  _analysis: AnalysisDoc,
  schema: object,
  schemaFields: Set<string>,
  decode: Array<((raw: string) => Cell) | undefined> = [],
  asIs = false,
): ColumnPlan[] | string {
  const flat = flatView(schema);
  const root = flat as { properties?: Props & { answers?: { properties?: Props }; hidden?: { properties?: Props } } };
  const answers = root.properties?.answers?.properties ?? {};
  const hidden = root.properties?.hidden?.properties ?? {};
  const never = () => false;
  const plans: ColumnPlan[] = [];
  for (const [index, role] of roles.entries()) {
    const d = decode[index];
    const cell = d ?? ((raw: string): Cell => raw);
    const base = { index, role, mapped: new Map<string, unknown>(), odd: new Set<string>(), blanks: new Set<string>(), typed: true };
    switch (role.role) {
      case 'ignore':
        plans.push({ ...base, numeric: false, convert: () => undefined, valid: () => true, coded: false, multi: false });
        break;
      case 'indicator':
        return 'multi-select indicator columns';
      case 'meta': {
        const part = root.properties?.[role.name];
        const unused = !schemaFields.has(role.name) && ['responseId', 'formVersion'].includes(role.name);
        plans.push({
          ...base,
          numeric: role.name === 'durationSeconds',
          convert: (raw) => (asIs ? cell(raw) : metaValue(role.name, cell(raw))),
          valid: unused ? () => true : part ? validatorOf(flat, part) : never,
          coded: ['language', 'format', 'survey', 'formVersion'].includes(role.name),
          multi: false,
        });
        break;
      }
      case 'answer':
      case 'hidden': {
        const v = role.variable;
        const multi = v.type === 'multi-response' || v.type === 'ranking';
        const part = role.role === 'answer' ? answers[v.name] : hidden[v.name];
        const stored = v.type !== 'text';
        plans.push({
          ...base,
          target: stored && !multi ? v : undefined,
          numeric: stored && !multi && isNumericColumn(v),
          convert: (raw) => (asIs ? cell(raw) : convertCell(v, cell(raw))),
          valid: part ? validatorOf(flat, part) : never,
          coded: (v.valueLabels ?? []).length > 0 || v.type === 'binary',
          multi,
        });
        if (d === undefined && !asIs && !multi) plans[plans.length - 1].codes = plainCodes(plans[plans.length - 1], v);
        break;
      }
    }
  }
  return plans;
}

/**
 * The codes of a coded column that SQL can recognise by their spelling alone, each spelled as
 * String(code), converted to itself and valid by the schema: in a numeric column the integers of
 * at most two digits that are (see spellingSql; labels may name only a scale's ends, so every such
 * integer is tried), in a text one its labelled codes. Undefined when the column has none.
 */
function plainCodes(p: ColumnPlan, v: VariableDoc): ColumnPlan['codes'] {
  if (!p.coded || p.role.role === 'ignore') return undefined;
  // the items of a battery share their scale and validator: their codes are found once
  let byValidator = codesCache.get(p.valid);
  if (!byValidator) codesCache.set(p.valid, (byValidator = new Map()));
  const key = JSON.stringify([v.type, v.valueLabels ?? [], p.numeric]);
  if (!byValidator.has(key)) byValidator.set(key, findCodes(p, v));
  return byValidator.get(key);
}

/** plainCodes by validator, then by what convertCell reads of the variable (its type and value labels). */
const codesCache = new WeakMap<(value: unknown) => boolean, Map<string, ColumnPlan['codes']>>();

function findCodes(p: ColumnPlan, v: VariableDoc): ColumnPlan['codes'] {
  const same = (code: number | string) => {
    const value = p.convert(String(code));
    return value === code && p.valid(value);
  };
  if (p.numeric) {
    const values = Array.from({ length: 199 }, (_, i) => i - 99).filter(same);
    return values.length ? { numeric: true, values } : undefined;
  }
  const values = (v.valueLabels ?? []).map((l) => l.value).filter((c): c is string => typeof c === 'string' && same(c));
  return values.length ? { numeric: false, values } : undefined;
}

/**
 * The cell is blank or one of the plan's codes spelled exactly as String(code); `value` is the
 * SQL of the cell's value (valueSql, or the typed column holding it). For numbers, without
 * comparing texts (slow in DuckDB): a cell that DuckDB casts to an integer of at most two digits
 * and is as long as that integer's own spelling is that spelling, for every other text casting
 * to it needs a character more (a sign, a point, a space, a leading zero or an exponent, as in
 * '1e1' or '+5'; from three digits on '1e2' would pass for 100, so no such code is taken). The
 * codes of one length are checked as runs of consecutive integers: the only texts of one or two
 * characters DuckDB reads as a fraction ('.5', '5.') lie between 0 and 10, which holds no code
 * of two characters.
 */
export function spelledSql(p: ColumnPlan, value: string): string {
  const c = src(p);
  const codes = p.codes!;
  if (!codes.numeric) return `(${c} IS NULL OR ${c} IN (${inList(codes.values)}))`;
  const runs: Array<[length: number, from: number, to: number]> = [];
  for (const x of [...codes.values].sort((a, b) => a - b)) {
    const n = String(x).length;
    const last = runs[runs.length - 1];
    if (last && last[0] === n && last[2] === x - 1) last[2] = x;
    else runs.push([n, x, x]);
  }
  const alternatives = runs.map(
    ([n, from, to]) =>
      `(strlen(${c}) = ${n} AND ${value} ${from === to ? `= ${numberLiteral(from)}` : `BETWEEN ${numberLiteral(from)} AND ${numberLiteral(to)}`})`,
  );
  return `(${c} IS NULL OR COALESCE(${alternatives.join(' OR ')}, FALSE))`; // a text that is no number: FALSE, not NULL
}

/**
 * Judges one distinct cell of a column (streamed by the caller). False when the
 * column holds too many blank, mapped or invalid cells for the set-based path.
 */
export function classify(p: ColumnPlan, raw: string): boolean {
  if (raw.trim() === '') {
    p.blanks.add(raw);
    return p.blanks.size <= MAX_LISTED;
  }
  if (p.role.role === 'ignore') return true;
  const value = p.convert(raw);
  if (value === undefined || !p.valid(value)) {
    p.odd.add(raw);
    return p.odd.size <= MAX_LISTED;
  }
  const plain = p.multi
    ? false
    : p.numeric
      ? typeof value === 'number' && PLAIN_NUMBER.test(raw) && Number(raw) === value
      : typeof value === 'string' && value === raw;
  if (plain) return true;
  if (p.numeric ? typeof value !== 'number' : typeof value !== 'string') p.typed = false;
  p.mapped.set(raw, value);
  return p.mapped.size <= MAX_LISTED;
}

const inList = (values: Iterable<string>) => [...values].map(stringLiteral).join(', ');

/** The cell is empty or white space only. */
export function blankSql(p: ColumnPlan): string {
  const c = src(p);
  return p.blanks.size ? `(${c} IS NULL OR ${c} IN (${inList(p.blanks)}))` : `${c} IS NULL`;
}

/** The cell passes: blank or valid. */
export function okSql(p: ColumnPlan): string {
  const c = src(p);
  return p.odd.size ? `(${c} IS NULL OR ${c} NOT IN (${inList(p.odd)}))` : 'TRUE';
}

export const presentSql = (p: ColumnPlan) => `(NOT ${blankSql(p)})`;

/** A value as SQL: a number in a numeric column (append() in load-table.ts: booleans 1/0, NULL when not finite), else its text. */
function literalSql(numeric: boolean, value: unknown): string {
  if (numeric) {
    const x = typeof value === 'boolean' ? (value ? 1 : 0) : Number(value);
    return Number.isFinite(x) ? `CAST(${numberLiteral(x)} AS DOUBLE)` : 'CAST(NULL AS DOUBLE)';
  }
  return stringLiteral(String(value));
}

/** The cell's value (as the responses table stores it, for a stored column), for a cell that passes. */
export function valueSql(p: ColumnPlan): string {
  const c = src(p);
  const base = p.numeric ? `TRY_CAST(${c} AS DOUBLE)` : c;
  const mapped = p.mapped.size
    ? `CASE ${c} ${[...p.mapped].map(([raw, value]) => `WHEN ${stringLiteral(raw)} THEN ${literalSql(p.numeric, value)}`).join(' ')} ELSE ${base} END`
    : base;
  return p.blanks.size ? `CASE WHEN ${presentSql(p)} THEN ${mapped} END` : mapped;
}
