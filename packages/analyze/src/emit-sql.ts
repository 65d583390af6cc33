// `survey build --only sql`: the statistics queries of the engine as one portable SQL
// file. The queries are not written twice: computeStatistics runs once against an empty
// responses table through a runner that records every statement it is given, so the
// file holds exactly the SQL the DuckDB engine runs (src/sql, syntax in sql/dialect.ts).
import { DuckDBInstance } from '@duckdb/node-api';
import { exprText } from '@survey/emitters';
import { computeStatistics } from './analyze.ts';
import type { SurveyInput, VariableDoc } from './config.ts';
import { duckRunner, type Runner } from './engine/runner.ts';
import { policyOf, policyText } from './policy.ts';
import { DIALECT_RULES } from './sql/dialect.ts';
import { createTable, tableColumns, type TableColumn } from './sql/table.ts';
import { rosterHeader } from './rosters/sql-header.ts';
import { rosterTables } from './rosters/tables.ts';

export const SQL_TABLE = 'responses';

export interface RecordedQuery {
  sql: string;
  purpose: string;
}

/** Every distinct statement computeStatistics runs for this survey, in order. */
export async function analysisQueries(survey: SurveyInput): Promise<RecordedQuery[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    await conn.run(createTable(SQL_TABLE, tableColumns(survey.analysis)));
    // Repeat groups: their long tables, empty, so that their statements are recorded too.
    const rosters = rosterTables(survey.analysis, SQL_TABLE);
    for (const t of rosters) await conn.run(createTable(t.table, [...t.keys, ...t.columns]));
    const duck = duckRunner(conn);
    const seen = new Set<string>();
    const out: RecordedQuery[] = [];
    const recorder: Runner = {
      query(sql, purpose) {
        if (!seen.has(sql)) {
          seen.add(sql);
          out.push({ sql, purpose: purpose ?? 'statistics' });
        }
        return duck.query(sql, purpose);
      },
    };
    await computeStatistics(
      survey,
      recorder,
      SQL_TABLE,
      { received: 0, invalid: [], analysed: 0 },
      rosters.length ? { rosterTables: rosters } : {},
    );
    return out;
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/** The `<id>.analysis.sql` file: a header describing the input table and the dialect, then the statements. */
export async function emitAnalysisSql(survey: SurveyInput): Promise<{ fileName: string; contents: string }> {
  const a = survey.analysis;
  const queries = await analysisQueries(survey);
  const rosters = rosterTables(a, SQL_TABLE);
  // The key of a response: only needed to join a repeat group's instances to it. A group's
  // questions are columns of its long table, not of the responses table.
  const columns = tableColumns(a).filter((c) => !c.variable?.roster && (rosters.length || (c.name !== '_file' && c.name !== '_row')));
  const lines = [
    `${a.survey.id}.analysis.sql: the statistics queries of \`survey analyze\` for survey '${a.survey.id}'${a.survey.version ? ` version ${a.survey.version}` : ''},`,
    'emitted by `survey build --only sql`. Generated: edit the survey, not this file.',
    '',
    `Input: a table "${SQL_TABLE}" with one row per analysed response (valid against`,
    `${a.survey.id}.schema.json and kept by the quality rules) and these columns, named as the`,
    `variables of ${a.survey.id}.analysis.json; an unanswered question is NULL, a missing code`,
    '("don\'t know") is stored as its code.',
    '',
    ...columns.map((c) => `  ${c.name} ${c.type}: ${describe(c, survey)}`),
    '',
    'As a table definition (not run by this file):',
    ...createTable(SQL_TABLE, columns)
      .split('\n')
      .map((l) => `  ${l}`),
    ...rosterHeader(SQL_TABLE, rosters),
    '',
    `Output: ${queries.length} statements, each one SELECT of sufficient statistics (counts, sums,`,
    'sums of squares and cross-products per stratum or group). `survey analyze` finishes the',
    'estimates from them in TypeScript (packages/analyze/src/estimate); the design has no',
    'post-stratification (--post-stratify adds one count per stratum and post-stratum).',
    '',
    'Dialect (runs unchanged on DuckDB and PostgreSQL; the subset BigQuery, Spark SQL and Trino accept):',
    ...DIALECT_RULES.flatMap((r) => wrap(r, 92).map((l, i) => (i ? `    ${l}` : `  - ${l}`))),
  ];
  const header = lines.map((l) => (l ? `-- ${l}` : '--')).join('\n');
  const body = queries.map((q, i) => `-- ${i + 1}. ${oneLine(q.purpose)}\n${q.sql};`).join('\n\n');
  return { fileName: `${a.survey.id}.analysis.sql`, contents: `${header}\n\n${body}\n` };
}

function describe(c: TableColumn, survey: SurveyInput): string {
  if (c.name === '_file' || c.name === '_row') return `the key of the response, with the other of _file and _row`;
  const lang = survey.analysis.survey.defaultLanguage;
  if (c.score !== undefined) {
    const s = survey.analysis.scores.find((x) => x.id === c.score)!;
    return oneLine(`score ${s.id} of each response = ${exprText(s.expr)} (${policyText(policyOf(s))}; else NULL)`);
  }
  const v = c.variable as VariableDoc;
  const parts: string[] = [v.source === 'hidden' ? `hidden ${v.type}` : v.type];
  if (v.range) parts.push(`${v.range[0]}..${v.range[1]}${v.scale ? ` on ${v.scale}` : ''}`);
  if (v.parent) parts.push(`1 when option ${v.code} of ${v.parent} is chosen, else 0`);
  const codes = (v.valueLabels ?? []).map((l) => String(l.value));
  if (codes.length && !v.range && !v.parent) parts.push(`codes ${codes.join(', ')}`);
  if (v.missingCodes?.length) parts.push(`missing codes ${v.missingCodes.join(', ')}`);
  const label = v.label?.[lang] ?? Object.values(v.label ?? {})[0];
  return oneLine(`${parts.join('; ')}${label ? `: ${label}` : ''}`);
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
