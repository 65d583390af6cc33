// The analysis configuration: what an analyst's tool needs to process the responses.
// Validated by schemas/analysis-v1.schema.json.
import type { Binding, Survey } from '@survey/compiler';
import { functions, rangeOfScore } from '@survey/compiler';
import { compact, round, stringify } from '../common/json.ts';
import { ordered } from '../common/texts.ts';
import { ANALYSIS_FORMAT, ANALYSIS_SCHEMA_URL } from '../common/names.ts';
import { exprToJson, type ExprJson } from '../common/expr.ts';
import { qualityToJson } from '../common/quality.ts';
import { groupsOf, variablesOf } from './variables.ts';
import { resolveRequest } from './requests.ts';
import { samplingJson } from './sampling.ts';
import { rostersJson } from './rosters.ts';
import { calculationsJson } from '../common/calculations.ts';
import { checksJson } from '../common/checks.ts';
import { flowJson } from '../common/flow.ts';

const conventions = {
  missing: 'Codes listed in missingCodes are valid answers that never enter a mean, a score or a comparison.',
  conditions: 'A comparison with an unanswered item or a missing code is false; hidden questions are unanswered.',
  multi: 'A multi-select answer is a list of codes; each option also has a 0/1 indicator variable named question.code.',
  specify: 'The free text of an option with specify is the variable question.code.',
  scoreMissing: 'require all: every item must be answered; require k: at least k items, the others are left out of the formula.',
};

/** Added to the conventions when the survey has screen-outs or random order. */
const flowConventions = {
  outcome:
    'A response with outcome "screenout" ended early at the screen-out named in `screenout`: count it apart from completes and exclusions, never in an estimate. A response without outcome is complete.',
  order: 'A randomised section or shuffle group records the order shown under `order.<section or group id>`, for order-effect analysis.',
};
const rosterConvention =
  "A repeat group is a long table: one row per instance with the response key, the enclosing instances' indexes, its own index and (for a loop) its option; its variables (multi-select indicators and specify texts included) are that table's columns. Conditions of its variables (shownWhen, offeredWhen) are read in the same instance: a name of the group is that instance's answer, the group's name its index (a loop: its option code). Outside the group, sum/mean/min/max of its variable aggregate the response's instances and count(group) or the group's name is its number of instances. Statistics of its variables are over instances.";

function usesAggregate(e: ExprJson): boolean {
  if (e.type === 'call') return !!functions[e.fn]?.aggregate || e.args.some(usesAggregate);
  if (e.type === 'binary') return usesAggregate(e.left) || usesAggregate(e.right);
  if (e.type === 'unary') return usesAggregate(e.operand);
  return false;
}

export function analysisDocument(survey: Survey, binding: Binding) {
  const L = survey.languages;
  const scores = survey.scores.map((s) => {
    const expr = exprToJson(s.expr, binding);
    const range = rangeOfScore(survey, s.id);
    return compact({
      id: s.id,
      label: ordered(s.label, L),
      expr,
      items: s.items,
      require: s.require,
      range: range?.map((x) => round(x)),
      aggregate: usesAggregate(expr) || undefined,
    });
  });
  return compact({
    $schema: ANALYSIS_SCHEMA_URL,
    format: ANALYSIS_FORMAT,
    survey: compact({
      id: survey.id,
      version: survey.version,
      title: ordered(survey.title, L),
      languages: L,
      defaultLanguage: survey.defaultLanguage,
    }),
    conventions: {
      ...conventions,
      ...(flowJson(survey, binding) ? flowConventions : {}),
      ...(survey.rosters.length ? { rosters: rosterConvention } : {}),
    },
    variables: variablesOf(survey, binding),
    groups: groupsOf(survey),
    rosters: rostersJson(survey),
    calculations: calculationsJson(survey, binding),
    checks: checksJson(survey, binding),
    flow: flowJson(survey, binding),
    scores,
    targets: survey.targets.map((t) => ({
      subject: t.subject,
      kind: t.subject === 'response_rate' ? 'response-rate' : 'score',
      op: t.op,
      value: t.value,
    })),
    sample: survey.sample ? samplingJson(survey.sample) : undefined,
    quality: survey.quality.map((r) => qualityToJson(r, survey, binding)),
    requests: survey.analysis.map((r) => resolveRequest(r, survey)),
  });
}

export function emitAnalysis(survey: Survey, binding: Binding): string {
  return stringify(analysisDocument(survey, binding));
}
