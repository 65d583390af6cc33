// REDCap branching logic read into a Cond: `[q] = '1'`, `[q] <> ''`, `[q] >= 3`, a
// checkbox option `[q(code)] = '1'` (or '0': not chosen), `and` / `or` in any case
// and parentheses. Functions (datediff, sum, if …), arithmetic, event-prefixed
// fields (`[event][q]`) and smart variables are reported as not mappable.
import { CondError, scanTokens, type Cond } from '../condition.ts';

type Tok = { k: 'ref' | 'num' | 'str' | 'op' | 'word' | '(' | ')' | ','; v: string; code?: string };

function lex(s: string): Tok[] {
  const re =
    /\s*(?:\[([A-Za-z0-9_-]+)(?:\(([^)]*)\))?\]|(-?\d+(?:\.\d+)?)|'([^']*)'|"([^"]*)"|(<>|!=|<=|>=|==|=|<|>)|([A-Za-z_][\w-]*)|([(),]))/y;
  return scanTokens(s, re, (m): Tok => {
    if (m[1] !== undefined) return { k: 'ref', v: m[1], code: m[2] };
    if (m[3] !== undefined) return { k: 'num', v: m[3] };
    if (m[4] !== undefined || m[5] !== undefined) return { k: 'str', v: m[4] ?? m[5] };
    if (m[6]) return { k: 'op', v: m[6] };
    if (m[7]) return { k: 'word', v: m[7].toLowerCase() };
    return { k: m[8] as '(', v: m[8] };
  });
}

const ops = { '=': '==', '==': '==', '<>': '!=', '!=': '!=', '<': '<', '<=': '<=', '>': '>', '>=': '>=' } as const;

export function parseRedcapLogic(src: string): Cond {
  const toks = lex(src);
  let i = 0;
  const peek = () => toks[i];
  const isWord = (w: string) => peek()?.k === 'word' && peek().v === w;
  const or = (): Cond => {
    let a = and();
    while (isWord('or') || (peek()?.k === 'op' && peek().v === '||')) (i++, (a = { t: 'or', a, b: and() }));
    return a;
  };
  const and = (): Cond => {
    let a = atom();
    while (isWord('and')) (i++, (a = { t: 'and', a, b: atom() }));
    return a;
  };
  const atom = (): Cond => {
    const t = peek();
    if (!t) throw new CondError('the logic ends too early');
    if (t.k === '(') {
      i++;
      const c = or();
      if (peek()?.k !== ')') throw new CondError('a parenthesis is not closed');
      i++;
      return c;
    }
    if (t.k === 'word' && toks[i + 1]?.k === '(') throw new CondError(`the function ${t.v}() has no equivalent`);
    if (t.k !== 'ref') throw new CondError(`expected a [field] but found '${t.v}'`);
    i++;
    if (peek()?.k === 'ref') throw new CondError(`[${t.v}][${peek().v}]: event-prefixed fields have no equivalent`);
    const op = peek();
    if (op?.k !== 'op' || !(op.v in ops)) throw new CondError(`[${t.v}] must be compared with a value`);
    i++;
    const val = peek();
    if (val?.k !== 'num' && val?.k !== 'str') throw new CondError(`[${t.v}] ${op.v} needs a number or a quoted value`);
    i++;
    const cmp = ops[op.v as keyof typeof ops];
    const value: string | number = val.k === 'num' ? Number(val.v) : val.v;
    if (t.code !== undefined) {
      // A checkbox option: '1' chosen, '0' not chosen.
      if (cmp !== '==' && cmp !== '!=') throw new CondError(`[${t.v}(${t.code})] can only be compared with = or <>`);
      const chosen = (String(value) === '1') === (cmp === '==');
      if (String(value) !== '1' && String(value) !== '0') throw new CondError(`[${t.v}(${t.code})] is 1 or 0`);
      const has: Cond = { t: 'has', name: t.v, value: t.code };
      return chosen ? has : { t: 'not', a: has };
    }
    if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return { t: 'cmp', op: cmp, name: t.v, value: Number(value) };
    return { t: 'cmp', op: cmp, name: t.v, value };
  };
  const c = or();
  if (i < toks.length) throw new CondError(`unexpected '${toks[i].v}'`);
  return c;
}
