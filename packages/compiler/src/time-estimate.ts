// The completion-time estimate that SVY3002 (time-budget) compares with the budget,
// for front ends that show it (the language server's code lens): the same time model
// (with the config's SVY3002 options) on the same longest path.
import type { Survey } from './model.ts';
import type { ResolvedConfig } from './config.ts';
import { defaultTimeModel, secondsFor, type TimeModel } from './rules/methodology/time-budget.rule.ts';
import { longestPath } from './rules/methodology/visibility.ts';

export interface TimeEstimate {
  /** Seconds on the longest path a respondent can take. */
  seconds: number;
  /** Questions on that path. */
  questions: number;
}

export function estimateTime(survey: Survey, config?: ResolvedConfig): TimeEstimate {
  const model = { ...defaultTimeModel, ...(config?.ruleOptions.get('SVY3002') ?? {}) } as TimeModel;
  const path = longestPath(survey, survey.questions, (q) => secondsFor(q, model, survey.defaultLanguage));
  return { seconds: Math.round(path.total), questions: path.questions.length };
}
