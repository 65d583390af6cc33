// A condition tree printed back in the .survey condition syntax (`overall <= 2 or
// channels has app`), with parentheses only where precedence needs them: the
// readable form documentation carries (DDI's universe, script comments, the analysis
// report's quality rules).
import type { ExprJson } from './expr.ts';

const precedence: Record<string, number> = {
  or: 1,
  and: 2,
  '==': 4,
  '!=': 4,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  has: 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
};

export function conditionText(e: ExprJson, outer = 0): string {
  switch (e.type) {
    case 'number':
      return String(e.value);
    case 'string':
      return JSON.stringify(e.value);
    case 'code':
      return String(e.value);
    case 'unary': {
      const s = e.op === 'not' ? `not ${conditionText(e.operand, 3)}` : `-${conditionText(e.operand, 7)}`;
      return outer > 3 ? `(${s})` : s;
    }
    case 'binary': {
      const p = precedence[e.op] ?? 4;
      const s = `${conditionText(e.left, p)} ${e.op} ${conditionText(e.right, p + 1)}`;
      return p < outer ? `(${s})` : s;
    }
    case 'call':
      return `${e.fn}(${e.args.map((a) => conditionText(a)).join(', ')})`;
    case 'instances':
      return e.where ? `count(${e.roster} where ${conditionText(e.where)})` : `count(${e.roster}.${e.answered ?? ''})`;
    default:
      return (e as { name: string }).name;
  }
}
