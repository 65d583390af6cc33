// The engine: load responses into DuckDB (validated, scored, quality-checked), run the
// sufficient-statistics SQL and finish every estimate the analysis configuration asks
// for into an AnalysisResult. One in-memory DuckDB per run, memory-limited and spilling
// to a temporary folder for large inputs (engine/instance.ts).
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import type { SurveyInput } from './config.ts';
import { baseSubjects, variableMap, type Ctx } from './engine/context.ts';
import { offeredSubjects } from './engine/offered.ts';
import { designInfo, type PostStratifyOption } from './engine/design-info.ts';
import { itemStats, startDistributions, weighted } from './engine/items.ts';
import { inputBytes, openRunInstance } from './engine/instance.ts';
import { loadTable, pipelineOf, type LoadOutcome } from './engine/load-table.ts';
import { DesignMoments } from './engine/moments.ts';
import { alphaResults, driverResults } from './engine/multivariate.ts';
import { duckRunner, type Runner } from './engine/runner.ts';
import { narrowReads } from './engine/narrow-reads.ts';
import { storageOf } from './engine/storage.ts';
import { npsResults, ratioResults, scoreStats } from './engine/scores.ts';
import { responseRates, targetResults } from './engine/targets.ts';
import { topResults } from './engine/top.ts';
import { breakdowns } from './engine/breakdowns.ts';
import { waveComparison, type WaveTable } from './engine/waves.ts';
import { cellWeights, kish } from './estimate/design.ts';
import { estimatorNotes } from './estimators.ts';
import { expandResponseFiles } from './load/index.ts';
import { METHODS, ruleRef } from './quality.ts';
import { RESULT_FORMAT, type AnalysisResult, type EstimatorId, type Weighting } from './result.ts';
import { screenedOutCount, screenOutResults } from './screen-outs.ts';
import { RosterSink, type RosterTable } from './rosters/tables.ts';
import { rosterResults } from './rosters/stats.ts';

export interface AnalyzeOptions {
  /** Response files or folders of the wave analysed (may be empty when waves are given). */
  responses: string[];
  /** Waves in time order; without `responses`, the last wave is analysed in full. */
  waves?: Array<{ label: string; files: string[] }>;
  /** Invited counts per stratum id ('' for the total), from --invited. */
  invited?: Map<string, number>;
  postStratify?: PostStratifyOption;
  /** Interval level, 0.95 by default. */
  level?: number;
  /** File names in the result are made relative to this folder (deterministic output). */
  baseDir?: string;
  /** Open answers kept per text question (a random sample with a fixed seed); 20 by default. */
  textSample?: number;
  /** Read CSV, Parquet and Excel files row by row in JavaScript (the reference path) instead of set-based in DuckDB. */
  rowByRow?: boolean;
  /** Told which path read each CSV, Parquet or Excel file, and why a file was not read set-based. */
  trace?: (file: string, path: 'set-based' | 'row-by-row', why?: string) => void;
  /** Inputs larger than this many bytes run DuckDB with a memory limit, spilling to a temporary folder (32 MB by default). */
  spillThreshold?: number;
}

/** Statistics on an already loaded table: used by analyze() and by the PostgreSQL test with another runner. */
export async function computeStatistics(
  survey: SurveyInput,
  runner: Runner,
  table: string,
  load: Pick<LoadOutcome, 'received' | 'invalid' | 'analysed'> & Partial<Pick<LoadOutcome, 'screenedOut'>>,
  options: Pick<AnalyzeOptions, 'invited' | 'postStratify' | 'level'> & { waves?: WaveTable[]; rosterTables?: RosterTable[] } = {},
) {
  const analysis = survey.analysis;
  const level = options.level ?? 0.95;
  const vars = variableMap(analysis);
  const info = await designInfo(runner, table, analysis, options.postStratify);
  // Options offered to only some respondents get their own base (engine/offered.ts).
  const offered = offeredSubjects(vars);
  const subjects = [...baseSubjects(analysis, vars), ...offered.subjects];
  const scan = DesignMoments.run(runner, table, subjects, info, level);
  // the items' distributions, started now, run beside the moments scan (several connections);
  // after repeat groups' queries otherwise, so the emitted SQL keeps its order
  const distributions = options.rosterTables?.length ? undefined : startDistributions({ analysis, vars, runner, table, info });
  const moments = await scan;
  const ctx: Ctx = {
    survey,
    analysis,
    runner,
    table,
    info,
    level,
    analysed: load.analysed,
    subjects,
    index: new Map(subjects.map((s, i) => [s.key, i])),
    moments,
    notes: [],
    vars,
  };
  for (const name of offered.unsaid)
    ctx.notes.push({
      severity: 'info',
      message: `some options of '${name}' are offered under a condition the analysis cannot evaluate: their shares are of everyone who answered`,
    });
  if (info.unassigned)
    ctx.notes.push({
      severity: 'warning',
      message: `${info.unassigned} analysed responses have no known stratum in '${info.stratification?.variable}': left out of weighted estimates`,
    });
  // Repeat groups: analysed over the instances of their long tables when the loader built them.
  const rosters = options.rosterTables ? await rosterResults(ctx, options.rosterTables) : undefined;
  if (!rosters)
    for (const r of analysis.rosters ?? [])
      ctx.notes.push({
        severity: 'info',
        subject: r.id,
        message: `repeat group '${r.id}': its instances are validated but not unnested here; ${r.variables.join(', ')} show no answers`,
      });
  const items = [...(await itemStats(ctx, distributions)), ...(rosters?.items ?? [])];
  const scores = scoreStats(ctx);
  const nps = npsResults(ctx);
  const ratios = await ratioResults(ctx);
  const screened = Object.values(load.screenedOut ?? {}).reduce((a, b) => a + b, 0);
  const rates = await responseRates(ctx, load.received, load.received - load.invalid.length - screened, options.invited);
  const targets = targetResults(ctx, scores, rates);
  const top = await topResults(ctx);
  const bds = await breakdowns(ctx, items);
  const alpha = await alphaResults(ctx);
  const drivers = await driverResults(ctx, items);
  const waves = options.waves && options.waves.length > 1 ? await waveComparison(ctx, options.waves) : undefined;
  for (const s of subjects) {
    const e = moments.estimate(subjects.indexOf(s));
    if (e?.lonely.length)
      ctx.notes.push({
        severity: 'warning',
        subject: s.key,
        message: `strata ${e.lonely.join(', ')} have a single response: their variance contribution is taken as 0`,
      });
  }
  let weighting: Weighting | undefined;
  if (info.stratification) {
    const { weight, factor, before } = cellWeights(info.design);
    const hv = vars.get(info.stratification.variable);
    const counts = [...info.design.responses].map(([h, m]) => ({ w: weight(h), count: m }));
    const k = kish(counts);
    weighting = {
      stratification: info.stratification.stratification,
      variable: info.stratification.variable,
      strata: info.stratification.strata.map((s) => ({
        id: s.id,
        ...(hv?.valueLabels?.find((l) => String(l.value) === s.id)
          ? { label: hv.valueLabels.find((l) => String(l.value) === s.id)!.label }
          : {}),
        size: s.size,
        responses: info.design.responses.get(s.id) ?? 0,
        weight: weight(s.id),
      })),
      unassigned: info.unassigned,
      ...(info.post
        ? {
            postStratified: {
              variable: info.post.variable,
              totals: info.post.strata.map((s) => ({
                id: s.id,
                total: s.size,
                weightedBefore: before.get(s.id) ?? 0,
                factor: factor.get(s.id) ?? 0,
              })),
            },
          }
        : {}),
      deff: k.deff,
      effectiveN: k.effectiveN,
      fpc: true,
    };
  }
  const used = new Set<EstimatorId>([
    ...items.map((i) => i.estimator),
    ...scores.map((s) => s.estimator),
    ...nps.map((n) => n.estimator),
    ...ratios.map((r) => r.estimator),
  ]);
  if (items.some((i) => i.top2Box)) used.add(weighted(ctx) ? 'proportion-stratified' : 'proportion-unweighted');
  if (alpha.length) used.add('alpha');
  if (drivers.length) used.add('drivers');
  if (waves) {
    used.add('welch-t');
    used.add('two-proportion-z');
  }
  if (rates.overall.rate !== undefined || rates.strata.some((s) => s.rate !== undefined)) used.add('response-rate');
  return {
    items,
    scores,
    nps,
    ratios,
    responseRates: rates,
    targets,
    top,
    breakdowns: bds,
    alpha,
    drivers,
    waves,
    weighting,
    notes: ctx.notes,
    estimators: estimatorNotes(used),
    rosters: rosters?.summaries,
  };
}

export async function analyze(survey: SurveyInput, options: AnalyzeOptions): Promise<AnalysisResult> {
  // one thread, and for large inputs a memory limit with a temporary folder to spill into
  const run = await openRunInstance(sizeOf(options), options.spillThreshold);
  const instance = run.instance;
  const conns: Array<{ closeSync(): void }> = [];
  try {
    const conn = await instance.connect();
    conns.push(conn);
    // more connections for the statistics: independent queries run side by side, each on one thread
    const more = await Promise.all(Array.from({ length: Math.min(3, availableParallelism() - 1) }, () => instance.connect()));
    conns.push(...more);
    const pipeline = pipelineOf(survey, options.textSample, options.rowByRow, options.trace);
    // Repeat groups: each analysed response's instances are collected while it loads (row by row).
    const sink = survey.analysis.rosters?.length ? new RosterSink(survey.analysis, pipeline.evaluator) : undefined;
    if (sink) pipeline.onAnalysed = (ctx, rec) => sink.add(ctx, rec);
    const waveTables: WaveTable[] = [];
    let main: LoadOutcome | undefined;
    let mainTable = 'responses';
    for (const [i, w] of (options.waves ?? []).entries()) {
      const table = `wave_${i + 1}`;
      sink?.reset();
      const load = await loadTable(conn, table, expandResponseFiles(w.files), pipeline, w.label);
      waveTables.push({ label: w.label, table, files: w.files, analysed: load.analysed });
      if (!options.responses.length && i === (options.waves ?? []).length - 1) {
        main = load;
        mainTable = table;
      }
    }
    if (!main) {
      sink?.reset();
      main = await loadTable(conn, mainTable, expandResponseFiles(options.responses), pipeline);
    }
    const rosterTables = sink ? await sink.write(conn, mainTable) : undefined;
    // the table as loadTable stored it (storageOf is pure; the files only name the ENUM of _file)
    const runner = narrowReads(duckRunner(conn, more), mainTable, storageOf(mainTable, pipeline.columns, survey.schema, []));
    const stats = await computeStatistics(survey, runner, mainTable, main, { ...options, waves: waveTables, rosterTables });
    const a = survey.analysis;
    const result: AnalysisResult = {
      format: RESULT_FORMAT,
      survey: {
        id: a.survey.id,
        ...(a.survey.version ? { version: a.survey.version } : {}),
        title: a.survey.title,
        languages: a.survey.languages,
        defaultLanguage: a.survey.defaultLanguage,
      },
      inputs: main.inputs,
      counts: {
        received: main.received,
        invalid: main.invalid.length,
        excluded: main.excluded.length,
        ...screenedOutCount(a, main),
        analysed: main.analysed,
      },
      invalid: main.invalid,
      excluded: main.excluded,
      quality: a.quality.map((q, i) => ({ rule: ruleRef(q), method: METHODS[q.kind], excluded: main!.excludedByRule[i] })),
      ...screenOutResults(a, main),
      estimators: stats.estimators,
      ...(stats.weighting ? { weighting: stats.weighting } : {}),
      items: stats.items,
      scores: stats.scores,
      nps: stats.nps,
      targets: stats.targets,
      breakdowns: stats.breakdowns,
      top: stats.top,
      alpha: stats.alpha,
      drivers: stats.drivers,
      ratios: stats.ratios,
      responseRates: stats.responseRates,
      ...(stats.waves ? { waves: stats.waves } : {}),
      ...(main.texts.length ? { texts: main.texts } : {}),
      notes: stats.notes,
      ...(stats.rosters ? { rosters: stats.rosters } : {}),
    };
    if (options.baseDir) relativise(result, options.baseDir);
    if (main.withoutDuration)
      result.notes.push({
        severity: 'info',
        message: `${main.withoutDuration} responses carry no duration: the duration rule could not apply to them`,
      });
    return result;
  } finally {
    try {
      for (const c of conns.reverse()) c.closeSync();
    } finally {
      run.close();
    }
  }
}

/** Bytes of the response files a run reads (0 when a path is missing: the loader reports it). */
function sizeOf(options: AnalyzeOptions): number {
  try {
    return inputBytes(expandResponseFiles([...options.responses, ...(options.waves ?? []).flatMap((w) => w.files)]));
  } catch {
    return 0;
  }
}

function relativise(result: AnalysisResult, base: string): void {
  const rel = (f: string) => relative(base, f) || f;
  for (const x of [...result.inputs, ...result.invalid, ...result.excluded, ...(result.texts ?? []).flatMap((t) => t.sample)])
    x.file = rel(x.file);
  if (result.waves) for (const w of result.waves.waves) w.files = w.files.map(rel);
}
