// The if/then rules of the response schema (conditional questions, "please specify"
// texts; emitted by @survey/emitters json-schema/emit.ts and conditions.ts) as SQL
// over the cells of a CSV row, with JSON Schema's meaning: `properties` constrain a
// value only when it is there, bounds only numbers, `contains` only arrays. The
// emitter writes a small set of keywords; a rule using any other is not translated
// and the file is read row by row.
import { stringLiteral } from '../sql/dialect.ts';
import { numberLiteral } from '../sql/names.ts';
import { presentSql, src, type ColumnPlan } from './cells.ts';
import { flatView } from './flat-schema.ts';

type Schema = Record<string, unknown> | boolean;

export interface Cells {
  /** The plan of the column holding an answer (scope 'answers') or a hidden value ('hidden'). */
  column(scope: 'answers' | 'hidden', name: string): ColumnPlan | undefined;
  /** SQL of the value of a scalar column (typed as the responses table stores it). */
  value(c: ColumnPlan): string;
  /** Whether the response has a hidden object (some hidden value is there). */
  anyHidden: string;
  /** The plan of the column holding a top-level field (`outcome`, `screenout`, `end`, …), if the file has one. */
  meta?(name: string): ColumnPlan | undefined;
}

const dbl = (x: number) => `CAST(${numberLiteral(x)} AS DOUBLE)`;
const BOUNDS: Record<string, string> = { maximum: '<=', minimum: '>=', exclusiveMaximum: '<', exclusiveMinimum: '>' };

/** Raw cells of a multi-select column whose value (an array) satisfies `test`, as SQL membership. */
export function arrayCells(c: ColumnPlan, test: (value: unknown[]) => boolean): string {
  const raws = [...c.mapped].filter(([, v]) => Array.isArray(v) && test(v)).map(([raw]) => stringLiteral(raw));
  return raws.length ? `${src(c)} IN (${raws.join(', ')})` : 'FALSE';
}

const isArrayColumn = (c: ColumnPlan) => c.multi;

/** A value schema applied to the (present) value of column c; undefined when a keyword is not known. */
function valueSql(s: Schema, c: ColumnPlan, cells: Cells): string | undefined {
  if (s === true) return 'TRUE';
  if (s === false) return 'FALSE';
  const parts: string[] = [];
  const multi = isArrayColumn(c);
  const scalar = (x: unknown): string | undefined => {
    if (multi) return 'FALSE';
    if (typeof x === 'number')
      return c.numeric && c.typed ? `COALESCE(${cells.value(c)} = ${dbl(x)}, FALSE)` : c.numeric ? undefined : 'FALSE';
    if (typeof x === 'string')
      return !c.numeric && c.typed
        ? `COALESCE(${cells.value(c)} = ${stringLiteral(x)}, FALSE)`
        : c.numeric && c.typed
          ? 'FALSE'
          : undefined;
    return undefined;
  };
  for (const [k, v] of Object.entries(s)) {
    switch (k) {
      case 'title':
      case 'description':
      case '$comment':
        break;
      case 'const': {
        const x = scalar(v);
        if (!x) return undefined;
        parts.push(x);
        break;
      }
      case 'enum': {
        const xs = (v as unknown[]).map(scalar);
        if (xs.some((x) => !x)) return undefined;
        parts.push(`(${xs.join(' OR ') || 'FALSE'})`);
        break;
      }
      case 'type':
        if (v === 'array') parts.push(multi ? 'TRUE' : 'FALSE');
        else if (v === 'number') {
          if (!multi && !c.typed) return undefined;
          parts.push(!multi && c.numeric ? 'TRUE' : 'FALSE');
        } else if (v === 'string') {
          if (!multi && !c.typed) return undefined;
          parts.push(!multi && !c.numeric ? 'TRUE' : 'FALSE');
        } else return undefined;
        break;
      case 'maximum':
      case 'minimum':
      case 'exclusiveMaximum':
      case 'exclusiveMinimum':
        if (typeof v !== 'number' || (!multi && !c.typed)) return undefined;
        parts.push(!multi && c.numeric ? `COALESCE(${cells.value(c)} ${BOUNDS[k]} ${dbl(v)}, FALSE)` : 'TRUE');
        break;
      case 'contains': {
        const inner = v as Record<string, unknown>;
        if (!inner || typeof inner !== 'object' || Object.keys(inner).join() !== 'const') return undefined;
        if (!multi) parts.push('TRUE');
        else parts.push(arrayCells(c, (xs) => xs.some((x) => x === inner.const)));
        break;
      }
      case 'not': {
        const x = valueSql(v as Schema, c, cells);
        if (!x) return undefined;
        parts.push(`(NOT ${x})`);
        break;
      }
      case 'allOf':
      case 'anyOf': {
        const xs = (v as Schema[]).map((x) => valueSql(x, c, cells));
        if (xs.some((x) => !x)) return undefined;
        parts.push(`(${xs.join(k === 'allOf' ? ' AND ' : ' OR ') || (k === 'allOf' ? 'TRUE' : 'FALSE')})`);
        break;
      }
      default:
        return undefined;
    }
  }
  return parts.length ? `(${parts.join(' AND ')})` : 'TRUE';
}

const present = (c: ColumnPlan | undefined) => (c ? presentSql(c) : 'FALSE');

/** An object schema over the answers or the hidden values; undefined when a keyword is not known. */
function objectSql(s: Schema, scope: 'answers' | 'hidden', cells: Cells): string | undefined {
  if (s === true) return 'TRUE';
  if (s === false) return 'FALSE';
  const parts: string[] = [];
  for (const [k, v] of Object.entries(s)) {
    switch (k) {
      case 'type':
        if (v !== 'object') return undefined;
        break;
      case 'required':
        for (const n of v as string[]) parts.push(present(cells.column(scope, n)));
        break;
      case 'properties':
        for (const [n, sub] of Object.entries(v as Record<string, Schema>)) {
          const c = cells.column(scope, n);
          if (!c) continue; // never there
          const x = valueSql(sub, c, cells);
          if (!x) return undefined;
          parts.push(`(NOT ${presentSql(c)} OR ${x})`);
        }
        break;
      case 'not': {
        const x = objectSql(v as Schema, scope, cells);
        if (!x) return undefined;
        parts.push(`(NOT ${x})`);
        break;
      }
      case 'allOf':
      case 'anyOf': {
        const xs = (v as Schema[]).map((x) => objectSql(x, scope, cells));
        if (xs.some((x) => !x)) return undefined;
        parts.push(`(${xs.join(k === 'allOf' ? ' AND ' : ' OR ') || (k === 'allOf' ? 'TRUE' : 'FALSE')})`);
        break;
      }
      default:
        return undefined;
    }
  }
  return parts.length ? `(${parts.join(' AND ')})` : 'TRUE';
}

/** Top-level fields a tabular row does not fill from a column of its own (the reader sets or builds them). */
const FIELDS_OF_ANSWERS = ['format', 'survey', 'language', 'order'];

/** A schema over the whole response (rules that read hidden values, how the response ended): answers, hidden and flow fields inside. */
function rootSql(s: Schema, cells: Cells): string | undefined {
  if (typeof s === 'boolean') return s ? 'TRUE' : 'FALSE';
  const parts: string[] = [];
  for (const [k, v] of Object.entries(s)) {
    switch (k) {
      case 'required':
        for (const n of v as string[]) {
          if (n === 'hidden') parts.push(cells.anyHidden);
          else if (n !== 'answers') {
            // a top-level field (how the response ended): there when its cell is not blank
            if (!cells.meta || FIELDS_OF_ANSWERS.includes(n)) return undefined;
            parts.push(present(cells.meta(n)));
          }
        }
        break;
      case 'properties':
        for (const [n, sub] of Object.entries(v as Record<string, Schema>)) {
          if (n !== 'answers' && n !== 'hidden') {
            if (!cells.meta || FIELDS_OF_ANSWERS.includes(n)) return undefined;
            const c = cells.meta(n);
            if (!c) continue; // never there
            const x = valueSql(sub, c, cells);
            if (!x) return undefined;
            parts.push(`(NOT ${presentSql(c)} OR ${x})`);
            continue;
          }
          const x = objectSql(sub, n, cells);
          if (!x) return undefined;
          parts.push(n === 'hidden' ? `(NOT ${cells.anyHidden} OR ${x})` : x);
        }
        break;
      case 'not': {
        const x = rootSql(v as Schema, cells);
        if (!x) return undefined;
        parts.push(`(NOT ${x})`);
        break;
      }
      case 'allOf':
      case 'anyOf': {
        const xs = (v as Schema[]).map((x) => rootSql(x, cells));
        if (xs.some((x) => !x)) return undefined;
        parts.push(`(${xs.join(k === 'allOf' ? ' AND ' : ' OR ') || (k === 'allOf' ? 'TRUE' : 'FALSE')})`);
        break;
      }
      default:
        return undefined;
    }
  }
  return parts.length ? `(${parts.join(' AND ')})` : 'TRUE';
}

/** An if/then/else rule of the schema as SQL that holds exactly when the response satisfies it. */
function ruleSql(rule: Schema, over: (s: Schema) => string | undefined): string | undefined {
  if (typeof rule === 'boolean') return rule ? 'TRUE' : 'FALSE';
  const { if: cond, then, else: otherwise, ...rest } = rule as Record<string, Schema | undefined>;
  if (cond === undefined) return over(rule);
  if (Object.keys(rest).length) return undefined;
  const c = over(cond);
  const t = then === undefined ? 'TRUE' : over(then);
  const e = otherwise === undefined ? 'TRUE' : over(otherwise);
  return c && t && e ? `(CASE WHEN ${c} THEN ${t} ELSE ${e} END)` : undefined;
}

/** Every if/then rule of the schema (answers and root level) as SQL; or why not. */
export function schemaRulesSql(schema: object, cells: Cells): string[] | { why: string } {
  const s = flatView(schema) as { allOf?: Schema[]; properties?: { answers?: { allOf?: Schema[] } } };
  const out: string[] = [];
  for (const r of s.properties?.answers?.allOf ?? []) {
    const x = ruleSql(r, (x) => objectSql(x, 'answers', cells));
    if (!x) return { why: `a rule of the response schema: ${JSON.stringify(r).slice(0, 80)}` };
    out.push(x);
  }
  for (const r of s.allOf ?? []) {
    const x = ruleSql(r, (x) => rootSql(x, cells));
    if (!x) return { why: `a rule of the response schema: ${JSON.stringify(r).slice(0, 80)}` };
    out.push(x);
  }
  return out;
}
