// Conditions read from other formats, as a small tree printed in our syntax.
// Each format's parser (XPath for XLSForm, SurveyJS expressions, REDCap logic)
// builds this tree; the printer resolves names to imported question ids, writes
// codes the way the options were imported, and drops the guards our exporters add
// (`answered(x)` and `x != <missing code>` next to an ordering comparison on x).
import { toCode } from './names.ts';

export type Cond =
  | { t: 'and' | 'or'; a: Cond; b: Cond }
  | { t: 'not'; a: Cond }
  | { t: 'cmp'; op: '==' | '!=' | '<' | '<=' | '>' | '>='; name: string; value: string | number }
  | { t: 'has'; name: string; value: string | number }
  | { t: 'answered'; name: string; negated?: boolean };

export class CondError extends Error {}

export interface CondContext {
  /** The imported id of an earlier question (or matrix row), or undefined. */
  idOf(name: string): string | undefined;
  /** Whether the question answers with a set of codes (multi). */
  isMulti(id: string): boolean;
  /** Whether the question's codes are numbers (scale, numeric). */
  isNumeric(id: string): boolean;
  missingCodes(id: string): number[];
  /** A format's own spelling of a code (SurveyJS `true` for yes), if it differs. */
  codeOf?(id: string, value: string | number): string | number;
}

export function printCond(c: Cond, ctx: CondContext): string {
  return print(simplify(c, ctx), ctx, 'top');
}

function resolve(name: string, ctx: CondContext): string {
  const id = ctx.idOf(name);
  if (!id) throw new CondError(`'${name}' is not an earlier question`);
  return id;
}

function literal(raw: string | number, id: string, ctx: CondContext): string {
  const v = ctx.codeOf ? ctx.codeOf(id, raw) : raw;
  if (ctx.isNumeric(id)) {
    const n = Number(v);
    if (v === '' || Number.isNaN(n)) throw new CondError(`'${v}' is not a number`);
    return String(n);
  }
  if (typeof v === 'number') return String(v);
  return String(toCode(v));
}

function print(c: Cond, ctx: CondContext, where: 'top' | 'and' | 'or' | 'not'): string {
  switch (c.t) {
    case 'and':
    case 'or': {
      const s = `${print(c.a, ctx, c.t)} ${c.t} ${print(c.b, ctx, c.t)}`;
      return where === 'top' || where === c.t ? s : `(${s})`;
    }
    case 'not':
      return `not (${print(c.a, ctx, 'top')})`;
    case 'answered': {
      const s = `answered(${resolve(c.name, ctx)})`;
      return c.negated ? `not ${s}` : s;
    }
    case 'has': {
      const id = resolve(c.name, ctx);
      const v = literal(c.value, id, ctx);
      const s = ctx.isMulti(id) ? `${id} has ${v}` : `${id} == ${v}`;
      return where === 'not' ? `(${s})` : s;
    }
    case 'cmp': {
      const id = resolve(c.name, ctx);
      if (c.value === '' && (c.op === '==' || c.op === '!='))
        return print({ t: 'answered', name: c.name, negated: c.op === '==' }, ctx, where);
      const v = literal(c.value, id, ctx);
      if (ctx.isMulti(id) && c.op === '==') return `${id} has ${v}`;
      if (ctx.isMulti(id)) throw new CondError(`a multi-select answer cannot be compared with ${c.op}`);
      const s = `${id} ${c.op} ${v}`;
      return where === 'not' ? `(${s})` : s;
    }
  }
}

/** Removes the guards our exporters add, so a round trip gives back the written condition. */
function simplify(c: Cond, ctx: CondContext): Cond {
  if (c.t === 'or') return { t: 'or', a: simplify(c.a, ctx), b: simplify(c.b, ctx) };
  if (c.t === 'not') return { t: 'not', a: simplify(c.a, ctx) };
  if (c.t !== 'and') return c;
  const parts = conjuncts(c).map((p) => (p.t === 'and' ? p : simplify(p, ctx)));
  const ordered = new Set(parts.filter((p) => p.t === 'cmp' && p.op !== '==' && p.value !== '').map((p) => (p as { name: string }).name));
  const kept = parts.filter((p) => {
    if (p.t === 'answered' && !p.negated && ordered.has(p.name)) return false;
    if (p.t === 'cmp' && p.value === '' && p.op === '!=' && ordered.has(p.name)) return false;
    if (p.t === 'cmp' && p.op === '!=' && typeof p.value !== 'string' && ordered.has(p.name)) {
      const id = ctx.idOf(p.name);
      const others = parts.filter((q) => q !== p && q.t === 'cmp' && q.name === p.name && q.op !== '!=');
      if (id && others.length && ctx.missingCodes(id).includes(Number(p.value))) return false;
    }
    if (p.t === 'cmp' && p.op === '!=' && typeof p.value === 'string' && /^-?\d+$/.test(p.value) && ordered.has(p.name)) {
      const id = ctx.idOf(p.name);
      const others = parts.filter((q) => q !== p && q.t === 'cmp' && q.name === p.name && q.op !== '!=');
      if (id && others.length && ctx.missingCodes(id).includes(Number(p.value))) return false;
    }
    return true;
  });
  return kept.reduce((a, b) => ({ t: 'and', a, b }));
}

function conjuncts(c: Cond): Cond[] {
  return c.t === 'and' ? [...conjuncts(c.a), ...conjuncts(c.b)] : [c];
}

/**
 * Splits a condition written in another format into tokens with a sticky regex (`/…/y`)
 * whose match may start with whitespace; text the regex cannot read is a CondError.
 */
export function scanTokens<T>(s: string, re: RegExp, token: (m: RegExpExecArray) => T): T[] {
  const out: T[] = [];
  let i = 0;
  while (i < s.length) {
    re.lastIndex = i;
    const m = re.exec(s);
    if (!m || m[0].trim() === '') {
      if (s.slice(i).trim() === '') break;
      throw new CondError(`cannot read '${s.slice(i).trim()}'`);
    }
    i = re.lastIndex;
    out.push(token(m));
  }
  return out;
}
