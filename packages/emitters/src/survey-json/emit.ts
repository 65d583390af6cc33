// The canonical compiled survey: imports resolved, every label in every language,
// conditions and formulas as expression trees. Validated by schemas/survey-v1.schema.json.
import type { Binding, HiddenVariable, Sample, Survey } from '@survey/compiler';
import { compact, stringify } from '../common/json.ts';
import { ordered } from '../common/texts.ts';
import { exprToJson } from '../common/expr.ts';
import { qualityToJson } from '../common/quality.ts';
import { SURVEY_FORMAT, SURVEY_SCHEMA_URL } from '../common/names.ts';
import { namedChoiceLists, optionsJson, scaleJson, usedScales } from './resources.ts';
import { sectionJson } from './questions.ts';
import { requestJson } from './requests.ts';
import { rosterJson } from './rosters.ts';
import { calculationsJson } from '../common/calculations.ts';
import { checksJson } from '../common/checks.ts';
import { flowJson } from '../common/flow.ts';

export function surveyDocument(survey: Survey, binding: Binding) {
  const L = survey.languages;
  return compact({
    $schema: SURVEY_SCHEMA_URL,
    format: SURVEY_FORMAT,
    id: survey.id,
    version: survey.version,
    title: ordered(survey.title, L),
    languages: L,
    defaultLanguage: survey.defaultLanguage,
    intro: ordered(survey.intro, L),
    confidentiality: ordered(survey.confidentiality, L),
    owner: ordered(survey.owner, L),
    mode: survey.mode.length ? survey.mode : undefined,
    frequency: typeof survey.frequency === 'string' ? survey.frequency : ordered(survey.frequency, L),
    tags: survey.tags.length ? survey.tags : undefined,
    // Each question's `required` is already effective; this records the header's default.
    answers: survey.answersRequired ? undefined : 'optional',
    limits:
      survey.questionLimit !== undefined || survey.minuteLimit !== undefined
        ? compact({ questions: survey.questionLimit, minutes: survey.minuteLimit })
        : undefined,
    totalPoints: survey.totalPoints,
    glossary: survey.glossary.size ? [...survey.glossary].map(([term, text]) => ({ term, text: ordered(text, L) ?? {} })) : undefined,
    scales: usedScales(survey).map((s) => scaleJson(s, survey)),
    choiceLists: namedChoiceLists(survey).map((l) => ({ id: l.id, options: optionsJson(l, survey, binding) })),
    hidden: survey.hidden.size ? [...survey.hidden.values()].map((h) => hiddenJson(h, L)) : undefined,
    sections: survey.sections.map((s) => sectionJson(s, survey, binding)),
    rosters: survey.rosters.length ? survey.rosters.map((r) => rosterJson(r, survey)) : undefined,
    calculations: calculationsJson(survey, binding),
    checks: checksJson(survey, binding),
    flow: flowJson(survey, binding),
    scores: survey.scores.map((s) =>
      compact({ id: s.id, label: ordered(s.label, L), expr: exprToJson(s.expr, binding), require: s.require, items: s.items }),
    ),
    targets: survey.targets.map((t) => ({ subject: t.subject, op: t.op, value: t.value })),
    sample: survey.sample ? sampleJson(survey.sample) : undefined,
    quality: survey.quality.map((r) => qualityToJson(r, survey, binding)),
    analysis: survey.analysis.map((r) => requestJson(r)),
  });
}

function hiddenJson(h: HiddenVariable, L: string[]) {
  return compact({ id: h.id, type: h.type, label: ordered(h.label, L), choices: h.choices?.id, required: h.required });
}

function sampleJson(s: Sample) {
  return compact({
    population: s.population,
    invited: s.invited,
    completes: s.completes,
    margin: s.margin,
    confidence: s.confidence,
    proportion: s.proportion,
    sd: s.sd,
    responseRate: s.responseRate,
    allocation: s.allocation,
    stratifications: s.stratifications.map((st) =>
      compact({
        id: st.id,
        variable: st.variable,
        strata: st.strata.map((h) =>
          compact({
            id: h.id,
            size: h.size,
            sd: h.sd,
            proportion: h.proportion,
            cost: h.cost,
            completes: h.completes,
            invited: h.invited,
            takeAll: h.takeAll || undefined,
            oversample: h.oversample !== 1 ? h.oversample : undefined,
          }),
        ),
      }),
    ),
  });
}

export function emitSurveyJson(survey: Survey, binding: Binding): string {
  return stringify(surveyDocument(survey, binding));
}
