// @survey/analyze: responses in, results out. The engine loads responses into DuckDB,
// computes sufficient statistics in SQL and finishes the estimates in TypeScript;
// the result type (result.ts) is what the report renderer reads.
export * from './result.ts';
