// Public API of the emitters: the four outputs of `survey build`, each readable on
// its own, plus `build` / `emitAll` for the CLI. They read only the semantic model.
export { build, emitAll, outputKinds, type OutputKind, type BuildOptions, type OutputFile } from './build.ts';
export { emitSurveyJson, surveyDocument } from './survey-json/emit.ts';
export { emitResponseSchema, responseSchema } from './json-schema/emit.ts';
export { flatResponseSchema } from './json-schema/parts.ts';
export { emitAnalysis, analysisDocument } from './analysis/emit.ts';
export { emitHtml, type HtmlOptions } from './html/emit.ts';
export { exprToJson, type ExprJson } from './common/expr.ts';
export { exprText } from './common/visibility.ts';
export { conditionText } from './common/condition-text.ts';
// The form's condition semantics, for tools that must agree with the form (response generators).
export { truth as conditionHolds, type Env as ConditionEnv } from './html/runtime/evaluate.ts';
export { exprSql, truthSql, type SqlColumns } from './common/expr-sql.ts';
export { SURVEY_SCHEMA_URL, ANALYSIS_SCHEMA_URL, RESPONSE_FORMAT, specifyName, indicatorName } from './common/names.ts';
export { checkSubmitUrl, type SubmitUrlCheck } from './html/submit-url.ts';
export { esc } from './html/escape.ts';
export { sha256 } from './html/csp.ts';
