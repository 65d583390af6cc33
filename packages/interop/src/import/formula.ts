// A formula from another format as a formula in our syntax, for `let`: an XLSForm
// `calculation` (ODK XPath: `${q}`, `div`) or a SurveyJS calculated value (`{q}`, `/`,
// `<>`, `iif`): arithmetic, comparisons, and/or/not, `selected()`, and the functions
// both sides have — round, floor, min, max, if, coalesce, concat, today,
// count-selected → count_selected, string-length → length, sum, count and mean over a
// repeat's answers (SurveyJS `maxInArray({group}, 'q')`), and the shapes our exporters
// write for mean and days_between. Anything else is a CondError with the reason.
import { quoteString } from '@survey/syntax';
import { CondError, scanTokens } from './condition.ts';
import { toCode } from './names.ts';

type Tok = { k: 'ref' | 'num' | 'str' | 'op' | 'word' | '(' | ')' | ',' | '[' | ']' | '.'; v: string };

function lex(s: string, syntax: 'xpath' | 'surveyjs'): Tok[] {
  const re =
    syntax === 'xpath'
      ? /\s*(?:\$\{([^}]+)\}|(\d+(?:\.\d+)?)|'([^']*)'|"([^"]*)"|(!=|<=|>=|=|<|>|\+|-|\*)|([A-Za-z_][\w:.-]*)|([(),[\].]))/y
      : /\s*(?:\{([^}]+)\}|(\d+(?:\.\d+)?)|'([^']*)'|"([^"]*)"|(<>|!=|==|<=|>=|=|<|>|\+|-|\*|\/|!)|([A-Za-z_][\w]*)|([(),]))/y;
  return scanTokens<Tok>(s, re, (m) => {
    if (m[1] !== undefined) return { k: 'ref', v: m[1].trim() };
    if (m[2] !== undefined) return { k: 'num', v: m[2] };
    if (m[3] !== undefined || m[4] !== undefined) return { k: 'str', v: m[3] ?? m[4] };
    if (m[5])
      return syntax === 'surveyjs' && m[5] === '/'
        ? { k: 'word', v: 'div' }
        : { k: 'op', v: m[5] === '<>' ? '!=' : m[5] === '==' ? '=' : m[5] };
    if (m[6]) return { k: 'word', v: m[6] };
    return { k: m[7] as '(', v: m[7] };
  });
}

export interface FormulaContext {
  /** Our id for an XLSForm name (question, calculated value, repeat group), or undefined. */
  idOf(name: string): string | undefined;
  /** Whether the answer is a code (single, multi, yes/no): string literals compared with it are codes. */
  isCoded(id: string): boolean;
}

/** A parsed piece: its text in our syntax, and the id when it is a bare reference. */
interface Piece {
  s: string;
  ref?: string;
  /** Precedence: 0 or, 1 and, 2 comparison, 3 additive, 4 multiplicative, 5 primary. */
  p: number;
  /** `x != ''` inside a predicate: the guard our exporter writes so an unanswered node is skipped. */
  guard?: string;
}

const wrap = (x: Piece, min: number) => (x.p < min ? `(${x.s})` : x.s);

export function xpathFormula(src: string, ctx: FormulaContext): string {
  return formula(src, ctx, 'xpath');
}

export function surveyJsFormula(src: string, ctx: FormulaContext): string {
  return formula(src, ctx, 'surveyjs');
}

const inArray: Record<string, string> = {
  sumInArray: 'sum',
  avgInArray: 'mean',
  minInArray: 'min',
  maxInArray: 'max',
  countInArray: 'count',
};

function formula(src: string, ctx: FormulaContext, syntax: 'xpath' | 'surveyjs'): string {
  const toks = lex(src, syntax);
  let i = 0;
  const peek = () => toks[i];
  const next = () => toks[i++];
  const expect = (k: Tok['k']) => {
    const t = next();
    if (!t || t.k !== k) throw new CondError(`expected '${k}' in '${src}'`);
    return t;
  };
  const word = (w: string) => peek()?.k === 'word' && peek().v === w;
  let predicate = 0;

  const or = (): Piece => {
    let a = and();
    while (word('or')) {
      next();
      a = { s: `${wrap(a, 0)} or ${wrap(and(), 1)}`, p: 0 };
    }
    return a;
  };
  const and = (): Piece => {
    let a = cmp();
    while (word('and')) {
      next();
      const b = cmp();
      // A guard (`age != ''`) next to a condition adds nothing to it: our counts skip unanswered instances.
      if (a.guard) a = b;
      else if (!b.guard) a = { s: `${wrap(a, 1)} and ${wrap(b, 2)}`, p: 1 };
    }
    return a;
  };
  const cmp = (): Piece => {
    const a = add();
    const t = peek();
    if (t?.k !== 'op' || !['=', '!=', '<', '<=', '>', '>='].includes(t.v)) return a;
    next();
    const b = add(true, a.ref);
    if (predicate > 0 && a.ref && t.v === '!=' && b.s === '""') return { s: '', guard: a.ref, p: 5 };
    return { s: `${wrap(a, 3)} ${t.v === '=' ? '==' : t.v} ${wrap(b, 3)}`, p: 2 };
  };
  const add = (rhs = false, other?: string): Piece => {
    let a = mul(rhs, other);
    while (peek()?.k === 'op' && (peek().v === '+' || peek().v === '-')) {
      const op = next().v;
      a = { s: `${wrap(a, 3)} ${op} ${wrap(mul(), 4)}`, p: 3 };
    }
    return a;
  };
  const mul = (rhs = false, other?: string): Piece => {
    let a = unary(rhs, other);
    while ((peek()?.k === 'op' && peek().v === '*') || word('div')) {
      const op = next().v === '*' ? '*' : '/';
      a = { s: `${wrap(a, 4)} ${op} ${wrap(unary(), 5)}`, p: 4 };
    }
    if (word('mod')) throw new CondError('mod has no equivalent');
    return a;
  };
  const unary = (rhs = false, other?: string): Piece => {
    if ((peek()?.k === 'op' && peek().v === '!') || (syntax === 'surveyjs' && word('not'))) {
      next();
      return { s: `not ${wrap(unary(), 5)}`, p: 5 };
    }
    if (peek()?.k === 'op' && peek().v === '-') {
      next();
      return { s: `-${wrap(unary(), 5)}`, p: 5 };
    }
    return primary(rhs, other);
  };
  const ref = (name: string): Piece => {
    const id = ctx.idOf(name);
    if (!id) throw new CondError(`'${name}' is not an earlier question or calculation`);
    return { s: id, ref: id, p: 5 };
  };
  const primary = (rhs: boolean, other?: string): Piece => {
    const t = next();
    if (!t) throw new CondError(`'${src}' ends too early`);
    if (t.k === 'num') return { s: t.v, p: 5 };
    if (t.k === 'str') {
      // A code compared with a coded answer is written bare.
      if (rhs && other && ctx.isCoded(other)) return { s: String(toCode(t.v)), p: 5 };
      return { s: quoteString(t.v), p: 5 };
    }
    if (t.k === 'ref') {
      const r = ref(t.v);
      if (peek()?.k !== '[') return r;
      // `${members}[age < 18]`, `${members}[income != '']`, `${income}[. != '']`: the instances a count or sum reads.
      next();
      predicate++;
      const p = or();
      predicate--;
      expect(']');
      if (p.guard === '.' || p.guard === r.ref) return r;
      if (p.guard) return { s: `${r.s}.${p.guard}`, p: 5 };
      return { s: `${r.s} where ${p.s}`, p: 5 };
    }
    // Inside a predicate a bare name is a question of the instance, `.` the node itself.
    if (predicate > 0 && t.k === '.') return { s: '.', ref: '.', p: 5 };
    if (predicate > 0 && t.k === 'word' && peek()?.k !== '(') return ref(t.v);
    if (t.k === '(') {
      const e = or();
      expect(')');
      return { ...e, p: e.p === 5 ? 5 : e.p };
    }
    if (t.k === 'word' && peek()?.k === '(') {
      next();
      const args: Piece[] = [];
      if (peek()?.k !== ')')
        for (;;) {
          args.push(or());
          if (peek()?.k !== ',') break;
          next();
        }
      expect(')');
      return { s: call(t.v, args), p: 5 };
    }
    throw new CondError(`'${t.v}' is not supported`);
  };
  const call = (fn: string, a: Piece[]): string => {
    const list = () => a.map((x) => x.s).join(', ');
    if (inArray[fn] && a.length === 2) return `${inArray[fn]}(${a[1].s.replace(/^"|"$/g, '')})`;
    switch (fn) {
      case 'iif':
        return `if(${list()})`;
      case 'avg':
        return `mean(${list()})`;
      case 'dateDiff':
        if (a[2]?.s === '"days"') return `days_between(${a[0].s}, ${a[1].s})`;
        throw new CondError('dateDiff() in units other than days has no equivalent');
      case 'round':
        return a[1]?.s === '0' ? `round(${a[0].s})` : `round(${list()})`;
      case 'floor':
      case 'min':
      case 'max':
      case 'if':
      case 'concat':
      case 'today':
      case 'sum':
      case 'count':
        return `${fn}(${list()})`;
      case 'coalesce':
        return `coalesce(${a.flatMap((x) => (x.s.startsWith('coalesce(') ? [x.s.slice(9, -1)] : [x.s])).join(', ')})`;
      case 'count-selected':
        return `count_selected(${list()})`;
      case 'string-length':
        return `length(${list()})`;
      case 'not':
        return `not (${list()})`;
      case 'selected':
        if (!a[0]?.ref || a.length !== 2) throw new CondError('selected() needs a question and a code');
        return `${a[0].ref} has ${String(toCode(a[1].s.replace(/^"|"$/g, '')))}`;
      case 'int': {
        // Our exporter's days_between: int(decimal-date-time(to) - decimal-date-time(from)).
        const m = /^decimal_date_time\((.+)\) - decimal_date_time\((.+)\)$/.exec(a[0]?.s ?? '');
        if (m) return `days_between(${m[2]}, ${m[1]})`;
        throw new CondError('int() has no equivalent');
      }
      case 'decimal-date-time':
        return `decimal_date_time(${list()})`;
      default:
        throw new CondError(`the function ${fn}() has no equivalent`);
    }
  };
  const e = or();
  if (i < toks.length) throw new CondError(`cannot read '${toks[i].v}' in '${src}'`);
  // Our exporter's mean of a repeat's answers: sum(x) div count(x).
  const mean = /^sum\(([A-Za-z_]\w*)\) \/ count\(\1\)$/.exec(e.s);
  const out = mean ? `mean(${mean[1]})` : e.s;
  if (out.includes('decimal_date_time(')) throw new CondError('decimal-date-time() has no equivalent');
  return out;
}
