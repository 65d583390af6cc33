// Names of answer variables beyond question and row ids. Survey identifiers never
// contain a dot, so `question.code` cannot collide with a declared id.

/** The free text of an option with `specify` (`vendor.other`). */
export function specifyName(questionId: string, code: string | number): string {
  return `${questionId}.${code}`;
}

/** A 0/1 indicator for one option of a multi-select question in the analysis (`helpful.pipeline`). */
export function indicatorName(questionId: string, code: string | number): string {
  return `${questionId}.${code}`;
}

/** URLs of the schemas this package publishes (packages/emitters/schemas/). */
const SCHEMA_BASE = 'https://raw.githubusercontent.com/survey-lang/survey/main/packages/emitters/schemas/';
export const SURVEY_SCHEMA_URL = `${SCHEMA_BASE}survey-v1.schema.json`;
export const ANALYSIS_SCHEMA_URL = `${SCHEMA_BASE}analysis-v1.schema.json`;
export const SURVEY_FORMAT = 'survey/1';
export const ANALYSIS_FORMAT = 'survey-analysis/1';
export const RESPONSE_FORMAT = 'survey-response/1';

/** The `$id` of a survey's response schema: a URN, since the schema has no home URL. */
export function responseSchemaId(surveyId: string, version: string | undefined): string {
  const v = version ? `:${encodeURIComponent(version)}` : '';
  return `urn:survey-lang:response:${surveyId}${v}`;
}
