// Repeat groups as long tables: while the responses load, every analysed response's
// instances are collected (instances.ts), and once loaded each group becomes its own
// DuckDB table `<responses table>:<group>` with one row per instance — the response's
// `_file` and `_row` (the key of the responses table), `response` (its responseId, else
// its row), the 1-based index of each enclosing instance and of this one
// (`members_index`), a loop's option (`job_loop_option`) — and the group's variables as
// columns, named and typed as in the responses table (multi-select as 0/1 indicators).
import type { DuckDBConnection } from '@duckdb/node-api';
import type { AnalysisDoc, RosterDoc } from '../config.ts';
import type { EvalContext, Evaluator } from '../evaluate.ts';
import type { LoadedRecord } from '../load/record.ts';
import { createTable, tableColumns, type TableColumn } from '../sql/table.ts';
import { instancesOf } from './instances.ts';

/** The long table of a group loaded with the responses table `table`. */
const rosterTable = (table: string, id: string) => `${table}:${id}`;
const indexColumn = (id: string) => `${id}_index`;
const optionColumn = (id: string) => `${id}_option`;

/** A group's long table: its name, its key columns and its variable columns. */
export interface RosterTable {
  roster: RosterDoc;
  table: string;
  keys: TableColumn[];
  columns: TableColumn[];
}

type Cell = string | number | null;

function rosterColumns(analysis: AnalysisDoc, r: RosterDoc): { keys: TableColumn[]; columns: TableColumn[] } {
  const keys: TableColumn[] = [
    { name: '_file', type: 'VARCHAR' },
    { name: '_row', type: 'INTEGER' },
    { name: 'response', type: 'VARCHAR' },
    ...(r.path ?? [r.id]).map((id): TableColumn => ({ name: indexColumn(id), type: 'INTEGER' })),
    ...(r.count?.each ? [{ name: optionColumn(r.id), type: 'VARCHAR' } as TableColumn] : []),
  ];
  const own = { ...analysis, variables: analysis.variables.filter((v) => v.roster === r.id), scores: [] };
  return { keys, columns: tableColumns(own).filter((c) => c.variable) };
}

/** The long tables of `table`'s groups, without rows: their names and columns (for CREATE TABLE). */
export function rosterTables(analysis: AnalysisDoc, table: string): RosterTable[] {
  return (analysis.rosters ?? []).map((r) => ({ roster: r, table: rosterTable(table, r.id), ...rosterColumns(analysis, r) }));
}

/** Collects the instances of the analysed responses, then writes one long table per group. */
export class RosterSink {
  private rows = new Map<string, Cell[][]>();
  private shapes: Array<{ roster: RosterDoc; keys: TableColumn[]; columns: TableColumn[] }>;

  constructor(
    private analysis: AnalysisDoc,
    private evaluator: Evaluator,
  ) {
    this.shapes = (analysis.rosters ?? []).map((r) => ({ roster: r, ...rosterColumns(analysis, r) }));
  }

  /** Forgets what was collected (before another table is loaded). */
  reset(): void {
    this.rows.clear();
  }

  /** The instances of one analysed response. */
  add(ctx: EvalContext, rec: LoadedRecord): void {
    const id = rec.response?.responseId;
    const response = typeof id === 'string' ? id : String(rec.source.row);
    for (const inst of instancesOf(ctx.answers, this.analysis.rosters ?? [])) {
      const shape = this.shapes.find((s) => s.roster === inst.roster)!;
      const scoped: EvalContext = { ...ctx, answers: inst.answers, instance: inst.instance };
      const row: Cell[] = [rec.source.file, rec.source.row, response, ...inst.indexes];
      if (shape.roster.count?.each) row.push(inst.option === undefined ? null : String(inst.option));
      for (const c of shape.columns) row.push(this.cell(c, scoped));
      const list = this.rows.get(inst.roster.id) ?? [];
      list.push(row);
      this.rows.set(inst.roster.id, list);
    }
  }

  private cell(c: TableColumn, ctx: EvalContext): Cell {
    const v = c.variable!;
    let raw: unknown = ctx.answers[v.name];
    if ((raw === undefined || raw === null) && v.parent && v.type === 'binary') raw = this.evaluator.value(v.name, ctx); // indicator
    if (raw === undefined || raw === null) return null;
    if (c.type === 'DOUBLE PRECISION') {
      const x = typeof raw === 'boolean' ? (raw ? 1 : 0) : Number(raw);
      return Number.isFinite(x) ? x : null;
    }
    return String(raw);
  }

  /** Creates and fills the long tables of `table`'s responses. */
  async write(conn: DuckDBConnection, table: string): Promise<RosterTable[]> {
    const out: RosterTable[] = [];
    for (const s of this.shapes) {
      const name = rosterTable(table, s.roster.id);
      const all = [...s.keys, ...s.columns];
      await conn.run(createTable(name, all));
      const app = await conn.createAppender(name);
      try {
        for (const row of this.rows.get(s.roster.id) ?? []) {
          row.forEach((x, i) => {
            if (x === null) app.appendNull();
            else if (all[i].type === 'INTEGER') app.appendInteger(Number(x));
            else if (all[i].type === 'DOUBLE PRECISION') app.appendDouble(Number(x));
            else app.appendVarchar(String(x));
          });
          app.endRow();
        }
      } finally {
        app.closeSync();
      }
      out.push({ roster: s.roster, table: name, keys: s.keys, columns: s.columns });
    }
    return out;
  }
}
