// A `when` condition as a JSON Schema that an answers object satisfies exactly when
// the question is shown. Comparisons become const / bounds on one property (with the
// property required, so an unanswered item makes the comparison false, and missing
// codes excluded from ordering comparisons); and/or/not become allOf/anyOf/not;
// answered(x) becomes required. Anything else (arithmetic, two items compared, other
// functions) cannot be said in JSON Schema: the result is undefined and the caller
// falls back to a weaker schema with a comment, leaving the check to the form.
// A condition that reads a hidden variable is stated on the whole response (`root`):
// answers are then under `answers`, hidden values under `hidden`.
import type { Survey } from '@survey/compiler';
import { isRow } from '@survey/compiler';
import type { ExprJson } from '../common/expr.ts';
import { missingCodes } from '../common/scale-grid.ts';
import { isSetVariable } from '../common/visibility.ts';

type Schema = Record<string, unknown>;
const flip: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' };
const bound: Record<string, string> = { '<': 'exclusiveMaximum', '<=': 'maximum', '>': 'exclusiveMinimum', '>=': 'minimum' };

export function conditionSchema(e: ExprJson, survey: Survey, root = false): Schema | undefined {
  switch (e.type) {
    case 'binary': {
      if (e.op === 'and' || e.op === 'or') {
        const l = conditionSchema(e.left, survey, root);
        const r = conditionSchema(e.right, survey, root);
        return l && r ? { [e.op === 'and' ? 'allOf' : 'anyOf']: [l, r] } : undefined;
      }
      if (e.left.type === 'hidden' && isLiteral(e.right)) return hiddenComparison(e.left.name, e.op, literal(e.right), root);
      if (e.right.type === 'hidden' && isLiteral(e.left) && flip[e.op])
        return hiddenComparison(e.right.name, flip[e.op], literal(e.left), root);
      if (e.left.type === 'var' && isLiteral(e.right)) return inAnswers(comparison(e.left.name, e.op, literal(e.right), survey), root);
      if (e.right.type === 'var' && isLiteral(e.left) && flip[e.op])
        return inAnswers(comparison(e.right.name, flip[e.op], literal(e.left), survey), root);
      return undefined;
    }
    case 'unary': {
      if (e.op !== 'not') return undefined;
      const inner = conditionSchema(e.operand, survey, root);
      return inner ? { not: inner } : undefined;
    }
    case 'call':
      if (e.fn === 'answered' && e.args.length === 1 && e.args[0].type === 'var') return inAnswers(answered(e.args[0].name, survey), root);
      if (e.fn === 'answered' && e.args.length === 1 && e.args[0].type === 'hidden' && root)
        return { properties: { hidden: { type: 'object', required: [e.args[0].name] } }, required: ['hidden'] };
      return undefined;
    default:
      return undefined;
  }
}

/** Whether a condition reads a hidden variable (and must be stated on the whole response). */
export function readsHidden(e: ExprJson): boolean {
  switch (e.type) {
    case 'hidden':
      return true;
    case 'binary':
      return readsHidden(e.left) || readsHidden(e.right);
    case 'unary':
      return readsHidden(e.operand);
    case 'call':
      return e.args.some(readsHidden);
    case 'instances':
      return !!e.where && readsHidden(e.where);
    default:
      return false;
  }
}

function inAnswers(s: Schema | undefined, root: boolean): Schema | undefined {
  return s && root ? { properties: { answers: { type: 'object', ...s } } } : s;
}

/** A comparison with a hidden value; only stated on the whole response. An absent value makes it false. */
function hiddenComparison(name: string, op: string, value: string | number, root: boolean): Schema | undefined {
  if (!root) return undefined;
  let s: Schema | undefined;
  if (op === '==') s = { const: value };
  else if (op === '!=') s = { not: { const: value } };
  else if (bound[op] && typeof value === 'number') s = { type: 'number', [bound[op]]: value };
  if (!s) return undefined;
  return { properties: { hidden: { type: 'object', properties: { [name]: s }, required: [name] } }, required: ['hidden'] };
}

function isLiteral(e: ExprJson): boolean {
  return e.type === 'number' || e.type === 'string' || e.type === 'code';
}

function literal(e: ExprJson): string | number {
  return e.type === 'number' || e.type === 'string' || e.type === 'code' ? e.value : '';
}

function on(name: string, schema: Schema): Schema {
  return { properties: { [name]: schema }, required: [name] };
}

function scalarMissing(name: string, survey: Survey): number[] {
  const v = survey.variables.get(name);
  return missingCodes(v ? (isRow(v) ? v.matrix.scale : v.scale) : undefined);
}

function comparison(name: string, op: string, value: string | number, survey: Survey): Schema | undefined {
  const v = survey.variables.get(name);
  if (!v || (!isRow(v) && v.kind === 'matrix')) return undefined;
  if (isSetVariable(survey, name)) return op === 'has' ? on(name, { type: 'array', contains: { const: value } }) : undefined;
  const missing = scalarMissing(name, survey);
  const substantive = (s: Schema): Schema => (missing.length ? { ...s, not: { enum: missing } } : s);
  if (op === '==') return on(name, { const: value });
  if (op === '!=') {
    const differs = { not: { const: value } };
    return on(name, missing.length && !missing.includes(value as number) ? { allOf: [differs, { not: { enum: missing } }] } : differs);
  }
  if (bound[op] && typeof value === 'number') return on(name, substantive({ type: 'number', [bound[op]]: value }));
  return undefined;
}

function answered(name: string, survey: Survey): Schema | undefined {
  const v = survey.variables.get(name);
  if (!v || (!isRow(v) && v.kind === 'matrix')) return undefined;
  const missing = scalarMissing(name, survey);
  // The property is named in `properties` too: ajv's strictRequired refuses a bare `required`.
  return on(name, missing.length ? { not: { enum: missing } } : {});
}
