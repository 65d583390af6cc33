// LimeSurvey relevance equations (ExpressionScript) read into a Cond: comparisons
// of a question code (optionally `.NAOK`, `.code`) with a string or a number, the
// subquestion field of a multiple choice (`Q1_SQ001 == "Y"`) as "has", `is_empty()`
// and `!is_empty()`, `and`/`&&`, `or`/`||`, `!`/`not` and parentheses. `1` (always
// relevant) is no condition. Other functions, arithmetic and tokens are reported.
import { CondError, scanTokens, type Cond } from '../condition.ts';

type Tok = { k: 'name' | 'num' | 'str' | 'op' | '(' | ')' | ','; v: string };

const words: Record<string, string> = { and: '&&', or: '||', not: '!', eq: '==', ne: '!=', lt: '<', le: '<=', gt: '>', ge: '>=' };

function lex(s: string): Tok[] {
  const re =
    /\s*(?:(\d+X\d+X\d+\w*(?:\.[A-Za-z]+)?|[A-Za-z_][\w]*(?:\.[A-Za-z]+)?)|(-?\d+(?:\.\d+)?)|'([^']*)'|"([^"]*)"|(==|!=|<=|>=|&&|\|\||<|>|!)|([(),]))/y;
  return scanTokens(s, re, (m): Tok => {
    if (m[1] !== undefined) {
      const w = words[m[1].toLowerCase()];
      return w ? { k: 'op', v: w } : { k: 'name', v: m[1] };
    }
    if (m[2] !== undefined) return { k: 'num', v: m[2] };
    if (m[3] !== undefined || m[4] !== undefined) return { k: 'str', v: m[3] ?? m[4] };
    if (m[5]) return { k: 'op', v: m[5] };
    return { k: m[6] as '(', v: m[6] };
  });
}

export interface RelevanceNames {
  /** The question a name stands for (its code, `Q<qid>` or an SGQA name), as its code. */
  question(name: string): string | undefined;
  /** `Q1_SQ001` → the multiple-choice question Q1 and its option SQ001, if that is what it names. */
  subquestion(field: string): { question: string; option: string } | undefined;
}

/** undefined when the equation always holds (`1`, empty). */
export function parseRelevance(src: string, names: RelevanceNames): Cond | undefined {
  const text = src.trim();
  if (text === '' || text === '1' || /^true$/i.test(text)) return undefined;
  const toks = lex(text);
  let i = 0;
  const peek = () => toks[i];
  const isOp = (v: string) => peek()?.k === 'op' && peek().v === v;
  const or = (): Cond => {
    let a = and();
    while (isOp('||')) (i++, (a = { t: 'or', a, b: and() }));
    return a;
  };
  const and = (): Cond => {
    let a = unary();
    while (isOp('&&')) (i++, (a = { t: 'and', a, b: unary() }));
    return a;
  };
  const unary = (): Cond => {
    if (isOp('!')) {
      i++;
      const a = unary();
      return a.t === 'answered' ? { ...a, negated: !a.negated } : a.t === 'not' ? a.a : { t: 'not', a };
    }
    return atom();
  };
  const ref = (): string => {
    const t = toks[i++];
    if (t?.k !== 'name') throw new CondError(`expected a question code, found '${t?.v ?? 'the end'}'`);
    return t.v.replace(/\.(NAOK|code|value|shown)$/i, '');
  };
  const atom = (): Cond => {
    const t = peek();
    if (!t) throw new CondError('the equation ends too early');
    if (t.k === '(') {
      i++;
      const c = or();
      if (peek()?.k !== ')') throw new CondError('a parenthesis is not closed');
      i++;
      return c;
    }
    if (t.k === 'name' && toks[i + 1]?.k === '(') {
      const fn = t.v.toLowerCase();
      if (fn !== 'is_empty') throw new CondError(`the function ${t.v}() has no equivalent`);
      i += 2;
      const name = ref();
      if (peek()?.k !== ')') throw new CondError('is_empty() takes one question');
      i++;
      const f = field(name);
      // A multiple-choice option's field is empty when the option is not chosen.
      if (f.option !== undefined) return { t: 'not', a: { t: 'has', name: f.name, value: f.option } };
      return { t: 'answered', name: f.name, negated: true };
    }
    const name = ref();
    const op = toks[i++];
    if (op?.k !== 'op' || !['==', '!=', '<', '<=', '>', '>='].includes(op.v)) throw new CondError(`expected a comparison after ${name}`);
    const v = toks[i++];
    if (v?.k !== 'str' && v?.k !== 'num') throw new CondError(`expected a value after ${name} ${op.v}`);
    const f = field(name);
    if (f.option !== undefined) {
      // A multiple-choice option's field holds "Y" when chosen and "" otherwise.
      const chosen = (op.v === '==' && v.v === 'Y') || (op.v === '!=' && v.v === '');
      const notChosen = (op.v === '==' && v.v === '') || (op.v === '!=' && v.v === 'Y');
      if (!chosen && !notChosen) throw new CondError(`${name} ${op.v} '${v.v}' on a multiple-choice option has no equivalent`);
      const has: Cond = { t: 'has', name: f.name, value: f.option };
      return chosen ? has : { t: 'not', a: has };
    }
    return { t: 'cmp', op: op.v as '==', name: f.name, value: v.k === 'num' ? Number(v.v) : v.v };
  };
  const field = (name: string): { name: string; option?: string } => {
    const q = names.question(name);
    if (q) return { name: q };
    const sub = names.subquestion(name);
    if (sub) return { name: sub.question, option: sub.option };
    throw new CondError(`'${name}' is not a question of this survey`);
  };
  const c = or();
  if (i < toks.length) throw new CondError(`unexpected '${toks[i].v}'`);
  return c;
}
