// The second engine: the SQL of `survey build --only sql` runs unchanged on a real
// PostgreSQL server (started here on a unix socket) over the same responses table, and
// every statement returns the same sufficient statistics as DuckDB, to 1e-9 relative.
// Then the whole engine runs its statistics on PostgreSQL and DuckDB and the final
// results agree too. Needs /usr/lib/postgresql/15/bin (testing/system-programs.ts).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  analysisQueries,
  computeStatistics,
  createTable,
  duckRunner,
  emitAnalysisSql,
  loadTable,
  pipelineOf,
  tableColumns,
  type LoadOutcome,
  type Row,
  type Runner,
  type SurveyInput,
} from '../../src/index.ts';
import { RosterSink, type RosterTable } from '../../src/rosters/tables.ts';
import { householdResponses, householdsInput } from '../fixtures/households.ts';
import { nestedHouseholdInput, nestedHouseholdJsonl } from '../fixtures/nested-household.ts';
import { randomCsv } from '../fixtures/random-csv.ts';
import { tripsInput, tripsResponses } from '../fixtures/trips.ts';
import { stratifiedCsv, stratifiedInput } from '../fixtures/stratified.ts';
import { exampleInput, root, tempFiles } from '../helpers/survey.ts';
import { startPostgres, type PgServer } from './server.ts';

const KEY = /^(h|g|g\d+|v|value)$/;

/** psql prints text; aggregates become numbers, group keys stay text (the engine reads them with String()). */
function typed(row: Record<string, string | null>): Row {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null || KEY.test(k) ? v : Number(v)]));
}

const pgRunner = (pg: PgServer): Runner => ({ query: async (sql) => pg.run([sql])[0].map(typed) });

/** Equal up to 1e-9 relative on every number; throws with the path of the first difference. */
function same(a: unknown, b: unknown, path = ''): void {
  if (typeof a === 'number' && typeof b === 'number') {
    const tol = 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
    if (!(Math.abs(a - b) <= tol) && !(Number.isNaN(a) && Number.isNaN(b))) throw new Error(`${path}: ${a} vs ${b}`);
    return;
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    if (String(a) !== String(b)) throw new Error(`${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    return;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}/${k}`);
}

/** Rows in a fixed order (by their group keys), so that collation and NULL order do not matter. */
function sorted(rows: Row[]): Row[] {
  const key = (r: Row) =>
    JSON.stringify(
      Object.entries(r)
        .filter(([k]) => KEY.test(k))
        .map(([, v]) => (v === null ? null : String(v))),
    );
  return [...rows].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
}

interface Case {
  name: string;
  input: SurveyInput;
  csv?: string;
  /** Responses with repeat groups (JSON Lines) instead of the CSV: their long tables go to PostgreSQL too. */
  jsonl?: string;
  postStratify?: { stratification: string };
}

const cases: Case[] = [
  {
    name: 'stratified (weights, ratio, alpha, drivers)',
    input: stratifiedInput,
    csv: stratifiedCsv(),
    postStratify: { stratification: 'region' },
  },
  { name: 'zh: instant feedback', input: exampleInput('instant-feedback/instant.survey'), csv: '' },
  { name: 'en: course evaluation', input: exampleInput('course-evaluation/course.survey'), csv: '' },
  { name: 'zh: media company', input: exampleInput('media-company/media.survey'), csv: '' },
  { name: 'en: repeat group, unweighted (trips)', input: tripsInput, jsonl: tripsResponses(120).jsonl },
  {
    name: 'zh: repeat group of a stratified, post-stratified survey (households)',
    input: householdsInput,
    jsonl: householdResponses(200).jsonl,
    postStratify: { stratification: 'tenure' },
  },
  {
    name: 'zh: nested groups and loops (members, their jobs, brands, visits)',
    input: nestedHouseholdInput,
    jsonl: nestedHouseholdJsonl(90),
  },
  {
    name: 'zh: the household-listing example on its responses',
    input: exampleInput('household-listing/household.survey'),
    jsonl: readFileSync(join(root, 'examples/household-listing/responses/2026-04.jsonl'), 'utf8'),
  },
];
for (const c of cases) if (!c.csv && !c.jsonl) c.csv = randomCsv(c.input.analysis, 300);

describe('the emitted SQL on PostgreSQL equals DuckDB', () => {
  let pg: PgServer;
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pg-data-'));
    pg = startPostgres();
  }, 120_000);
  afterAll(() => {
    pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Copies a DuckDB table to PostgreSQL through a CSV file. */
  async function copyTable(conn: DuckDBConnection, table: string, columns: ReturnType<typeof tableColumns>): Promise<void> {
    const copy = join(dir, `${table.replace(/\W/g, '_')}.csv`);
    await conn.run(`COPY "${table}" TO '${copy}' (HEADER, DELIMITER ',')`);
    pg.script(
      `DROP TABLE IF EXISTS "${table}";\n${createTable(table, columns)};\n\\copy "${table}" FROM '${copy}' WITH (FORMAT csv, HEADER true)\n`,
    );
  }

  async function loadBoth(
    c: Case,
    table: string,
  ): Promise<{ conn: DuckDBConnection; load: LoadOutcome; rosters?: RosterTable[]; close: () => void }> {
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    const name = c.jsonl ? 'responses.jsonl' : 'responses.csv';
    const files = tempFiles({ [name]: c.jsonl ?? c.csv ?? '' });
    const pipeline = pipelineOf(c.input);
    // Repeat groups are unnested while the responses load, as `survey analyze` does.
    const sink = c.input.analysis.rosters?.length ? new RosterSink(c.input.analysis, pipeline.evaluator) : undefined;
    if (sink) pipeline.onAnalysed = (ctx, rec) => sink.add(ctx, rec);
    const load = await loadTable(conn, table, [join(files, name)], pipeline);
    await copyTable(conn, table, tableColumns(c.input.analysis));
    const rosters = sink ? await sink.write(conn, table) : undefined;
    for (const t of rosters ?? []) await copyTable(conn, t.table, [...t.keys, ...t.columns]);
    // As the emitted file defines it, a group's questions are columns of its long table only.
    for (const col of tableColumns(c.input.analysis).filter((x) => x.variable?.roster))
      pg.script(`ALTER TABLE "${table}" DROP COLUMN "${col.name}";\n`);
    rmSync(files, { recursive: true, force: true });
    return { conn, load, ...(rosters ? { rosters } : {}), close: () => (conn.closeSync(), instance.closeSync()) };
  }

  for (const c of cases)
    it(
      c.name,
      async () => {
        const { conn, load, rosters, close } = await loadBoth(c, 'responses');
        try {
          expect(load.analysed).toBeGreaterThan(20);
          const [count] = pg.run(['SELECT COUNT(*) AS n FROM "responses"'])[0];
          expect(Number(count.n)).toBe(load.analysed);
          // the file as written runs on PostgreSQL unchanged
          const file = await emitAnalysisSql(c.input);
          pg.script(file.contents);
          // statement by statement, the same rows
          const queries = await analysisQueries(c.input);
          expect(queries.length).toBeGreaterThan(3);
          const pgResults = pg.run(queries.map((q) => q.sql));
          const duck = duckRunner(conn);
          for (const [i, q] of queries.entries()) {
            expect(file.contents).toContain(q.sql);
            const d = sorted(await duck.query(q.sql));
            const p = sorted(pgResults[i].map(typed));
            expect(p.length, `rows of statement ${i + 1} (${q.purpose})`).toBe(d.length);
            same(p, d, `statement ${i + 1} (${q.purpose})`);
          }
          // and the engine's final numbers, from either database
          const options = { ...(c.postStratify ? { postStratify: c.postStratify } : {}), ...(rosters ? { rosterTables: rosters } : {}) };
          const fromPg = await computeStatistics(c.input, pgRunner(pg), 'responses', load, options);
          const fromDuck = await computeStatistics(c.input, duck, 'responses', load, options);
          expect(fromDuck.items.some((i) => i.mean !== undefined)).toBe(true);
          same(fromPg, fromDuck, 'result');
          // the comparison can fail: one changed answer in PostgreSQL is found
          const col = tableColumns(c.input.analysis).find((x) => x.type === 'DOUBLE PRECISION' && x.variable && !x.variable.parent)!;
          pg.script(`UPDATE "responses" SET "${col.name}" = "${col.name}" + 1 WHERE "${col.name}" IS NOT NULL;\n`);
          const changed = await computeStatistics(c.input, pgRunner(pg), 'responses', load, options);
          expect(() => same(changed, fromDuck, 'result')).toThrow();
          if (rosters) {
            // the statistics over instances come from the long tables, and the comparison sees them too
            const over = fromDuck.items.filter((i) => i.roster && i.estimate);
            expect(over.length).toBeGreaterThan(0);
            expect(fromPg.rosters?.map((r) => r.instances)).toEqual(fromDuck.rosters?.map((r) => r.instances));
            const t = rosters.find((x) => x.roster.id === over[0].roster)!;
            pg.script(`UPDATE "${t.table}" SET "${over[0].variable}" = "${over[0].variable}" + 1 WHERE "_row" % 2 = 0;\n`);
            const moved = await computeStatistics(c.input, pgRunner(pg), 'responses', load, options);
            const a = moved.items.find((i) => i.variable === over[0].variable)!;
            expect(a.estimate!.estimate).toBeGreaterThan(over[0].estimate!.estimate);
          }
        } finally {
          close();
        }
      },
      120_000,
    );
});
