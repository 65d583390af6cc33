// What a respondent can see: questions shown under `when` conditions. Conditions that
// test one earlier answer against constants (`experience >= 4`, `vendor == other`,
// `a <= 2 or a == 9`) are evaluated over that answer's codes, so questions behind
// mutually exclusive conditions (pleased / displeased) are not counted twice; any other
// condition is assumed true (the question may be shown). Used by the question count
// (SVY3001) and the time estimate (SVY3002): both take the longest path.
import type * as A from '@survey/syntax';
import { codesOf, type Question, type Survey } from '../../model.ts';

type Code = string | number;
type Test = { variable: string; holds: (v: Code) => boolean };

/** Reads a condition as a test on one variable, or undefined when it is anything else. */
function singleVariableTest(e: A.Expr | undefined, survey: Survey): Test | undefined {
  if (!e) return undefined;
  switch (e.kind) {
    case 'Paren':
      return singleVariableTest(e.expr, survey);
    case 'Unary': {
      if (e.op !== 'not') return undefined;
      const t = singleVariableTest(e.operand, survey);
      return t && { variable: t.variable, holds: (v) => !t.holds(v) };
    }
    case 'Binary': {
      if (e.op === 'and' || e.op === 'or') {
        const l = singleVariableTest(e.left, survey);
        const r = singleVariableTest(e.right, survey);
        if (!l || !r || l.variable !== r.variable) return undefined;
        return { variable: l.variable, holds: e.op === 'and' ? (v) => l.holds(v) && r.holds(v) : (v) => l.holds(v) || r.holds(v) };
      }
      if (e.left?.kind !== 'NameRef' || !e.right) return undefined;
      const variable = survey.variables.get(e.left.name);
      if (!variable) return undefined;
      let value: Code | undefined;
      if (e.right.kind === 'Number') value = e.right.value;
      else if (e.right.kind === 'Unary' && e.right.op === '-' && e.right.operand?.kind === 'Number') value = -e.right.operand.value;
      else if (e.right.kind === 'NameRef' && !survey.variables.has(e.right.name)) value = e.right.name;
      if (value === undefined) return undefined;
      const missing = new Set(
        ('matrix' in variable ? variable.matrix.scale : variable.scale)?.points.filter((p) => p.missing).map((p) => p.value) ?? [],
      );
      const c = value;
      const ordered = (v: Code, f: (a: number, b: number) => boolean) =>
        typeof v === 'number' && typeof c === 'number' && !missing.has(v) && f(v, c);
      const op = e.op;
      const holds = (v: Code): boolean => {
        switch (op) {
          case '==':
            return v === c;
          case '!=':
            return v !== c;
          case '<':
            return ordered(v, (a, b) => a < b);
          case '<=':
            return ordered(v, (a, b) => a <= b);
          case '>':
            return ordered(v, (a, b) => a > b);
          case '>=':
            return ordered(v, (a, b) => a >= b);
          default:
            return true;
        }
      };
      if (op === 'has' || op === '+' || op === '-' || op === '*' || op === '/') return undefined;
      return { variable: e.left.name, holds };
    }
    default:
      return undefined;
  }
}

export interface Path {
  /** The questions on the longest path, in survey order. */
  questions: Question[];
  /** Total weight of that path. */
  total: number;
}

/**
 * The heaviest set of questions one respondent can be shown. `weight` gives each
 * question's cost (items for the count, seconds for the time estimate).
 */
export function longestPath(survey: Survey, questions: Question[], weight: (q: Question) => number): Path {
  const always: Question[] = [];
  const byVariable = new Map<string, Array<{ q: Question; test: Test }>>();
  for (const q of questions) {
    const conds = [q.section.when, q.when].filter((c): c is A.Expr => !!c);
    const tests = conds.map((c) => singleVariableTest(c, survey));
    const known = tests.length > 0 && tests.every((t) => t) && tests.every((t) => t!.variable === tests[0]!.variable);
    if (!known) {
      always.push(q);
      continue;
    }
    const [first, ...rest] = tests as Test[];
    const test: Test = { variable: first.variable, holds: (v) => first.holds(v) && rest.every((t) => t.holds(v)) };
    const list = byVariable.get(test.variable) ?? [];
    list.push({ q, test });
    byVariable.set(test.variable, list);
  }
  const chosen = new Set<Question>(always);
  for (const [variable, list] of byVariable) {
    const codes = codesOf(survey.variables.get(variable));
    if (!codes || codes.length === 0) {
      list.forEach((x) => chosen.add(x.q));
      continue;
    }
    let best: Question[] = [];
    let bestWeight = -1;
    for (const v of codes) {
      const shown = list.filter((x) => x.test.holds(v)).map((x) => x.q);
      const w = shown.reduce((a, q) => a + weight(q), 0);
      if (w > bestWeight) {
        best = shown;
        bestWeight = w;
      }
    }
    best.forEach((q) => chosen.add(q));
  }
  const path = questions.filter((q) => chosen.has(q));
  return { questions: path, total: path.reduce((a, q) => a + weight(q), 0) };
}

/** Items a respondent answers for a question: one, or one per matrix row. */
export function itemCount(q: Question, countRows = true): number {
  return q.kind === 'matrix' && countRows ? Math.max(1, q.rows.length) : 1;
}
