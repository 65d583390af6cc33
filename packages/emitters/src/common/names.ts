// Names of answer variables beyond question and row ids. Survey identifiers never
// contain a dot, so `question.code` cannot collide with a declared id, and codes never
// contain one either, so `question.code.text` cannot collide with an indicator.

/**
 * The free text of an option with `specify` (`vendor.other.text`): the same name in the
 * response, the response schema, the form, analysis.json, the tabular (CSV) response
 * layout and the data exports. It ends in `.text` so that it never shares a name with
 * the option's 0/1 indicator (`helpful.other`) in the analysis.
 */
export function specifyName(questionId: string, code: string | number): string {
  return `${questionId}.${code}.text`;
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
