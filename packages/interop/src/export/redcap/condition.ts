// REDCap branching logic: `[q] = '1'`, `[q] <> ''`, a checkbox option as
// `[q(code)] = '1'`, `and` / `or` / `not(...)` is not REDCap syntax, so a negation
// is reported as not mappable.
import type { Dialect } from '../condition.ts';
import { Unmappable } from '../notes.ts';

export function redcapDialect(varName: (id: string) => string): Dialect {
  const ref = (name: string) => `[${varName(name)}]`;
  const ops = { '==': '=', '!=': '<>', '<': '<', '<=': '<=', '>': '>', '>=': '>=' } as const;
  return {
    ref,
    literal: (v) => (typeof v === 'number' ? String(v) : `'${v}'`),
    compare: (op, l, r) => `${l} ${ops[op]} ${r}`,
    has: (name, code) => `[${varName(name)}(${code})] = '1'`,
    and: (a, b) => `${a} and ${b}`,
    or: (a, b) => `${a} or ${b}`,
    not: () => {
      throw new Unmappable('REDCap branching logic has no negation');
    },
    answered: (name) => `${ref(name)} <> ''`,
    arith: (op, a, b) => `${a} ${op} ${b}`,
    neg: (a) => `-${a}`,
    group: (a) => `(${a})`,
  };
}
