// A `shownWhen` condition of the analysis configuration evaluated over the answers
// generated so far, with the form's own evaluator (its semantics: a comparison with an
// unanswered item or a missing code is false, `has` tests a multi-select).
import { conditionHolds, type ConditionEnv, type ExprJson } from '@survey/emitters';

type Value = ReturnType<ConditionEnv['value']>;

export interface Env {
  answers: Record<string, unknown>;
  hidden: Record<string, unknown>;
  missing: (name: string) => Array<number | string>;
}

export function truth(e: ExprJson, env: Env): boolean {
  return conditionHolds(e, {
    value: (n) => env.answers[n] as Value,
    hidden: (n) => env.hidden[n] as Exclude<Value, unknown[]>,
    missing: (n) => env.missing(n).filter((c): c is number => typeof c === 'number'),
  });
}
