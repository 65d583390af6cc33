// Reads every input, validates each response, computes its scores, applies the quality
// rules and appends the analysed ones to a DuckDB table. Streams batch by batch, so
// memory does not grow with the number of responses (only the invalid/excluded lists do).
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import type { SurveyInput } from '../config.ts';
import { Evaluator, type EvalContext } from '../evaluate.ts';
import { recordsOf, formatOf, type LoadedRecord } from '../load/index.ts';
import { assertUtf8Text } from '../load/text-encoding.ts';
import { loadFileSetBased } from '../fast/load-csv.ts';
import { QualityRules, ruleRef, durationOf } from '../quality.ts';
import type { ExcludedResponse, InputSummary, InvalidResponse, TextAnswers } from '../result.ts';
import { tableColumns, type TableColumn } from '../sql/table.ts';
import { ResponseValidator } from '../validate.ts';
import { storageOf } from './storage.ts';
import { TextSampler } from './texts.ts';

export interface LoadOutcome {
  inputs: InputSummary[];
  received: number;
  invalid: InvalidResponse[];
  excluded: ExcludedResponse[];
  excludedByRule: number[];
  analysed: number;
  withoutDuration: number;
  /** Valid responses that ended at a screen-out, by screen-out id: counted, never analysed. */
  screenedOut: Record<string, number>;
  /** Open answers of the analysed responses (counts and a random sample). */
  texts: TextAnswers[];
}

export const OPTIONAL_META = ['responseId', 'formVersion'];

export interface Pipeline {
  survey: SurveyInput;
  schemaFields: Set<string>;
  evaluator: Evaluator;
  validator: ResponseValidator;
  quality: QualityRules;
  columns: TableColumn[];
  /** How many open answers per question the result carries. */
  textSample: number;
  /** Read every response row by row in JavaScript (the reference path), also where SQL could. */
  rowByRow: boolean;
  /** Told which path read each CSV file (and why not set-based). */
  trace?: (file: string, path: 'set-based' | 'row-by-row', why?: string) => void;
  /** Told of each analysed response read row by row (the repeat groups' instances are collected there). */
  onAnalysed?: (ctx: EvalContext, rec: LoadedRecord) => void;
}

export function pipelineOf(
  survey: SurveyInput,
  textSample = 20,
  rowByRow = false,
  trace?: (file: string, path: 'set-based' | 'row-by-row', why?: string) => void,
): Pipeline {
  const evaluator = new Evaluator(survey.analysis, survey.sections);
  return {
    survey,
    schemaFields: new Set(Object.keys((survey.schema as { properties?: object }).properties ?? {})),
    evaluator,
    validator: new ResponseValidator(survey.schema),
    quality: new QualityRules(survey.analysis, evaluator),
    columns: tableColumns(survey.analysis),
    textSample,
    rowByRow,
    trace,
  };
}

function append(
  app: DuckDBAppender,
  columns: TableColumn[],
  file: string,
  row: number,
  ctx: EvalContext,
  p: Pipeline,
  extra?: (app: DuckDBAppender) => void,
): void {
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
  extra?.(app);
  app.endRow();
}

/** Counts and lists one file adds to the outcome. */
export interface FileTally {
  invalid: InvalidResponse[];
  excluded: ExcludedResponse[];
  excludedByRule: number[];
  withoutDuration: number;
  screenedOut: Record<string, number>;
}

export function emptyTally(p: Pipeline): FileTally {
  return { invalid: [], excluded: [], excludedByRule: p.survey.analysis.quality.map(() => 0), withoutDuration: 0, screenedOut: {} };
}

/**
 * One record through validation, scores and the quality rules (the reference,
 * row-by-row treatment): an invalid or excluded record is listed in the tally; an
 * analysed one returns its evaluation context (answers and scores).
 */
export function judge(rec: LoadedRecord, p: Pipeline, tally: FileTally): EvalContext | undefined {
  if (rec.reasons) {
    tally.invalid.push({ ...rec.source, reasons: rec.reasons });
    return undefined;
  }
  const { analysis } = p.survey;
  const response = rec.response!;
  // responseId / formVersion are metadata: accepted even where the schema predates them
  for (const k of OPTIONAL_META) if (!p.schemaFields.has(k)) delete response[k];
  const reasons = p.validator.check(response);
  if (reasons.length) {
    tally.invalid.push({ ...rec.source, reasons });
    return undefined;
  }
  // Screened out: a valid response that ended early; counted apart, before quality rules and estimates.
  if (response.outcome === 'screenout') {
    const id = String(response.screenout ?? '');
    tally.screenedOut[id] = (tally.screenedOut[id] ?? 0) + 1;
    return undefined;
  }
  const ctx: EvalContext = {
    answers: (response.answers as Record<string, unknown>) ?? {},
    hidden: (response.hidden as Record<string, unknown>) ?? {},
    scores: {},
  };
  for (const s of analysis.scores) ctx.scores[s.id] = p.evaluator.score(s, ctx);
  if (analysis.quality.some((q) => q.kind === 'duration') && durationOf(response) === undefined) tally.withoutDuration++;
  const broken = p.quality.firstBroken(response, ctx);
  if (broken) {
    tally.excludedByRule[broken.index]++;
    tally.excluded.push({ ...rec.source, rule: ruleRef(analysis.quality[broken.index]), detail: broken.detail });
    return undefined;
  }
  return ctx;
}

function addTally(out: LoadOutcome, t: FileTally): void {
  out.invalid.push(...t.invalid);
  out.excluded.push(...t.excluded);
  t.excludedByRule.forEach((n, i) => (out.excludedByRule[i] += n));
  out.withoutDuration += t.withoutDuration;
  for (const [id, n] of Object.entries(t.screenedOut)) out.screenedOut[id] = (out.screenedOut[id] ?? 0) + n;
}

/** The analysed response into a table that starts with the columns of the responses table; `extra` appends more. */
export function appendAnalysed(
  app: DuckDBAppender,
  p: Pipeline,
  file: string,
  row: number,
  ctx: EvalContext,
  extra?: (app: DuckDBAppender) => void,
): void {
  append(app, p.columns, file, row, ctx, p, extra);
}

// Formats read as UTF-8 text (Excel and Parquet carry their own encoding).
const TEXT_FORMATS = new Set(['csv', 'json', 'jsonl']);

export async function loadTable(conn: DuckDBConnection, table: string, files: string[], p: Pipeline, wave?: string): Promise<LoadOutcome> {
  const storage = storageOf(table, p.columns, p.survey.schema, files);
  for (const sql of storage.ddl) await conn.run(sql);
  const out: LoadOutcome = {
    inputs: [],
    received: 0,
    invalid: [],
    excluded: [],
    excludedByRule: p.survey.analysis.quality.map(() => 0),
    analysed: 0,
    withoutDuration: 0,
    screenedOut: {},
    texts: [],
  };
  const { analysis } = p.survey;
  const texts = new TextSampler(analysis, p.textSample);
  for (const file of files) {
    const summary: InputSummary = { file, format: formatOf(file), rows: 0, ...(wave ? { wave } : {}) };
    out.inputs.push(summary);
    if (TEXT_FORMATS.has(summary.format)) assertUtf8Text(file);
    const loading = p.rowByRow ? undefined : loadFileSetBased(summary.format, conn, storage, file, p, texts);
    if (loading) {
      const fast = await loading;
      p.trace?.(file, 'why' in fast ? 'row-by-row' : 'set-based', 'why' in fast ? fast.why : undefined);
      if (!('why' in fast)) {
        summary.rows += fast.rows;
        out.received += fast.rows;
        out.analysed += fast.analysed;
        addTally(out, fast.tally);
        continue;
      }
    }
    const tally = emptyTally(p);
    const app = await conn.createAppender(storage.data);
    try {
      for await (const batch of await recordsOf(file, analysis, conn)) {
        for (const rec of batch) {
          summary.rows++;
          out.received++;
          const ctx = judge(rec, p, tally);
          if (!ctx) continue;
          append(app, p.columns, rec.source.file, rec.source.row, ctx, p);
          p.onAnalysed?.(ctx, rec);
          texts.add(ctx.answers, rec.source);
          out.analysed++;
        }
      }
    } finally {
      app.closeSync();
    }
    addTally(out, tally);
  }
  out.texts = texts.results();
  return out;
}
