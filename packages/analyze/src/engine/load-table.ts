// Reads every input, validates each response, computes its scores, applies the quality
// rules and appends the analysed ones to a DuckDB table. Streams batch by batch, so
// memory does not grow with the number of responses (only the invalid/excluded lists do).
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import type { SurveyInput } from '../config.ts';
import { Evaluator, type EvalContext } from '../evaluate.ts';
import { recordsOf, formatOf } from '../load/index.ts';
import { QualityRules, ruleRef, durationOf } from '../quality.ts';
import type { ExcludedResponse, InputSummary, InvalidResponse, TextAnswers } from '../result.ts';
import { createTable, tableColumns, type TableColumn } from '../sql/table.ts';
import { ResponseValidator } from '../validate.ts';
import { TextSampler } from './texts.ts';

export interface LoadOutcome {
  inputs: InputSummary[];
  received: number;
  invalid: InvalidResponse[];
  excluded: ExcludedResponse[];
  excludedByRule: number[];
  analysed: number;
  withoutDuration: number;
  /** Open answers of the analysed responses (counts and a random sample). */
  texts: TextAnswers[];
}

const OPTIONAL_META = ['responseId', 'formVersion'];

export interface Pipeline {
  survey: SurveyInput;
  schemaFields: Set<string>;
  evaluator: Evaluator;
  validator: ResponseValidator;
  quality: QualityRules;
  columns: TableColumn[];
  /** How many open answers per question the result carries. */
  textSample: number;
}

export function pipelineOf(survey: SurveyInput, textSample = 20): Pipeline {
  const evaluator = new Evaluator(survey.analysis, survey.sections);
  return {
    survey,
    schemaFields: new Set(Object.keys((survey.schema as { properties?: object }).properties ?? {})),
    evaluator,
    validator: new ResponseValidator(survey.schema),
    quality: new QualityRules(survey.analysis, evaluator),
    columns: tableColumns(survey.analysis),
    textSample,
  };
}

function append(app: DuckDBAppender, columns: TableColumn[], file: string, row: number, ctx: EvalContext, p: Pipeline): void {
  for (const c of columns) {
    if (c.name === '_file') app.appendVarchar(file);
    else if (c.name === '_row') app.appendInteger(row);
    else if (c.score !== undefined) {
      const s = ctx.scores[c.score];
      if (s === undefined) app.appendNull();
      else app.appendDouble(s);
    } else {
      const v = c.variable!;
      let raw: unknown = v.source === 'hidden' ? ctx.hidden[v.name] : ctx.answers[v.name];
      if ((raw === undefined || raw === null) && v.parent && v.type === 'binary') raw = p.evaluator.value(v.name, ctx); // indicator
      if (raw === undefined || raw === null) app.appendNull();
      else if (c.type === 'DOUBLE PRECISION') {
        const x = typeof raw === 'boolean' ? (raw ? 1 : 0) : Number(raw);
        if (Number.isFinite(x)) app.appendDouble(x);
        else app.appendNull();
      } else app.appendVarchar(String(raw));
    }
  }
  app.endRow();
}

export async function loadTable(conn: DuckDBConnection, table: string, files: string[], p: Pipeline, wave?: string): Promise<LoadOutcome> {
  await conn.run(createTable(table, p.columns));
  const app = await conn.createAppender(table);
  const out: LoadOutcome = {
    inputs: [],
    received: 0,
    invalid: [],
    excluded: [],
    excludedByRule: p.survey.analysis.quality.map(() => 0),
    analysed: 0,
    withoutDuration: 0,
    texts: [],
  };
  const { analysis } = p.survey;
  const texts = new TextSampler(analysis, p.textSample);
  const hasDuration = analysis.quality.some((q) => q.kind === 'duration');
  for (const file of files) {
    const summary: InputSummary = { file, format: formatOf(file), rows: 0, ...(wave ? { wave } : {}) };
    out.inputs.push(summary);
    for await (const batch of await recordsOf(file, analysis, conn)) {
      for (const rec of batch) {
        summary.rows++;
        out.received++;
        if (rec.reasons) {
          out.invalid.push({ ...rec.source, reasons: rec.reasons });
          continue;
        }
        const response = rec.response!;
        // responseId / formVersion are metadata: accepted even where the schema predates them
        for (const k of OPTIONAL_META) if (!p.schemaFields.has(k)) delete response[k];
        const reasons = p.validator.check(response);
        if (reasons.length) {
          out.invalid.push({ ...rec.source, reasons });
          continue;
        }
        const ctx: EvalContext = {
          answers: (response.answers as Record<string, unknown>) ?? {},
          hidden: (response.hidden as Record<string, unknown>) ?? {},
          scores: {},
        };
        for (const s of analysis.scores) ctx.scores[s.id] = p.evaluator.score(s, ctx);
        if (hasDuration && durationOf(response) === undefined) out.withoutDuration++;
        const broken = p.quality.firstBroken(response, ctx);
        if (broken) {
          out.excludedByRule[broken.index]++;
          out.excluded.push({ ...rec.source, rule: ruleRef(analysis.quality[broken.index]), detail: broken.detail });
          continue;
        }
        append(app, p.columns, rec.source.file, rec.source.row, ctx, p);
        texts.add(ctx.answers, rec.source);
        out.analysed++;
      }
    }
  }
  app.closeSync();
  out.texts = texts.results();
  return out;
}
