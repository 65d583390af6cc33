// Expressions as plain JSON trees, for the survey JSON, the analysis configuration
// and the HTML form's runtime (which evaluates the very same trees). Names are
// resolved through the binding: an answer variable, a hidden variable (read from the
// response's `hidden` object), a choice code, a score, a scale or a section; parentheses disappear because the tree keeps the structure.
import { countedAnswers, filteredRoster, type Binding } from '@survey/compiler';
import type { Expr } from '@survey/syntax';

export type ExprJson =
  | { type: 'number'; value: number }
  | { type: 'string'; value: string }
  | { type: 'var'; name: string }
  | { type: 'hidden'; name: string }
  | { type: 'code'; value: string }
  | { type: 'score'; name: string }
  /** A calculated value (`let`): computed from answers, never answered. */
  | { type: 'calc'; name: string }
  | { type: 'scale'; name: string }
  | { type: 'section'; name: string }
  /** A repeat group's name: inside it the current instance (its position, or its option in a loop), outside the number of instances. */
  | { type: 'roster'; name: string }
  | { type: 'binary'; op: string; left: ExprJson; right: ExprJson }
  | { type: 'unary'; op: 'not' | '-'; operand: ExprJson }
  | { type: 'call'; fn: string; args: ExprJson[] }
  /**
   * How many instances of a repeat group (in the enclosing instance, if any): those that
   * meet `where`, read in each instance (`count(members where age < 18)`), or those that
   * answered the question `answered` (`count(members.age)`).
   */
  | { type: 'instances'; roster: string; where?: ExprJson; answered?: string };

export function exprToJson(e: Expr | undefined, binding: Binding): ExprJson {
  if (!e) throw new Error('incomplete expression: emitters run only on surveys without errors');
  switch (e.kind) {
    case 'Number':
      return { type: 'number', value: e.value };
    case 'String':
      return { type: 'string', value: e.value };
    case 'Paren':
      return exprToJson(e.expr, binding);
    case 'Unary':
      return { type: 'unary', op: e.op, operand: exprToJson(e.operand, binding) };
    case 'Binary':
      return { type: 'binary', op: e.op, left: exprToJson(e.left, binding), right: exprToJson(e.right, binding) };
    case 'Call': {
      const filtered = e.where?.cond ? filteredRoster(e, binding) : undefined;
      if (filtered) return { type: 'instances', roster: filtered.id, where: exprToJson(e.where?.cond, binding) };
      const answers = countedAnswers(e, binding);
      if (answers?.question.roster) return { type: 'instances', roster: answers.question.roster.id, answered: answers.name.name };
      return { type: 'call', fn: e.callee.name, args: e.args.map((a) => exprToJson(a, binding)) };
    }
    case 'NameRef': {
      const ref = binding.referenceAt.get(e);
      const kind = ref?.target?.kind ?? (ref?.expected.length === 1 ? ref.expected[0] : undefined);
      switch (kind) {
        case 'code':
          return { type: 'code', value: e.name };
        case 'score':
          return { type: 'score', name: e.name };
        case 'calc':
          return { type: 'calc', name: e.name };
        case 'hidden':
          return { type: 'hidden', name: e.name };
        case 'scale':
          return { type: 'scale', name: e.name };
        case 'section':
          return { type: 'section', name: e.name };
        case 'roster':
          return { type: 'roster', name: e.name };
        default:
          return { type: 'var', name: e.name };
      }
    }
  }
}

/** Conjunction of optional conditions (a section's `when` and its question's). */
export function andAll(parts: Array<ExprJson | undefined>): ExprJson | undefined {
  const present = parts.filter((p): p is ExprJson => p !== undefined);
  if (present.length === 0) return undefined;
  return present.reduce((acc, p) => ({ type: 'binary', op: 'and', left: acc, right: p }));
}
