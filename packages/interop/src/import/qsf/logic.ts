// Qualtrics display logic (`DisplayLogic`: a BooleanExpression of If groups of
// Expressions joined by `Conjuction` And / Or — Qualtrics' spelling) read into a Cond.
// Only question expressions on a choice (`Selected`, `NotSelected`) and comparisons of
// an entered number map; embedded data, quotas and other operators are reported.
import { CondError, type Cond } from '../condition.ts';

type J = Record<string, unknown>;

const numeric: Record<string, '==' | '!=' | '<' | '<=' | '>' | '>='> = {
  EqualTo: '==',
  NotEqualTo: '!=',
  LessThan: '<',
  LessThanOrEqual: '<=',
  GreaterThan: '>',
  GreaterThanOrEqual: '>=',
};

/** `codeOf(qid, choiceId)`: the code a question's choice was imported with. */
export function parseDisplayLogic(logic: unknown, codeOf: (qid: string, choice: string) => string | number | undefined): Cond {
  if (!logic || typeof logic !== 'object') throw new CondError('display logic is not an object');
  const groups = Object.entries(logic as J)
    .filter(([k]) => /^\d+$/.test(k))
    .map(([, g]) => g as J);
  if (!groups.length) throw new CondError('display logic without conditions');
  let out: Cond | undefined;
  for (const g of groups) {
    const cond = group(g, codeOf);
    out = out ? { t: String(g.Conjuction ?? 'And').toLowerCase() === 'or' ? 'or' : 'and', a: out, b: cond } : cond;
  }
  return out!;
}

function group(g: J, codeOf: (qid: string, choice: string) => string | number | undefined): Cond {
  let out: Cond | undefined;
  for (const [k, e] of Object.entries(g)) {
    if (!/^\d+$/.test(k)) continue;
    const c = expression(e as J, codeOf);
    out = out ? { t: String((e as J).Conjuction ?? 'And').toLowerCase() === 'or' ? 'or' : 'and', a: out, b: c } : c;
  }
  if (!out) throw new CondError('an empty condition group');
  return out;
}

function expression(e: J, codeOf: (qid: string, choice: string) => string | number | undefined): Cond {
  if (e.LogicType !== 'Question') throw new CondError(`${String(e.LogicType)} conditions have no equivalent`);
  const locator = String(e.ChoiceLocator ?? e.LeftOperand ?? '');
  const m = /^q:\/\/(QID\d+)\/(SelectableChoice|ChoiceTextEntryValue|ChoiceNumericEntryValue)(?:\/(\d+))?$/.exec(locator);
  if (!m) throw new CondError(`the locator '${locator}' has no equivalent`);
  const [, qid, kind, choice] = m;
  const op = String(e.Operator);
  if (kind === 'SelectableChoice' && (op === 'Selected' || op === 'NotSelected')) {
    const code = codeOf(qid, choice);
    if (code === undefined) throw new CondError(`${qid} has no choice ${choice}`);
    const has: Cond = { t: 'has', name: qid, value: code };
    return op === 'Selected' ? has : { t: 'not', a: has };
  }
  if (kind !== 'SelectableChoice' && numeric[op] && e.RightOperand !== undefined && /^-?\d+(\.\d+)?$/.test(String(e.RightOperand)))
    return { t: 'cmp', op: numeric[op], name: qid, value: Number(e.RightOperand) };
  throw new CondError(`the operator ${op} on ${locator} has no equivalent`);
}
