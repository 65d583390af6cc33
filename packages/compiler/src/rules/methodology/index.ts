// Methodology rules: question count and length, wording (en + zh), scales and
// choices, survey-level checks, sampling and scoring sanity. A plain list; adding a
// rule = adding its file and one line here.
import type { Rule } from '../rule.ts';
import questionLimit from './question-limit.rule.ts';
import timeBudget from './time-budget.rule.ts';
import questionLength from './question-length.rule.ts';
import doubleBarreled from './double-barreled.rule.ts';
import leadingQuestion from './leading-question.rule.ts';
import negation from './negation.rule.ts';
import absoluteTerm from './absolute-term.rule.ts';
import vagueQuantifier from './vague-quantifier.rule.ts';
import referencePeriod from './reference-period.rule.ts';
import acronym from './acronym.rule.ts';
import jargon from './jargon.rule.ts';
import instrumentDirective from './instrument-directive.rule.ts';
import duplicateQuestionText from './duplicate-question-text.rule.ts';
import batteryConsistency from './battery-consistency.rule.ts';
import scaleBalance from './scale-balance.rule.ts';
import labelValue from './label-value.rule.ts';
import npsUsage from './nps-usage.rule.ts';
import otherSpecify from './other-specify.rule.ts';
import nonresponseOption from './nonresponse-option.rule.ts';
import missingCodeInScore from './missing-code-in-score.rule.ts';
import reverseItems from './reverse-items.rule.ts';
import numericRanges from './numeric-ranges.rule.ts';
import sectionShape from './section-shape.rule.ts';
import duplicateLabel from './duplicate-label.rule.ts';
import attentionCheck from './attention-check.rule.ts';
import surveyIntro from './survey-intro.rule.ts';
import missingTranslation from './missing-translation.rule.ts';
import sampleSanity from './sample-sanity.rule.ts';
import allocationInputs from './allocation-inputs.rule.ts';
import scoreWeights from './score-weights.rule.ts';
import targetRange from './target-range.rule.ts';
import qualityExcludesEveryone from './quality-excludes-everyone.rule.ts';
import targetScale from './target-scale.rule.ts';
import scoreScales from './score-scales.rule.ts';
import scaleDirection from './scale-direction.rule.ts';
import exclusiveNone from './exclusive-none.rule.ts';
import stemScale from './stem-scale.rule.ts';
import sensitiveEarly from './sensitive-early.rule.ts';
import optionOrder from './option-order.rule.ts';

export const methodologyRules: Rule[] = [
  // SVY3xxx: count, length, time
  questionLimit,
  timeBudget,
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
  instrumentDirective,
  duplicateQuestionText,
  // SVY5xxx: scales and choices
  batteryConsistency,
  scaleBalance,
  labelValue,
  npsUsage,
  otherSpecify,
  nonresponseOption,
  missingCodeInScore,
  reverseItems,
  numericRanges,
  sectionShape,
  duplicateLabel,
  attentionCheck,
  scaleDirection,
  exclusiveNone,
  stemScale,
  optionOrder,
  // SVY6xxx: survey level, sampling, scoring
  surveyIntro,
  missingTranslation,
  sampleSanity,
  allocationInputs,
  scoreWeights,
  targetRange,
  qualityExcludesEveryone,
  sensitiveEarly,
  targetScale,
  scoreScales,
];
