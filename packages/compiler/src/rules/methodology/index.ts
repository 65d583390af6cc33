// Methodology rules: question count and length, wording (en + zh), scales and
// choices, survey-level checks, sampling and scoring sanity. A plain list; adding a
// rule = adding its file and one line here.
import type { Rule } from '../rule.ts';
import questionLength from './question-length.rule.ts';
import doubleBarreled from './double-barreled.rule.ts';
import leadingQuestion from './leading-question.rule.ts';
import negation from './negation.rule.ts';
import absoluteTerm from './absolute-term.rule.ts';
import vagueQuantifier from './vague-quantifier.rule.ts';
import referencePeriod from './reference-period.rule.ts';
import acronym from './acronym.rule.ts';
import jargon from './jargon.rule.ts';
import duplicateQuestionText from './duplicate-question-text.rule.ts';

export const methodologyRules: Rule[] = [
  // SVY3xxx: count, length, time
  questionLength,
  // SVY4xxx: wording
  doubleBarreled,
  leadingQuestion,
  negation,
  absoluteTerm,
  vagueQuantifier,
  referencePeriod,
  acronym,
  jargon,
  duplicateQuestionText,
];
