// Prints a condition tree (ExprJson) in another tool's expression language. Each
// format supplies a dialect (how to write a variable, a literal, a comparison, a
// multi-select test); this file keeps our semantics the same everywhere: a
// comparison with an unanswered item, or with a missing code ("don't know"), is
// false, so `!=` and ordering comparisons get explicit guards.
import type { ExprJson, SurveyIndex } from '../model.ts';
import { Unmappable } from './notes.ts';

export interface Dialect {
  /** A reference to an answer variable (question or matrix row). */
  ref(name: string): string;
  literal(value: string | number): string;
  compare(op: '==' | '!=' | '<' | '<=' | '>' | '>=', left: string, right: string): string;
  has(name: string, code: string | number): string;
  and(a: string, b: string): string;
  or(a: string, b: string): string;
  not(a: string): string;
  answered(name: string): string;
  arith(op: '+' | '-' | '*' | '/', a: string, b: string): string;
  neg(a: string): string;
  group(a: string): string;
  /** A repeat group's name: the current instance inside it, the number of instances outside (formats with repeats). */
  roster?(name: string): string;
  /** A calculated value the format computes itself. */
  calc?(name: string): string;
  /** A built-in function the format has (undefined when it has none). */
  call?(fn: string, args: string[], raw: ExprJson[]): string | undefined;
  /** `count(members where age < 18)`, `count(members.age)`: a count of a repeat group's instances (formats with repeats). */
  instances?(e: Extract<ExprJson, { type: 'instances' }>): string;
}

export function printCondition(e: ExprJson, ix: SurveyIndex, d: Dialect): string {
  return print(e, ix, d, 'top');
}

type Ctx = 'top' | 'and' | 'or' | 'not' | 'arith';

function print(e: ExprJson, ix: SurveyIndex, d: Dialect, ctx: Ctx): string {
  switch (e.type) {
    case 'number':
      return d.literal(e.value);
    case 'string':
    case 'code':
      return d.literal(codeValue(e.value));
    case 'var':
      return d.ref(e.name);
    case 'unary':
      if (e.op === 'not') return d.not(print(e.operand, ix, d, 'not'));
      return d.neg(print(e.operand, ix, d, 'arith'));
    case 'binary': {
      if (e.op === 'and' || e.op === 'or') {
        const s = (e.op === 'and' ? d.and : d.or).call(d, print(e.left, ix, d, e.op), print(e.right, ix, d, e.op));
        return ctx === 'top' || ctx === e.op ? s : d.group(s);
      }
      if (e.op === 'has') {
        if (e.left.type !== 'var' || (e.right.type !== 'code' && e.right.type !== 'number' && e.right.type !== 'string'))
          throw new Unmappable('`has` needs a question and a code');
        return d.has(e.left.name, codeValue(e.right.value));
      }
      if (['==', '!=', '<', '<=', '>', '>='].includes(e.op)) {
        const s = comparison(e.op as '==', e.left, e.right, ix, d);
        return ctx === 'top' || ctx === 'and' ? s : d.group(s);
      }
      return d.group(d.arith(e.op as '+', print(e.left, ix, d, 'arith'), print(e.right, ix, d, 'arith')));
    }
    case 'call':
      if (e.fn === 'answered' && e.args[0]?.type === 'var') return guardMissing(d.answered(e.args[0].name), e.args[0].name, ix, d);
      if (d.call) {
        const s = d.call(
          e.fn,
          e.args.map((a) => print(a, ix, d, 'top')),
          e.args,
        );
        if (s !== undefined) return s;
      }
      throw new Unmappable(`the function ${e.fn}() has no equivalent here`);
    case 'roster':
      if (d.roster) return d.roster(e.name);
      throw new Unmappable(`a ${e.type} reference cannot be used in a condition here`);
    case 'instances':
      if (d.instances) return d.instances(e);
      throw new Unmappable('a count of the instances of a repeat group has no equivalent here');
    case 'calc':
      if (d.calc) return d.calc(e.name);
      throw new Unmappable(`a ${e.type} reference cannot be used in a condition here`);
    default:
      throw new Unmappable(`a ${e.type} reference cannot be used in a condition here`);
  }
}

/** Choice codes written as numbers in the source stay numbers in the data. */
function codeValue(v: string | number): string | number {
  return typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
}

function comparison(op: '==', l: ExprJson, r: ExprJson, ix: SurveyIndex, d: Dialect): string {
  const s = d.compare(op, print(l, ix, d, 'arith'), print(r, ix, d, 'arith'));
  if (op === '==') return s;
  // Unanswered or missing-coded operands make the comparison false.
  const guards: string[] = [];
  for (const side of [l, r]) {
    if (side.type !== 'var') continue;
    guards.push(guardMissing(d.answered(side.name), side.name, ix, d, side === l ? r : l));
  }
  return [...guards, s].reduce((a, b) => d.and(a, b));
}

function guardMissing(answered: string, name: string, ix: SurveyIndex, d: Dialect, other?: ExprJson): string {
  // A literal equal to a missing code may be compared on purpose (`x != 9`).
  const literal = other && other.type === 'number' ? other.value : undefined;
  const codes = ix.missingCodes(name).filter((c) => c !== literal);
  return [answered, ...codes.map((c) => d.compare('!=', d.ref(name), d.literal(c)))].reduce((a, b) => d.and(a, b));
}
