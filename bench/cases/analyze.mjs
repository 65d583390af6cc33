// Candidate: `survey analyze` in process on N responses of a 30-question survey (CSV):
// compile the survey, then the whole engine (read, validate, score, quality rules,
// load into DuckDB, statistics). One timed run: a million rows take long enough.
import { readFileSync } from 'node:fs';
import { compileText } from '@survey/compiler';
import { analyze, surveyInputOf } from '@survey/analyze';
import { args, measure, median, report } from './_measure.mjs';

const a = args();
const compiled = compileText(readFileSync(a.survey, 'utf8'), a.survey);
if (!compiled.ok) throw new Error('the bench survey does not compile');
const input = surveyInputOf(compiled);
let result;
const times = await measure(async () => void (result = await analyze(input, { responses: [a.file] })), {
  warmup: Number(a.warmup ?? 0),
  iterations: Number(a.iterations ?? 1),
});
report({ ms: median(times), times, analysed: result.counts.analysed, invalid: result.counts.invalid });
