// @survey/analyze: responses in, results out. The engine loads responses into DuckDB,
// computes sufficient statistics in SQL and finishes the estimates in TypeScript;
// the result type (result.ts) is what the report renderer reads.
export * from './result.ts';
export { analyze, computeStatistics, type AnalyzeOptions } from './analyze.ts';
export { surveyInputOf, sectionsOf } from './survey-input.ts';
export type { SurveyInput, AnalysisDoc, SectionDoc, VariableDoc } from './config.ts';
export { DataError, InputError } from './errors.ts';
export { duckRunner, type Runner, type Row } from './engine/runner.ts';
export * from './report/index.ts';
