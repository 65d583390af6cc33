// XLSForm expressions (ODK XPath with ${name} references): `${q} <= 3`,
// `selected(${q}, 'a')`, `${q} != ''`. The XForm compiler turns ${name} into paths.
import type { Dialect } from '../condition.ts';

export const xlsformDialect: Dialect = {
  ref: (name) => `\${${name}}`,
  literal: (v) => (typeof v === 'number' ? String(v) : `'${v}'`),
  compare: (op, l, r) => `${l} ${op === '==' ? '=' : op} ${r}`,
  has: (name, code) => `selected(\${${name}}, '${code}')`,
  and: (a, b) => `${a} and ${b}`,
  or: (a, b) => `${a} or ${b}`,
  not: (a) => `not(${a})`,
  answered: (name) => `\${${name}} != ''`,
  arith: (op, a, b) => `${a} ${op === '/' ? 'div' : op} ${b}`,
  neg: (a) => `-${a}`,
  group: (a) => `(${a})`,
};
