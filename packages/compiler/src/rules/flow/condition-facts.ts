// What can be said of a flow condition without answers: true for every respondent
// ('always': `age >= 0` on a required `min 0` question), true for none ('never':
// `overall > 5` on a 1..5 scale), or it depends ('maybe'). Built on condition-domains:
// a comparison with an unanswered variable or a missing code is false, so 'always'
// needs a variable that every respondent answers with a substantive value.
import type * as A from '@survey/syntax';
import type { Binding } from '../../binder/bind.ts';
import { atomOf, isEmpty, restrict } from '../../condition-domains.ts';
import { hiddenOf, variableOf } from '../../expr-types.ts';
import { isRow, type Question } from '../../model.ts';

export type Fact = 'always' | 'never' | 'maybe';

const negate: Partial<Record<A.BinaryOp, A.BinaryOp>> = { '==': '!=', '!=': '==', '<': '>=', '>=': '<', '>': '<=', '<=': '>' };

/** Every respondent answers it: required, shown unconditionally (its section too). */
function alwaysAnswered(q: Question): boolean {
  return q.required && !q.when && !q.section.when && !q.carry;
}

export function conditionFact(e: A.Expr | undefined, binding: Binding): Fact {
  if (!e) return 'maybe';
  switch (e.kind) {
    case 'Paren':
      return conditionFact(e.expr, binding);
    case 'Unary': {
      if (e.op !== 'not') return 'maybe';
      const f = conditionFact(e.operand, binding);
      return f === 'always' ? 'never' : f === 'never' ? 'always' : 'maybe';
    }
    case 'Binary': {
      if (e.op === 'and' || e.op === 'or') {
        const l = conditionFact(e.left, binding);
        const r = conditionFact(e.right, binding);
        const [win, lose] = e.op === 'and' ? (['never', 'always'] as const) : (['always', 'never'] as const);
        if (l === win || r === win) return win;
        return l === lose && r === lose ? lose : 'maybe';
      }
      const atom = atomOf(e, binding);
      if (!atom) return 'maybe';
      if (isEmpty(restrict(atom.full, atom.op, atom.value))) return 'never';
      const opposite = negate[atom.op];
      if (!opposite || !isEmpty(restrict(atom.full, opposite, atom.value))) return 'maybe';
      if (atom.full.kind === 'finite' && atom.full.missing.length > 0) return 'maybe';
      const side = e.left.kind === 'NameRef' ? e.left : e.right;
      const v = variableOf(side, binding);
      const h = v ? undefined : hiddenOf(side, binding);
      const answered = v ? alwaysAnswered(isRow(v) ? v.matrix : v) : !!h?.required;
      return answered ? 'always' : 'maybe';
    }
    default:
      return 'maybe';
  }
}
