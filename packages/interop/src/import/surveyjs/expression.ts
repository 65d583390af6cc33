// SurveyJS expressions (visibleIf) read into a Cond: `{q} = 'a'`, `{q} <> 1`,
// `{q} contains 'a'`, `{q} anyof ['a', 'b']`, `{q} notempty` / `empty`, `!`/`not`,
// `and`/`or` and parentheses; `{m.row}` is a matrix row. Functions and arithmetic
// are reported as not mappable.
import { CondError, type Cond } from '../condition.ts';

type Tok = { k: 'ref' | 'num' | 'str' | 'op' | 'word' | '(' | ')' | '[' | ']' | ','; v: string };

function lex(s: string): Tok[] {
  const out: Tok[] = [];
  const re = /\s*(?:\{([^}]+)\}|(-?\d+(?:\.\d+)?)|'([^']*)'|"([^"]*)"|(<>|!=|<=|>=|==|=|<|>|!)|([A-Za-z_][\w]*)|([()[\],]))/gy;
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = re.exec(s))) {
    last = re.lastIndex;
    if (m[1] !== undefined) out.push({ k: 'ref', v: m[1].trim() });
    else if (m[2] !== undefined) out.push({ k: 'num', v: m[2] });
    else if (m[3] !== undefined || m[4] !== undefined) out.push({ k: 'str', v: m[3] ?? m[4] });
    else if (m[5]) out.push({ k: 'op', v: m[5] });
    else if (m[6]) out.push({ k: 'word', v: m[6].toLowerCase() });
    else if (m[7]) out.push({ k: m[7] as '(', v: m[7] });
    if (re.lastIndex >= s.length) break;
  }
  if (s.slice(last).trim()) throw new CondError(`cannot read '${s.slice(last).trim()}'`);
  return out;
}

const ops: Record<string, '==' | '!=' | '<' | '<=' | '>' | '>='> = {
  '=': '==',
  '==': '==',
  equal: '==',
  '<>': '!=',
  '!=': '!=',
  notequal: '!=',
  '<': '<',
  less: '<',
  '<=': '<=',
  lessorequal: '<=',
  '>': '>',
  greater: '>',
  '>=': '>=',
  greaterorequal: '>=',
};

export function parseSurveyJsExpression(src: string): Cond {
  const toks = lex(src);
  let i = 0;
  const peek = () => toks[i];
  const isWord = (w: string) => peek()?.k === 'word' && peek().v === w;
  const eat = (k: Tok['k']) => {
    const t = toks[i];
    if (!t || t.k !== k) throw new CondError(`expected ${k} at token ${i + 1}`);
    i++;
    return t;
  };
  const value = (): string | number => {
    const t = peek();
    if (t?.k === 'num') return (i++, Number(t.v));
    if (t?.k === 'str') return (i++, t.v);
    if (t?.k === 'word' && (t.v === 'true' || t.v === 'false')) return (i++, t.v);
    throw new CondError('a comparison needs a number or a quoted value');
  };
  const or = (): Cond => {
    let a = and();
    while (isWord('or') || (peek()?.k === 'op' && peek().v === '||')) (i++, (a = { t: 'or', a, b: and() }));
    return a;
  };
  const and = (): Cond => {
    let a = unary();
    while (isWord('and')) (i++, (a = { t: 'and', a, b: unary() }));
    return a;
  };
  const unary = (): Cond => {
    if (isWord('not') || (peek()?.k === 'op' && peek().v === '!')) return (i++, { t: 'not', a: unary() });
    if (peek()?.k === '(') {
      i++;
      const c = or();
      eat(')');
      return c;
    }
    if (peek()?.k === 'word' && toks[i + 1]?.k === '(') throw new CondError(`the function ${peek().v}() has no equivalent`);
    const name = eat('ref').v;
    const t = peek();
    if (t?.k === 'word' && (t.v === 'notempty' || t.v === 'empty')) return (i++, { t: 'answered', name, negated: t.v === 'empty' });
    if (t?.k === 'word' && (t.v === 'contains' || t.v === 'notcontains')) {
      i++;
      const c: Cond = { t: 'has', name, value: value() };
      return t.v === 'contains' ? c : { t: 'not', a: c };
    }
    if (t?.k === 'word' && (t.v === 'anyof' || t.v === 'allof' || t.v === 'noneof')) {
      i++;
      eat('[');
      const vals: (string | number)[] = [value()];
      while (peek()?.k === ',') (i++, vals.push(value()));
      eat(']');
      const parts: Cond[] = vals.map((v) => ({ t: 'has', name, value: v }));
      const joined = parts.reduce((a, b) => ({ t: t.v === 'allof' ? 'and' : 'or', a, b }));
      return t.v === 'noneof' ? { t: 'not', a: joined } : joined;
    }
    const op = t && (t.k === 'op' || t.k === 'word') ? ops[t.v] : undefined;
    if (!op) throw new CondError(`the operator '${t?.v ?? 'end'}' has no equivalent`);
    i++;
    return { t: 'cmp', op, name, value: value() };
  };
  const c = or();
  if (i < toks.length) throw new CondError(`unexpected '${toks[i].v}'`);
  return c;
}
