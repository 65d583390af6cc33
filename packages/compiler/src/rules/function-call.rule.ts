// SVY2019: calls in formulas and conditions: known function, argument count, and
// arguments of the right kind (a scale for rescale, a section for index …).
import type * as A from '@survey/syntax';
import { defineRule, type RuleContext, type VariantOf } from './rule.ts';
import type { DiagnosticDef } from '../diagnostics/types.ts';
import { argKind, functions, type ArgKind } from '../functions/index.ts';
import { closest } from '../text-distance.ts';
import { typeOf, variableOf } from '../expr-types.ts';
import { surveyExpressions, walkExpr } from '../expr-walk.ts';
import { countedRoster, rosterAggregates } from '../roster.ts';
import { countedAnswers, questionOfName } from '../roster-filters.ts';

const diagnostics = [
  {
    code: 'SVY2019',
    name: 'invalid-call',
    severity: 'error',
    message: {
      unknown: "Unknown function '{name}'. Available: {available}.",
      unknownNear: "Unknown function '{name}'. Did you mean '{near}'? Available: {available}.",
      atLeast: '{name}() takes at least {count, plural, one {# argument} other {# arguments}}, not {given}: {doc}',
      exactly: '{name}() takes {count, plural, one {# argument} other {# arguments}}, not {given}: {doc}',
      between: '{name}() takes {min} to {max} arguments, not {given}: {doc}',
      argument: 'Argument {n} of {name}() must be {what}.',
      npsArgument:
        "Argument {n} of {name}() must be an nps question ('{id}' is a {kind} question; declare it as `nps` to score it as NPS).",
      branches: 'The two branches of if() must have the same type: the second argument is a {second}, the third a {third}.',
    },
    docs: {
      summary: 'An unknown function, a wrong number of arguments, or an argument of the wrong kind in a score formula or condition.',
      bad: 'score csat = rescale(mean(q1, q2))',
      good: 'score csat = rescale(mean(q1, q2), sat5)',
    },
  },
] as const satisfies readonly DiagnosticDef[];

type Ctx = RuleContext<(typeof diagnostics)[number]>;
type Problem = VariantOf<(typeof diagnostics)[0]>;

export default defineRule({
  name: 'function-call',
  diagnostics,
  check(ctx) {
    if (!ctx.survey) return;
    for (const { expr, file } of surveyExpressions(ctx.survey)) {
      walkExpr(expr, (e) => {
        if (e.kind === 'Call') checkCall(ctx, e, file);
      });
    }
  },
});

function checkCall(ctx: Ctx, e: A.Call, file: string): void {
  const name = e.callee.name;
  const sig = functions[name];
  const problem = (p: Problem, range = e.range) => ctx.report({ code: 'SVY2019', file, range, ...p });
  if (!sig) {
    const near = closest(name, Object.keys(functions));
    const available = Object.keys(functions).join(', ');
    if (!near) problem({ messageId: 'unknown', args: { name, available } }, e.callee.range);
    else
      ctx.report({
        code: 'SVY2019',
        messageId: 'unknownNear',
        file,
        range: e.callee.range,
        args: { name, near, available },
        fixes: [{ title: `Change to '${near}'`, edits: [{ file, range: e.callee.range, newText: near }] }],
      });
    return;
  }
  const max = sig.variadic ? Infinity : sig.args.length;
  if (e.args.length < sig.minArgs || e.args.length > max) {
    const given = e.args.length;
    if (sig.variadic) problem({ messageId: 'atLeast', args: { name, count: sig.minArgs, given, doc: sig.doc } });
    else if (sig.minArgs === sig.args.length) problem({ messageId: 'exactly', args: { name, count: sig.minArgs, given, doc: sig.doc } });
    else problem({ messageId: 'between', args: { name, min: sig.minArgs, max: sig.args.length, given, doc: sig.doc } });
    return;
  }
  e.args.forEach((arg, i) => {
    const kind: ArgKind = argKind(sig, i);
    const t = typeOf(arg, ctx.binding);
    if (t === 'unknown') return;
    const wrong = (what: string) => problem({ messageId: 'argument', args: { n: i + 1, name, what } }, arg.range);
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
          problem({ messageId: 'npsArgument', args: { n: i + 1, name, id: v.id, kind: v.kind } }, arg.range);
        break;
      }
      case 'number':
        if (arg.kind !== 'Number') wrong('a number');
        break;
      case 'condition':
        // count(members): the instances of a repeat group (roster.ts)
        if (t !== 'bool' && !countedRoster(e, ctx.binding) && !countedAnswers(e, ctx.binding)) wrong('a condition such as `q1 >= 4`');
        break;
      case 'value':
        // sum(members.sex): SVY2171 says what to count instead
        if (arg.kind === 'NameRef' && questionOfName(arg, ctx.binding)?.roster && rosterAggregates.has(name)) break;
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
      problem({ messageId: 'branches', args: { second: a, third: b } }, e.args[2].range);
  }
}

/** Types arithmetic accepts (a yes/no or a code literal compares, a truth value counts as 0/1). */
function numeric(t: string): boolean {
  return t === 'number' || t === 'bool';
}
