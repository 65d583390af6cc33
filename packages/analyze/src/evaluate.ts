// Evaluates score formulas and conditions of the analysis configuration on one
// response, with the conventions stated in analysis.json: missing codes and unanswered
// items are undefined (left out of mean/sum, false in a comparison); aggregate
// functions (nps, topbox, share) give each respondent's contribution (±100/0, 100/0)
// so that their mean over respondents is the aggregate. Functions are evaluated by the
// compiler's function table (the same entries the form's runtime uses).
import { functions } from '@survey/compiler';
import type { AnalysisDoc, ExprJson, ScoreDoc, SectionDoc, VariableDoc } from './config.ts';
import { favourableLow } from './engine/context.ts';
import { instancesOf } from './rosters/instances.ts';
import { countInstances } from './rosters/instance-counts.ts';
import type { RosterDoc } from './config.ts';

export type Value = number | string | boolean | Array<string | number> | undefined;

export interface EvalContext {
  answers: Record<string, unknown>;
  hidden: Record<string, unknown>;
  scores: Record<string, number | undefined>;
  /** The date today() stands for (the response's date when known), YYYY-MM-DD. */
  today?: string;
  /** Inside a repeat group's instance: each enclosing group's current instance (its option for a loop, else its position). */
  instance?: Record<string, string | number>;
}

export class Evaluator {
  private vars = new Map<string, VariableDoc>();
  private scaleRange = new Map<string, [number, number]>();
  private groups = new Map<string, string[]>();
  private sections = new Map<string, SectionDoc>();
  /** Calculated values (`let`) by id; evaluated from the answers wherever a formula reads one. */
  private calcs = new Map<string, ExprJson>();
  private evaluating = new Set<string>();
  private rosters: RosterDoc[];

  constructor(analysis: AnalysisDoc, sections: SectionDoc[]) {
    for (const v of analysis.variables) if (!this.vars.has(v.name) || v.type !== 'binary') this.vars.set(v.name, v);
    for (const v of analysis.variables) if (v.scale && v.range) this.scaleRange.set(v.scale, v.range);
    for (const g of analysis.groups) this.groups.set(g.id, g.items);
    for (const s of sections) this.sections.set(s.id, s);
    const calcs = (analysis as AnalysisDoc & { calculations?: Array<{ id: string; expr: ExprJson }> }).calculations ?? [];
    for (const c of calcs) this.calcs.set(c.id, c.expr);
    this.rosters = analysis.rosters ?? [];
  }

  /**
   * A repeat group's question read from outside its group (`sum(age)`): its substantive
   * value in every instance of the response; undefined when the name is answered in scope.
   */
  private instanceValues(name: string, ctx: EvalContext): number[] | undefined {
    const v = this.vars.get(name);
    if (!v?.roster || name in ctx.answers) return undefined;
    return instancesOf(ctx.answers, this.rosters)
      .filter((i) => i.roster.id === v.roster)
      .map((i) => this.num(name, { ...ctx, answers: i.answers }))
      .filter((x): x is number => x !== undefined);
  }

  /** A group's name: inside it the current instance, outside the number of its instances in the response. */
  private rosterValue(name: string, ctx: EvalContext): Value {
    const current = ctx.instance?.[name];
    return current !== undefined ? current : this.instanceCount(name, ctx);
  }

  /** How many instances of a group the response has (inside an enclosing instance: that instance's). */
  private instanceCount(name: string, ctx: EvalContext): number {
    const list = ctx.answers[name];
    if (Array.isArray(list)) return list.length;
    return instancesOf(ctx.answers, this.rosters).filter((i) => i.roster.id === name).length;
  }

  /** A calculated value for one response, recomputed from its answers (cycles are rejected by the checker). */
  calculated(name: string, ctx: EvalContext): Value {
    const e = this.calcs.get(name);
    if (!e || this.evaluating.has(name)) return undefined;
    this.evaluating.add(name);
    try {
      return e.type === 'var' ? this.value(e.name, ctx) : this.eval(e, ctx);
    } finally {
      this.evaluating.delete(name);
    }
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
      case 'calc':
        return this.calculated(e.name, ctx);
      case 'scale':
      case 'section':
        return undefined;
      case 'roster':
        return this.rosterValue(e.name, ctx);
      case 'unary': {
        const x = this.eval(e.operand, ctx);
        if (e.op === 'not') return !truth(x);
        return typeof x === 'number' ? -x : undefined;
      }
      case 'binary':
        return this.binary(e.op, e.left, e.right, ctx);
      case 'call':
        return this.call(e.fn, e.args, ctx);
      case 'instances':
        return countInstances(
          e,
          this.rosters,
          ctx,
          (cond, s) => truth(this.eval(cond, { ...ctx, ...s })),
          (name, s) => {
            const v = this.value(name, { ...ctx, ...s });
            return v !== undefined && !(Array.isArray(v) && v.length === 0);
          },
        );
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

  /** Calls go through the compiler's function table; this evaluator lends it the arguments. */
  private call(fn: string, args: ExprJson[], ctx: EvalContext): Value {
    const def = functions[fn];
    if (!def) return undefined;
    // count(members): the group's instances (the compiler's countedRoster)
    if (fn === 'count' && args.length === 1 && args[0].type === 'roster') return this.instanceCount(args[0].name, ctx);
    const numeric = (x: Value) => (typeof x === 'number' ? x : typeof x === 'boolean' ? (x ? 1 : 0) : undefined);
    return def.evaluate({
      count: args.length,
      value: (i) => {
        const a = args[i];
        return a?.type === 'var' ? this.value(a.name, ctx) : a ? this.eval(a, ctx) : undefined;
      },
      num: (i) => numeric(this.eval(args[i], ctx)),
      truth: (i) => truth(this.eval(args[i], ctx)),
      items: (i) => {
        const a = args[i];
        const each = a?.type === 'var' ? this.instanceValues(a.name, ctx) : undefined;
        if (each) return each;
        return this.expand(a)
          .map((x) => this.eval(x, ctx))
          .filter((x): x is number => typeof x === 'number');
      },
      scaleRange: (i) => this.rangeOf(args[i]),
      // the favourable end is low: a descending scale, or a reverse-coded item (topbox counts its lowest points)
      descending: (i) => {
        const a = args[i];
        return a?.type === 'var' && favourableLow(this.vars.get(a.name));
      },
      literal: (i) => (args[i]?.type === 'number' ? (args[i] as { value: number }).value : undefined),
      sectionUnits: (i) => {
        const a = args[i];
        const s = a?.type === 'section' ? this.sections.get(a.name) : undefined;
        if (!s || s.points === undefined) return undefined;
        return { points: s.points, units: s.variables.map((n) => this.unit(n, ctx, true)).filter((x): x is number => x !== undefined) };
      },
      today: () => ctx.today ?? new Date().toISOString().slice(0, 10),
    }) as Value;
  }

  /** A score for one response under its missing policy: undefined when too few items are answered. */
  score(s: ScoreDoc, ctx: EvalContext): number | undefined {
    const items = s.items ?? [];
    if (items.length) {
      const answered = items.filter((i) => this.value(i, ctx) !== undefined || !!this.instanceValues(i, ctx)?.length).length;
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
