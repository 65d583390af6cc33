// Evaluates the expression trees of `when` conditions in the page, with the same
// semantics as the response schema: a comparison with an unanswered item, or one
// holding a non-substantive (missing) code, is false; hidden questions are unanswered.
// Hidden (preloaded) variables are read through `env.hidden`; an absent one compares false.
import type { ExprJson } from '../../common/expr.ts';
import type { Code } from './data.ts';

export type Value = Code | Code[];

export interface Env {
  value(name: string): Value | undefined;
  missing(name: string): number[];
  /** The value of a hidden (preloaded) variable, when the form's URL gave a valid one. */
  hidden?(name: string): Code | undefined;
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
    default:
      return undefined;
  }
}

function call(fn: string, args: ExprJson[], env: Env): Result {
  switch (fn) {
    case 'answered': {
      const a = args[0];
      const v = a ? evaluate(a, env) : undefined;
      return v !== undefined && !isMissing(a, v, env) && !(Array.isArray(v) && v.length === 0);
    }
    case 'mean':
    case 'sum': {
      const xs = args.map((a) => num(a, env)).filter((x): x is number => x !== undefined);
      if (xs.length === 0) return undefined;
      const s = xs.reduce((p, x) => p + x, 0);
      return fn === 'sum' ? s : s / xs.length;
    }
    case 'count':
      return args.filter((a) => truth(a, env)).length;
    case 'if':
      return args.length === 3 ? evaluate(truth(args[0], env) ? args[1] : args[2], env) : undefined;
    default:
      return undefined;
  }
}
