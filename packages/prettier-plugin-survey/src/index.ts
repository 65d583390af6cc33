// prettier-plugin-survey: the prettier plugin (default export, and `languages`,
// `parsers`, `printers` for prettier's plugin loader) plus `formatSurvey` for the CLI.
export { default, languages, parsers, printers } from './plugin.ts';
export { formatSurvey, checkFormatted, type FormatOptions } from './format.ts';
export { SurveySyntaxError, parseSurvey, type SurveyRoot } from './parser.ts';
