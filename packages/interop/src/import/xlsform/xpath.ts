// XLSForm `relevant` expressions (ODK XPath with ${name} references) read into a
// Cond: comparisons of a field with a literal, selected(), not(), and/or, and
// `${x} != ''`. Anything else (arithmetic, count-selected, other functions) is
// reported as not mappable, with the reason.
import { CondError, type Cond } from '../condition.ts';

type Tok = { k: 'ref' | 'num' | 'str' | 'op' | 'word' | '(' | ')' | ','; v: string };

function lex(s: string): Tok[] {
  const out: Tok[] = [];
  const re = /\s*(?:\$\{([^}]+)\}|(-?\d+(?:\.\d+)?)|'([^']*)'|"([^"]*)"|(!=|<=|>=|=|<|>)|([A-Za-z_][\w:.-]*)|([(),])|(\S))/gy;
  let m: RegExpExecArray | null;
  while (re.lastIndex < s.length && (m = re.exec(s))) {
    if (m[1] !== undefined) out.push({ k: 'ref', v: m[1].trim() });
    else if (m[2] !== undefined) out.push({ k: 'num', v: m[2] });
    else if (m[3] !== undefined || m[4] !== undefined) out.push({ k: 'str', v: m[3] ?? m[4] });
    else if (m[5]) out.push({ k: 'op', v: m[5] });
    else if (m[6]) out.push({ k: 'word', v: m[6] });
    else if (m[7]) out.push({ k: m[7] as '(', v: m[7] });
    else if (m[8]?.trim()) throw new CondError(`'${m[8]}' is not supported`);
  }
  return out;
}

export function parseXPath(src: string): Cond {
  const toks = lex(src);
  let i = 0;
  const peek = () => toks[i];
  const eat = (k: Tok['k'], v?: string) => {
    const t = toks[i];
    if (!t || t.k !== k || (v !== undefined && t.v !== v)) throw new CondError(`expected ${v ?? k} at token ${i + 1}`);
    i++;
    return t;
  };
  const or = (): Cond => {
    let a = and();
    while (peek()?.k === 'word' && peek().v === 'or') (i++, (a = { t: 'or', a, b: and() }));
    return a;
  };
  const and = (): Cond => {
    let a = cmp();
    while (peek()?.k === 'word' && peek().v === 'and') (i++, (a = { t: 'and', a, b: cmp() }));
    return a;
  };
  const value = (): string | number => {
    const t = peek();
    if (t?.k === 'num') return (i++, Number(t.v));
    if (t?.k === 'str') return (i++, t.v);
    throw new CondError('a comparison needs a number or a quoted value on one side');
  };
  const cmp = (): Cond => {
    const t = peek();
    if (!t) throw new CondError('unexpected end');
    if (t.k === '(') {
      i++;
      const c = or();
      eat(')');
      return c;
    }
    if (t.k === 'word') {
      i++;
      eat('(');
      if (t.v === 'not') {
        const c = or();
        eat(')');
        return { t: 'not', a: c };
      }
      if (t.v === 'selected') {
        const name = eat('ref').v;
        eat(',');
        const v = value();
        eat(')');
        return { t: 'has', name, value: v };
      }
      throw new CondError(`the function ${t.v}() has no equivalent`);
    }
    const flip = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '=': '=', '!=': '!=' } as Record<string, string>;
    let name: string;
    let op: string;
    let v: string | number;
    if (t.k === 'ref') {
      name = (i++, t.v);
      op = eat('op').v;
      v = value();
    } else {
      v = value();
      op = flip[eat('op').v];
      name = eat('ref').v;
    }
    if (peek() && peek().k === 'op') throw new CondError('arithmetic or chained comparisons have no equivalent');
    return { t: 'cmp', op: (op === '=' ? '==' : op) as '==', name, value: v };
  };
  const c = or();
  if (i < toks.length) throw new CondError(`unexpected '${toks[i].v ?? toks[i].k}'`);
  return c;
}
