// The rule registry: a plain list. Adding a rule = adding its file and one line here.
import type { Rule } from './rule.ts';
import duplicateId from './duplicate-id.rule.ts';
import unknownReference from './unknown-reference.rule.ts';
import conditionOrder from './condition-order.rule.ts';
import conditionTypes from './condition-types.rule.ts';
import scaleGrid from './scale-grid.rule.ts';
import choiceList from './choice-list.rule.ts';
import constraintRange from './constraint-range.rule.ts';
import pointsTotal from './points-total.rule.ts';
import questionShape from './question-shape.rule.ts';
import functionCall from './function-call.rule.ts';
import languageTag from './language-tag.rule.ts';
import headerValues from './header-values.rule.ts';
import scoreStructure from './score-structure.rule.ts';
import hiddenInScore from './hidden-in-score.rule.ts';
import strataVariable from './strata-variable.rule.ts';
import fieldworkCounts from './fieldwork-counts.rule.ts';
import sizeLimits from './size-limits.rule.ts';
import unsafePattern from './unsafe-pattern.rule.ts';
import calculation from './calculation.rule.ts';
import checkRule from './check.rule.ts';
import selectionCount from './selection-count.rule.ts';
import neverTrueCondition from './never-true-condition.rule.ts';
import optionFilter from './option-filter.rule.ts';
import carryForward from './carry-forward.rule.ts';
import defaultValue from './default-value.rule.ts';
import invalidDate from './invalid-date.rule.ts';
import emptyText from './empty-text.rule.ts';
import idCase from './id-case.rule.ts';
import textFormat from './text-format.rule.ts';
import answerValue from './answer-value.rule.ts';
import fileSize from './file-size.rule.ts';
import fileAccept from './file-accept.rule.ts';
import optionImageSource from './option-image-source.rule.ts';
import optionImageAlt from './option-image-alt.rule.ts';
import optionImageSize from './option-image-size.rule.ts';
import slider from './slider.rule.ts';
import answersDefault from './answers-default.rule.ts';
// gaps: a shared list's choice filter checked per using question.
import sharedListFilter from './shared-list-filter.rule.ts';
import rosterSource from './roster/roster-source.rule.ts';
import rosterReference from './roster/roster-reference.rule.ts';
import rosterSize from './roster/roster-size.rule.ts';
import rosterCountOutside from './roster/roster-count-outside.rule.ts';
import rosterAggregate from './roster/roster-aggregate.rule.ts';
import pipeUnanswered from './pipe-unanswered.rule.ts';
import alwaysTrueCondition from './always-true-condition.rule.ts';
import partExceedsWhole from './part-exceeds-whole.rule.ts';
import rangePair from './range-pair.rule.ts';
import implausibleBound from './implausible-bound.rule.ts';
import unfilteredFollowUp from './unfiltered-follow-up.rule.ts';

const structuralRules: Rule[] = [
  duplicateId,
  unknownReference,
  conditionOrder,
  conditionTypes,
  scaleGrid,
  choiceList,
  constraintRange,
  pointsTotal,
  questionShape,
  functionCall,
  languageTag,
  headerValues,
  scoreStructure,
  hiddenInScore,
  strataVariable,
  fieldworkCounts,
  sizeLimits,
  unsafePattern,
  calculation,
  checkRule,
  selectionCount,
  neverTrueCondition,
  optionFilter,
  carryForward,
  defaultValue,
  invalidDate,
  emptyText,
  idCase,
  textFormat,
  // Answer types: files, image choice, geopoint, signature (SVY2120–SVY2139)
  answerValue,
  fileSize,
  fileAccept,
  optionImageSource,
  optionImageAlt,
  optionImageSize,
  slider,
  answersDefault,
  sharedListFilter,
  rosterSource,
  rosterReference,
  rosterSize,
  rosterCountOutside,
  rosterAggregate,
  pipeUnanswered,
  alwaysTrueCondition,
  partExceedsWhole,
  rangePair,
  implausibleBound,
  unfilteredFollowUp,
];

/** Methodology rules (question count, wording, scales, sampling, scoring) register here. */
import { methodologyRules } from './methodology/index.ts';

/** Flow rules (screen-outs, end screens, pages, randomisation): SVY2140–SVY2159. */
import { flowRules } from './flow/index.ts';

export const allRules: Rule[] = [...structuralRules, ...flowRules, ...methodologyRules];
