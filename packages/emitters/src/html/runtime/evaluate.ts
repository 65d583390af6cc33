// Evaluates the expression trees of `when` conditions in the page, with the same
// semantics as the response schema: a comparison with an unanswered item, or one
// holding a non-substantive (missing) code, is false; hidden questions are unanswered.
// Hidden (preloaded) variables are read through `env.hidden`; an absent one compares false.
import type { ExprJson } from '../../common/expr.ts';
import type { Code } from './data.ts';
import { functions } from '@survey/compiler/functions';

export type Value = Code | Code[];

export interface Env {
  value(name: string): Value | undefined;
  missing(name: string): number[];
  /** The value of a hidden (preloaded) variable, when the form's URL gave a valid one. */
  hidden?(name: string): Code | undefined;
  /** The substantive range of a variable's (or a named) scale. */
  range?(name: string): [number, number] | undefined;
  /** The value of a calculated value (`let`), computed from the same answers. */
  calc?(name: string): Value | boolean | undefined;
  /** Today's date (tests fix it). */
  today?(): string;
}

type Result = Value | boolean | undefined;

function missingOf(e: ExprJson, env: Env): number[] {
  return e.type === 'var' ? env.missing(e.name) : [];
}

function isMissing(e: ExprJson, v: Result, env: Env): boolean {
  return typeof v === 'number' && missingOf(e, env).includes(v);
}

/** A number usable in arithmetic: answered, substantive. */
function num(e: ExprJson, env: Env): number | undefined {
  const v = evaluate(e, env);
  if (typeof v === 'boolean') return v ? 1 : 0;
  return typeof v === 'number' && !isMissing(e, v, env) ? v : undefined;
}

export function truth(e: ExprJson, env: Env): boolean {
  const v = evaluate(e, env);
  return v === true || (typeof v === 'number' && v !== 0);
}

function compare(op: string, l: ExprJson, r: ExprJson, env: Env): boolean {
  const lv = evaluate(l, env);
  const rv = evaluate(r, env);
  if (lv === undefined || rv === undefined) return false;
  if (op === 'has') return Array.isArray(lv) && lv.includes(rv as Code);
  const lm = isMissing(l, lv, env);
  const rm = isMissing(r, rv, env);
  // A literal equal to a missing code of the other side may be compared on purpose.
  const literalMissing = (x: ExprJson, v: Result, other: ExprJson) =>
    x.type !== 'var' && typeof v === 'number' && missingOf(other, env).includes(v);
  if (op === '==') return lv === rv;
  if (op === '!=') {
    if ((lm && !literalMissing(r, rv, l)) || (rm && !literalMissing(l, lv, r))) return false;
    return lv !== rv;
  }
  if (lm || rm || Array.isArray(lv) || Array.isArray(rv)) return false;
  const a = lv as number | string;
  const b = rv as number | string;
  if (typeof a !== typeof b) return false;
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
  return false;
}

export function evaluate(e: ExprJson, env: Env): Result {
  switch (e.type) {
    case 'number':
    case 'string':
    case 'code':
      return e.value;
    case 'var':
      return env.value(e.name);
    case 'hidden':
      return env.hidden?.(e.name);
    case 'calc':
      return env.calc?.(e.name) as Result;
    case 'unary':
      if (e.op === 'not') return !truth(e.operand, env);
      return ((x) => (x === undefined ? undefined : -x))(num(e.operand, env));
    case 'binary': {
      if (e.op === 'and') return truth(e.left, env) && truth(e.right, env);
      if (e.op === 'or') return truth(e.left, env) || truth(e.right, env);
      if (['==', '!=', '<', '<=', '>', '>=', 'has'].includes(e.op)) return compare(e.op, e.left, e.right, env);
      const a = num(e.left, env);
      const b = num(e.right, env);
      if (a === undefined || b === undefined) return undefined;
      if (e.op === '+') return a + b;
      if (e.op === '-') return a - b;
      if (e.op === '*') return a * b;
      return b === 0 ? undefined : a / b;
    }
    case 'call':
      return call(e.fn, e.args, env);
    case 'instances':
      return countInstances(e, env);
    default:
      return undefined;
  }
}

/**
 * `count(members where age < 18)` over answers that hold a group as an array of instance
 * objects (a response, as the synthetic responses build it; the form itself reads the
 * copies of each instance instead). Each instance is read over the answers around it.
 */
function countInstances(e: Extract<ExprJson, { type: 'instances' }>, env: Env): number {
  const list = env.value(e.roster) as unknown;
  if (!Array.isArray(list)) return 0;
  let n = 0;
  for (const item of list) {
    if (typeof item !== 'object' || item === null) continue;
    const own = item as Record<string, Value | undefined>;
    const inner: Env = { ...env, value: (name) => (name in own ? own[name] : env.value(name)) };
    if (e.where ? truth(e.where, inner) : e.answered ? answered(inner.value(e.answered)) : true) n++;
  }
  return n;
}

function answered(v: Value | undefined): boolean {
  return v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
}

/** Calls go through the compiler's function table, with the page's view of the arguments. */
function call(fn: string, args: ExprJson[], env: Env): Result {
  const def = functions[fn];
  if (!def) return undefined;
  const v = def.evaluate({
    count: args.length,
    value: (i) => {
      const r = evaluate(args[i], env);
      return isMissing(args[i], r, env) ? undefined : r;
    },
    num: (i) => num(args[i], env),
    truth: (i) => truth(args[i], env),
    items: (i) => {
      const x = num(args[i], env);
      return x === undefined ? [] : [x];
    },
    scaleRange: (i) => {
      const a = args[i];
      return a.type === 'var' || a.type === 'scale' ? env.range?.(a.name) : undefined;
    },
    descending: () => false,
    literal: (i) => (args[i].type === 'number' ? (args[i] as { value: number }).value : undefined),
    sectionUnits: () => undefined,
    today: () => (env.today ? env.today() : localToday()),
  });
  return v as Result;
}

/** The respondent's date, YYYY-MM-DD on the local clock. */
function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
