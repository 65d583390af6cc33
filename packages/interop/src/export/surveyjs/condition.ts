// SurveyJS expression syntax for conditions (visibleIf): `{q} <= 3`, `{q} contains 'a'`,
// `{q} notempty`; a matrix row is `{matrix.row}`.
import type { Dialect } from '../condition.ts';
import type { SurveyIndex } from '../../model.ts';

export function surveyJsDialect(ix: SurveyIndex): Dialect {
  const ref = (name: string) => {
    const m = ix.matrixOfRow.get(name);
    return `{${m ? `${m.id}.${name}` : name}}`;
  };
  const ops = { '==': '=', '!=': '<>', '<': '<', '<=': '<=', '>': '>', '>=': '>=' } as const;
  return {
    ref,
    literal: (v) => (typeof v === 'number' ? String(v) : `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`),
    compare: (op, l, r) => `${l} ${ops[op]} ${r}`,
    has: (name, code) => `${ref(name)} contains ${typeof code === 'number' ? code : `'${code}'`}`,
    and: (a, b) => `${a} and ${b}`,
    or: (a, b) => `${a} or ${b}`,
    not: (a) => `!(${a})`,
    answered: (name) => `${ref(name)} notempty`,
    arith: (op, a, b) => `${a} ${op} ${b}`,
    neg: (a) => `-${a}`,
    group: (a) => `(${a})`,
  };
}
