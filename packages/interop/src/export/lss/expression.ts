// Conditions as LimeSurvey relevance equations (ExpressionScript): `q.NAOK == "A1"`,
// a matrix row as `matrix_row.NAOK`, a multiple-choice option as `q_option.NAOK == "Y"`
// (its "Other" as a non-empty `q_other`), `!is_empty(q.NAOK)` for answered, `and`,
// `or`, `!(…)`. `.NAOK` reads a value even when its question was not shown, as our
// conditions do. Codes are written as LimeSurvey's (renamed answer codes, Y/N for yes/no).
import type { ExprJson, SurveyIndex } from '../../model.ts';
import { printCondition, type Dialect } from '../condition.ts';
import type { LssCodes } from './codes.ts';

export interface LssOther {
  /** The option code written as LimeSurvey's "Other" of a question, if any. */
  otherOf(questionId: string): string | undefined;
}

const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function relevance(e: ExprJson, ix: SurveyIndex, codes: LssCodes, other: LssOther): string {
  const field = (name: string) => {
    const m = ix.matrixOfRow.get(name);
    return m ? `${codes.question(m.id)}_${codes.row(name)}` : codes.question(name);
  };
  const dialect: Dialect = {
    ref: (name) => `${field(name)}.NAOK`,
    literal: (v) => (typeof v === 'number' ? String(v) : quote(v)),
    compare: (op, l, r) => `${l} ${op} ${r}`,
    has: (name, code) =>
      other.otherOf(name) === String(code)
        ? `!is_empty(${codes.question(name)}_other.NAOK)`
        : `${codes.question(name)}_${codes.sub(name, code)}.NAOK == "Y"`,
    and: (a, b) => `${a} and ${b}`,
    or: (a, b) => `${a} or ${b}`,
    not: (a) => `!(${a})`,
    answered: (name) => `!is_empty(${field(name)}.NAOK)`,
    arith: (op, a, b) => `${a} ${op} ${b}`,
    neg: (a) => `-${a}`,
    group: (a) => `(${a})`,
  };
  return printCondition(answerCodes(e, ix, codes, other), ix, dialect);
}

/** Rewrites the codes compared with a coded question as its LimeSurvey answer codes. */
function answerCodes(e: ExprJson, ix: SurveyIndex, codes: LssCodes, other: LssOther): ExprJson {
  if (e.type === 'unary') return { ...e, operand: answerCodes(e.operand, ix, codes, other) };
  if (e.type === 'call') return { ...e, args: e.args.map((a) => answerCodes(a, ix, codes, other)) };
  if (e.type !== 'binary') return e;
  const left = answerCodes(e.left, ix, codes, other);
  const right = answerCodes(e.right, ix, codes, other);
  if (!['==', '!=', '<', '<=', '>', '>='].includes(e.op)) return { ...e, left, right };
  const recode = (v: ExprJson, literal: ExprJson): ExprJson => {
    if (v.type !== 'var' || !['code', 'string', 'number'].includes(literal.type)) return literal;
    const q = ix.byId.get(v.name);
    const value = String((literal as { value: string | number }).value);
    if (!q) return literal;
    if (q.kind === 'yesno') return { type: 'string', value: value === 'yes' ? 'Y' : value === 'no' ? 'N' : value };
    if (q.kind !== 'single') return literal;
    if (other.otherOf(q.id) === value) return { type: 'string', value: '-oth-' };
    return { type: 'string', value: codes.answer(q.id, value) };
  };
  return { ...e, left: recode(right, left), right: recode(left, right) };
}
