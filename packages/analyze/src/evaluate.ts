// Evaluates score formulas and conditions of the analysis configuration on one
// response, with the conventions stated in analysis.json: missing codes and unanswered
// items are undefined (left out of mean/sum, false in a comparison); aggregate
// functions (nps, topbox, share) give each respondent's contribution (±100/0, 100/0)
// so that their mean over respondents is the aggregate. Kept in one file until the
// compiler's function table carries evaluation.
import type { AnalysisDoc, ExprJson, ScoreDoc, SectionDoc, VariableDoc } from './config.ts';

export type Value = number | string | boolean | Array<string | number> | undefined;

export interface EvalContext {
  answers: Record<string, unknown>;
  hidden: Record<string, unknown>;
  scores: Record<string, number | undefined>;
}

export class Evaluator {
  private vars = new Map<string, VariableDoc>();
  private scaleRange = new Map<string, [number, number]>();
  private groups = new Map<string, string[]>();
  private sections = new Map<string, SectionDoc>();

  constructor(analysis: AnalysisDoc, sections: SectionDoc[]) {
    for (const v of analysis.variables) if (!this.vars.has(v.name) || v.type !== 'binary') this.vars.set(v.name, v);
    for (const v of analysis.variables) if (v.scale && v.range) this.scaleRange.set(v.scale, v.range);
    for (const g of analysis.groups) this.groups.set(g.id, g.items);
    for (const s of sections) this.sections.set(s.id, s);
  }

  variable(name: string): VariableDoc | undefined {
    return this.vars.get(name);
  }

  /** The substantive value of a variable: undefined when unanswered or a missing code. */
  value(name: string, ctx: EvalContext): Value {
    const v = this.vars.get(name);
    const raw = v?.source === 'hidden' ? ctx.hidden[name] : ctx.answers[name];
    if (raw === undefined || raw === null) {
      // an indicator q.code of a multi-select: 0/1 when q was answered
      if (v?.parent && v.type === 'binary' && v.code !== undefined) {
        const list = ctx.answers[v.parent];
        if (Array.isArray(list)) return list.includes(v.code) ? 1 : 0;
      }
      return undefined;
    }
    if (v?.missingCodes?.some((m) => m === raw)) return undefined;
    return raw as Value;
  }

  num(name: string, ctx: EvalContext): number | undefined {
    const x = this.value(name, ctx);
    return typeof x === 'number' ? x : typeof x === 'boolean' ? (x ? 1 : 0) : undefined;
  }

  /** Items a name stands for in mean()/sum(): a matrix or multi group stands for its rows. */
  private expand(e: ExprJson): ExprJson[] {
    if (e.type === 'var' && this.groups.has(e.name) && !this.vars.has(e.name))
      return this.groups.get(e.name)!.map((name) => ({ type: 'var', name }));
    if (e.type === 'var' && this.groups.has(e.name) && this.vars.get(e.name)?.type === 'multi-response') return [e];
    if (e.type === 'var' && this.groups.has(e.name)) return this.groups.get(e.name)!.map((name) => ({ type: 'var', name }));
    return [e];
  }

  private rangeOf(e: ExprJson): [number, number] | undefined {
    if (e.type === 'scale') return this.scaleRange.get(e.name);
    if (e.type === 'var') return this.vars.get(e.name)?.range;
    return undefined;
  }

  /** POMP (0–1) of an item, reverse-coded when the variable is marked reverse. */
  private unit(name: string, ctx: EvalContext, reverse: boolean): number | undefined {
    const v = this.vars.get(name);
    const x = this.num(name, ctx);
    if (x === undefined || !v?.range) return undefined;
    const [lo, hi] = v.range;
    const y = reverse && v.reverse ? lo + hi - x : x;
    return (y - lo) / (hi - lo);
  }

  eval(e: ExprJson, ctx: EvalContext): Value {
    switch (e.type) {
      case 'number':
        return e.value;
      case 'string':
      case 'code':
        return e.value;
      case 'var':
        return this.value(e.name, ctx);
      case 'hidden': {
        // A hidden (preloaded) value from the response's `hidden` object (issue 10's response format).
        const h = ctx.hidden[e.name];
        return typeof h === 'string' || typeof h === 'number' ? h : undefined;
      }
      case 'score':
        return ctx.scores[e.name];
      case 'scale':
      case 'section':
        return undefined;
      case 'unary': {
        const x = this.eval(e.operand, ctx);
        if (e.op === 'not') return !truth(x);
        return typeof x === 'number' ? -x : undefined;
      }
      case 'binary':
        return this.binary(e.op, e.left, e.right, ctx);
      case 'call':
        return this.call(e.fn, e.args, ctx);
    }
  }

  private binary(op: string, l: ExprJson, r: ExprJson, ctx: EvalContext): Value {
    if (op === 'and') return truth(this.eval(l, ctx)) && truth(this.eval(r, ctx));
    if (op === 'or') return truth(this.eval(l, ctx)) || truth(this.eval(r, ctx));
    const a = this.eval(l, ctx);
    const b = this.eval(r, ctx);
    if (op === 'has') return Array.isArray(a) && b !== undefined && (a as unknown[]).includes(b);
    if (a === undefined || b === undefined) return ['==', '!=', '<', '<=', '>', '>='].includes(op) ? false : undefined;
    switch (op) {
      case '==':
        return a === b;
      case '!=':
        return a !== b;
      case '<':
        return typeof a === 'number' && typeof b === 'number' && a < b;
      case '<=':
        return typeof a === 'number' && typeof b === 'number' && a <= b;
      case '>':
        return typeof a === 'number' && typeof b === 'number' && a > b;
      case '>=':
        return typeof a === 'number' && typeof b === 'number' && a >= b;
    }
    if (typeof a !== 'number' || typeof b !== 'number') return undefined;
    switch (op) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
        return b === 0 ? undefined : a / b;
    }
    return undefined;
  }

  private call(fn: string, args: ExprJson[], ctx: EvalContext): Value {
    switch (fn) {
      case 'mean':
      case 'sum': {
        const xs = args
          .flatMap((a) => this.expand(a))
          .map((a) => this.eval(a, ctx))
          .filter((x): x is number => typeof x === 'number');
        if (!xs.length) return undefined;
        const s = xs.reduce((p, q) => p + q, 0);
        return fn === 'sum' ? s : s / xs.length;
      }
      case 'count':
        return args.filter((a) => truth(this.eval(a, ctx))).length;
      case 'rescale': {
        const x = this.eval(args[0], ctx);
        const range = this.rangeOf(args[1]);
        if (typeof x !== 'number' || !range) return undefined;
        return ((x - range[0]) / (range[1] - range[0])) * 100;
      }
      case 'reverse': {
        const x = this.eval(args[0], ctx);
        const range = this.rangeOf(args[0]);
        if (typeof x !== 'number' || !range) return undefined;
        return range[0] + range[1] - x;
      }
      case 'if':
        return truth(this.eval(args[0], ctx)) ? this.eval(args[1], ctx) : this.eval(args[2], ctx);
      case 'answered':
        return args[0]?.type === 'var' ? this.value(args[0].name, ctx) !== undefined : this.eval(args[0], ctx) !== undefined;
      case 'index': {
        let total = 0;
        for (const a of args) {
          const s = a.type === 'section' ? this.sections.get(a.name) : undefined;
          if (!s || s.points === undefined) return undefined;
          const units = s.variables.map((n) => this.unit(n, ctx, true)).filter((x): x is number => x !== undefined);
          if (!units.length) return undefined;
          total += (s.points * units.reduce((p, q) => p + q, 0)) / units.length;
        }
        return total;
      }
      case 'nps': {
        const x = this.eval(args[0], ctx);
        if (typeof x !== 'number') return undefined;
        return x >= 9 ? 100 : x >= 7 ? 0 : -100;
      }
      case 'topbox': {
        const x = this.eval(args[0], ctx);
        const range = this.rangeOf(args[0]);
        const k = args[1] && args[1].type === 'number' ? args[1].value : 2;
        if (typeof x !== 'number' || !range) return undefined;
        const v = args[0].type === 'var' ? this.vars.get(args[0].name) : undefined;
        const top = v?.direction === 'descending' ? x <= range[0] + k - 1 : x >= range[1] - k + 1;
        return top ? 100 : 0;
      }
      case 'share':
        return truth(this.eval(args[0], ctx)) ? 100 : 0;
    }
    return undefined;
  }

  /** A score for one response under its missing policy: undefined when too few items are answered. */
  score(s: ScoreDoc, ctx: EvalContext): number | undefined {
    const items = s.items ?? [];
    if (items.length) {
      const answered = items.filter((i) => this.value(i, ctx) !== undefined).length;
      const need = s.require.kind === 'atLeast' ? (s.require.count ?? items.length) : items.length;
      if (answered < need) return undefined;
    }
    const x = this.eval(s.expr, ctx);
    return typeof x === 'number' && Number.isFinite(x) ? x : undefined;
  }
}

export function truth(x: Value): boolean {
  return x === true || (typeof x === 'number' && x !== 0);
}

export function policyText(s: ScoreDoc): string {
  const k = s.items?.length ?? 0;
  if (s.require.kind === 'atLeast') return `at least ${s.require.count} of ${k} items answered; the others are left out of the formula`;
  return k ? `all ${k} item${k === 1 ? '' : 's'} answered` : 'always computed';
}
