// @survey/analyze: responses in, results out. The engine loads responses into DuckDB,
// computes sufficient statistics in SQL and finishes the estimates in TypeScript;
// the result type (result.ts) is what the report renderer reads.
export * from './result.ts';
export { analyze, computeStatistics, type AnalyzeOptions } from './analyze.ts';
export { surveyInputOf, sectionsOf } from './survey-input.ts';
export { emitAnalysisSql, analysisQueries, SQL_TABLE, type RecordedQuery } from './emit-sql.ts';
export type { SurveyInput, AnalysisDoc, SectionDoc, VariableDoc } from './config.ts';
export { DataError, InputError } from './errors.ts';
export { duckRunner, type Runner, type Row } from './engine/runner.ts';
export { loadTable, pipelineOf, type LoadOutcome } from './engine/load-table.ts';
export { tableColumns, createTable } from './sql/table.ts';
export * from './report/index.ts';
