// Evaluates a `shownWhen` condition of the analysis configuration over the answers
// generated so far, with the form's semantics: a comparison with an unanswered item or
// a missing code is false, `has` tests a multi-select, `answered(q)` a substantive answer.
import type { ExprJson } from '@survey/emitters';

export interface Env {
  answers: Record<string, unknown>;
  hidden: Record<string, unknown>;
  missing: (name: string) => Array<number | string>;
}

function value(e: ExprJson, env: Env): unknown {
  switch (e.type) {
    case 'number':
    case 'string':
    case 'code':
      return e.value;
    case 'var':
      return env.answers[e.name];
    case 'hidden':
      return env.hidden[e.name];
    default:
      return truth(e, env);
  }
}

function isMissing(e: ExprJson, v: unknown, env: Env): boolean {
  return e.type === 'var' && env.missing(e.name).includes(v as number);
}

export function truth(e: ExprJson, env: Env): boolean {
  if (e.type === 'unary') return e.op === 'not' ? !truth(e.operand, env) : false;
  if (e.type === 'call') {
    if (e.fn !== 'answered') throw new Error(`condition function ${e.fn} is not supported by the generator`);
    const a = e.args[0];
    const v = value(a, env);
    return v !== undefined && !isMissing(a, v, env) && !(Array.isArray(v) && v.length === 0);
  }
  if (e.type !== 'binary') return Boolean(value(e, env));
  if (e.op === 'and') return truth(e.left, env) && truth(e.right, env);
  if (e.op === 'or') return truth(e.left, env) || truth(e.right, env);
  const l = value(e.left, env);
  const r = value(e.right, env);
  if (l === undefined || r === undefined) return false;
  if (e.op === 'has') return Array.isArray(l) && l.includes(r);
  if (e.op === '==') return l === r;
  if (isMissing(e.left, l, env) || isMissing(e.right, r, env)) return false;
  if (e.op === '!=') return l !== r;
  if (typeof l !== 'number' || typeof r !== 'number') return false;
  switch (e.op) {
    case '<':
      return l < r;
    case '<=':
      return l <= r;
    case '>':
      return l > r;
    case '>=':
      return l >= r;
  }
  throw new Error(`condition operator ${e.op} is not supported by the generator`);
}
