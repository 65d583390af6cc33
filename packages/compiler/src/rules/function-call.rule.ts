// SVY2019: calls in formulas and conditions: known function, argument count, and
// arguments of the right kind (a scale for rescale, a section for index …).
import type * as A from '@survey/syntax';
import { defineRule, type RuleContext } from './rule.ts';
import { argKind, functions, type ArgKind } from '../functions/index.ts';
import { closest } from '../text-distance.ts';
import { typeOf, variableOf } from '../expr-types.ts';
import { surveyExpressions, walkExpr } from '../expr-walk.ts';

export default defineRule({
  name: 'function-call',
  diagnostics: [
    {
      code: 'SVY2019',
      name: 'invalid-call',
      severity: 'error',
      message: '{problem}',
      docs: {
        summary: 'An unknown function, a wrong number of arguments, or an argument of the wrong kind in a score formula or condition.',
        bad: 'score csat = rescale(mean(q1, q2))',
        good: 'score csat = rescale(mean(q1, q2), sat5)',
      },
    },
  ],
  check(ctx) {
    if (!ctx.survey) return;
    for (const { expr, file } of surveyExpressions(ctx.survey)) {
      walkExpr(expr, (e) => {
        if (e.kind === 'Call') checkCall(ctx, e, file);
      });
    }
  },
});

function checkCall(ctx: RuleContext, e: A.Call, file: string): void {
  const name = e.callee.name;
  const sig = functions[name];
  const problem = (msg: string, range = e.range, fix?: string) =>
    ctx.report({
      code: 'SVY2019',
      file,
      range,
      args: { problem: msg },
      fixes: fix ? [{ title: `Change to '${fix}'`, edits: [{ file, range: e.callee.range, newText: fix }] }] : undefined,
    });
  if (!sig) {
    const guess = closest(name, Object.keys(functions));
    problem(
      `Unknown function '${name}'.${guess ? ` Did you mean '${guess}'?` : ''} Available: ${Object.keys(functions).join(', ')}.`,
      e.callee.range,
      guess,
    );
    return;
  }
  const max = sig.variadic ? Infinity : sig.args.length;
  if (e.args.length < sig.minArgs || e.args.length > max) {
    const expected = sig.variadic
      ? `at least ${sig.minArgs}`
      : sig.minArgs === sig.args.length
        ? String(sig.args.length)
        : `${sig.minArgs} to ${sig.args.length}`;
    problem(`${name}() takes ${expected} argument${expected === '1' ? '' : 's'}, not ${e.args.length}: ${sig.doc}`);
    return;
  }
  e.args.forEach((arg, i) => {
    const kind: ArgKind = argKind(sig, i);
    const t = typeOf(arg, ctx.binding);
    if (t === 'unknown') return;
    const wrong = (what: string) => problem(`Argument ${i + 1} of ${name}() must be ${what}.`, arg.range);
    switch (kind) {
      case 'scale':
        if (t !== 'scale') wrong('the name of a scale');
        break;
      case 'section':
        if (t !== 'section') wrong('the name of a section with points');
        break;
      case 'item': {
        const v = variableOf(arg, ctx.binding);
        if (!v) wrong('a question or matrix row');
        else if (name === 'nps' && !('matrix' in v) && v.kind !== 'nps')
          wrong(`an nps question ('${v.id}' is a ${v.kind} question; declare it as \`nps\` to score it as NPS)`);
        break;
      }
      case 'number':
        if (arg.kind !== 'Number') wrong('a number');
        break;
      case 'condition':
        if (t !== 'bool') wrong('a condition such as `q1 >= 4`');
        break;
      case 'value':
        if (t === 'text' || t === 'date' || t === 'set' || t === 'scale' || t === 'section' || (t === 'code' && arg.kind === 'NameRef'))
          wrong('a numeric value (a rating, number, matrix, score or arithmetic on them)');
        break;
      case 'selection':
        if (t !== 'set') wrong('a multi-select or ranking question');
        break;
      case 'text':
        if (t === 'set' || t === 'group' || t === 'scale' || t === 'section' || t === 'bool') wrong('a text, a number or a single answer');
        break;
      case 'date':
        if (t !== 'date' && !(t === 'text' && arg.kind === 'String' && /^\d{4}-\d{2}-\d{2}$/.test(arg.value)))
          wrong('a date (a date question, a date hidden variable, today() or "YYYY-MM-DD")');
        break;
      case 'any':
        if (t === 'scale' || t === 'section' || t === 'group') wrong('a value (not a scale, a section or a whole matrix)');
        break;
    }
  });
  if (name === 'if' && e.args.length === 3) {
    const [a, b] = [typeOf(e.args[1], ctx.binding), typeOf(e.args[2], ctx.binding)];
    if (a !== 'unknown' && b !== 'unknown' && a !== b && !(numeric(a) && numeric(b)))
      problem(`The two branches of if() must have the same type: the second argument is a ${a}, the third a ${b}.`, e.args[2].range);
  }
}

/** Types arithmetic accepts (a yes/no or a code literal compares, a truth value counts as 0/1). */
function numeric(t: string): boolean {
  return t === 'number' || t === 'bool';
}
