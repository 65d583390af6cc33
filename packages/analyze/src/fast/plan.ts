// The SQL of the set-based CSV path for one file, from the survey model and the
// verdicts on its cells (cells.ts): each stored variable typed as the responses table
// keeps it, the schema's required answers, the scores and the quality rules
// (rules-sql.ts), and two flags per row: `_fast` (surely valid and kept: SQL loads it)
// and `_route` (anything else that is not a blank line: judged row by row).
import type { Pipeline } from '../engine/load-table.ts';
import { stringLiteral } from '../sql/dialect.ts';
import { ident } from '../sql/names.ts';
import type { TableColumn } from '../sql/table.ts';
import { blankSql, okSql, presentSql, spelledSql, src, valueSql, type ColumnPlan } from './cells.ts';
import type { SetSource } from './source.ts';
import { passesSql, scoreSql, type Columns } from './rules-sql.ts';
import { arrayCells, schemaRulesSql } from './schema-sql.ts';
import type { VariableDoc } from '../config.ts';

type Schema = {
  properties?: { answers?: { required?: string[] }; hidden?: { required?: string[] } };
};

export interface FileSql {
  /** SELECT of every row with k, the raw cells, the typed columns, the scores and the flags `_blank`, `_fast`, `_route`. */
  rows: string;
  /** The responses-table columns of a fast row, in table order. */
  tableSelect: string[];
  /** Text columns (variable name → SQL of the answer) for the open-answer sample. */
  texts: Array<{ name: string; sql: string }>;
  /** The response id of a row, when the file has that column. */
  responseId?: string;
  /** A fast row without any duration (for the note on the duration rule). */
  noDuration: string;
}

export function fileSql(
  p: Pipeline,
  plans: ColumnPlan[],
  shape: Pick<SetSource, 'forced' | 'lineSql'>,
  source: string,
  file: string,
  seq: string | undefined,
): FileSql | { why: string } {
  const { analysis, schema } = p.survey;
  const s = schema as Schema;
  const used = plans.filter((c) => c.role.role !== 'ignore');
  const byVar = new Map<string, ColumnPlan>();
  const byAnswer = new Map<string, ColumnPlan>();
  const byHidden = new Map<string, ColumnPlan>();
  const byMeta = new Map<string, ColumnPlan>();
  for (const c of used) {
    if (c.role.role === 'answer' || c.role.role === 'hidden') byVar.set(c.role.variable.name, c);
    if (c.role.role === 'answer') byAnswer.set(c.role.variable.name, c);
    if (c.role.role === 'hidden') byHidden.set(c.role.variable.name, c);
    if (c.role.role === 'meta') byMeta.set(c.role.name, c);
  }
  // rows the SQL leaves to the row-by-row path besides invalid cells
  const doubt: string[] = [];
  const stored = p.columns.filter((c) => c.variable);
  const vars = new Map(stored.map((c) => [c.name, c.variable!]));
  const columns: Columns = {
    vars,
    typed: (name) => byVar.get(name)?.typed ?? true,
    groups: new Map(analysis.groups.map((g) => [g.id, g.items])),
    answered: (name) => {
      const c = byAnswer.get(name);
      if (!c) return 'FALSE';
      return c.multi ? arrayCells(c, (xs) => xs.length > 0) : presentSql(c);
    },
  };
  const rules = schemaRulesSql(schema, {
    column: (scope, name) => (scope === 'answers' ? byAnswer : byHidden).get(name),
    value: (c) => valueSql(c),
    anyHidden: byHidden.size ? `(${[...byHidden.values()].map(presentSql).join(' OR ')})` : 'FALSE',
    meta: (name) => byMeta.get(name),
  });
  if ('why' in rules) return rules;
  // layer 2: the typed values and the cell checks
  const present = (c: ColumnPlan | undefined) => (c ? presentSql(c) : 'FALSE');
  const required = [
    ...(s.properties?.answers?.required ?? []).map((n) => {
      const c = byVar.get(n);
      return c?.role.role === 'answer' ? present(c) : 'FALSE';
    }),
    ...(s.properties?.hidden?.required ?? []).map((n) => {
      const c = byVar.get(n);
      return c?.role.role === 'hidden' ? present(c) : 'FALSE';
    }),
  ];
  const typed = stored.map((t) => `${storedSql(t.variable!)} AS ${ident(t.name)}`);
  /** A stored column as append() in load-table.ts fills it: the answer, else a multi-select indicator. */
  function storedSql(v: VariableDoc): string {
    const c = byVar.get(v.name);
    if (c && c.target === v) return valueSql(c);
    if (c) doubt.push(presentSql(c)); // another variable's answer under this name: judged row by row
    const ev = p.evaluator.variable(v.name);
    const parent = ev?.parent && ev.type === 'binary' && ev.code !== undefined ? byAnswer.get(ev.parent) : undefined;
    if (!parent?.multi) return c ? `CASE WHEN ${presentSql(c)} THEN NULL END` : 'NULL';
    const code = ev!.code;
    return `CASE WHEN ${presentSql(parent)} THEN (CASE WHEN ${arrayCells(parent, (xs) => xs.includes(code))} THEN CAST(1.0 AS DOUBLE) ELSE CAST(0.0 AS DOUBLE) END) END`;
  }
  // a response that did not end as complete (screened out, or an outcome SQL does not know) is sorted row by row
  const outcome = byMeta.get('outcome');
  if (outcome) doubt.push(`COALESCE(${presentSql(outcome)} AND ${valueSql(outcome)} <> 'complete', TRUE)`);
  const textPlans = used.filter((c) => c.role.role === 'answer' && c.role.variable.type === 'text');
  const seconds = byMeta.get('durationSeconds');
  const started = byMeta.get('startedAt');
  const submitted = byMeta.get('submittedAt');
  const rid = byMeta.get('responseId');
  const cells = plans.map((c) => src(c));
  const short = shape.forced;
  const layer2 = [
    ...(seq ? ['"#k"'] : []),
    ...cells,
    `${seq ? shape.lineSql('"#k"') : '0'} AS "#row"`,
    `(${plans.map((c) => blankSql(c)).join(' AND ')}) AS "#blank"`,
    `(${[...used.map(okSql), ...required, ...rules, ...doubt.map((d) => `NOT ${d}`)].join(' AND ') || 'TRUE'}) AS "#ok"`,
    `${seq && short.length ? `"#k" IN (${short.join(', ')})` : 'FALSE'} AS "#short"`,
    `${seconds ? valueSql(seconds) : 'CAST(NULL AS DOUBLE)'} AS "#seconds"`,
    `${started && submitted ? `(${presentSql(started)} AND ${presentSql(submitted)})` : 'FALSE'} AS "#timestamps"`,
    ...typed,
  ];
  // layer 3: scores and rules over the typed values
  const scores: string[] = [];
  const rawScores: string[] = [];
  for (const [i, sc] of analysis.scores.entries()) {
    const x = scoreSql(sc, columns, analysis);
    if ('why' in x) return x;
    rawScores.push(`${x.raw} AS "#score${i}"`);
    scores.push(`${x.final(`"#score${i}"`)} AS ${ident(`score:${sc.id}`)}`);
  }
  const passes: string[] = [];
  for (const q of analysis.quality) {
    const x = passesSql(q, columns, analysis, { seconds: '"#seconds"', timestamps: '"#timestamps"' });
    if (typeof x !== 'string') return x;
    passes.push(`(${x})`);
  }
  // cells whose spelling is checked (the cells were not listed: cells.ts), on their typed values where stored
  const spelled = used
    .filter((c) => c.speculative && !c.scanned)
    .map((c) => {
      const column = stored.find((t) => t.variable === c.target);
      return spelledSql(c, column ? ident(column.name) : valueSql(c));
    });
  const layer3 = ['*', ...rawScores, `(${[...passes, ...spelled].join(' AND ') || 'TRUE'}) AS "#pass"`];
  const layer4 = [
    '*',
    ...scores,
    '(NOT "#short" AND NOT "#blank" AND "#ok" AND "#pass") AS "#fast"',
    '("#short" OR (NOT "#blank" AND NOT ("#ok" AND "#pass"))) AS "#route"',
  ];
  const rows = `SELECT ${layer4.join(',\n  ')} FROM (
SELECT ${layer3.join(',\n  ')} FROM (
SELECT ${layer2.join(',\n  ')} FROM (
SELECT ${seq ? `nextval(${stringLiteral(seq)}) AS "#k", ` : ''}* FROM ${source})))`;
  const tableSelect = p.columns.map((c: TableColumn) =>
    c.name === '_file' ? `${stringLiteral(file)} AS _file` : c.name === '_row' ? 'CAST("#row" AS INTEGER) AS _row' : ident(c.name),
  );
  return {
    rows,
    tableSelect,
    texts: textPlans.map((c) => ({ name: (c.role as { variable: { name: string } }).variable.name, sql: valueSql(c) })),
    ...(rid ? { responseId: valueSql(rid) } : {}),
    noDuration: '"#seconds" IS NULL',
  };
}
