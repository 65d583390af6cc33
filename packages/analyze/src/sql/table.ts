// The responses table every query reads: the tabular column format of the README
// (variable names of analysis.json; multi-select as 0/1 indicator columns `q.code`;
// hidden variables by name) plus `_file`, `_row` and one `score:<id>` column per score
// computed per response. CREATE TABLE in portable types.
import type { AnalysisDoc, VariableDoc } from '../config.ts';
import { ident, isNumericColumn, scoreColumn } from './names.ts';

export interface TableColumn {
  name: string;
  type: 'DOUBLE PRECISION' | 'VARCHAR' | 'INTEGER';
  variable?: VariableDoc;
  score?: string;
}

/** Columns of the responses table, in a fixed order. Text answers are not stored. */
export function tableColumns(analysis: AnalysisDoc): TableColumn[] {
  const cols: TableColumn[] = [
    { name: '_file', type: 'VARCHAR' },
    { name: '_row', type: 'INTEGER' },
  ];
  const seen = new Set<string>();
  for (const v of analysis.variables) {
    // Files, locations and signatures are objects or images, never analysed numerically: not stored either.
    const opaque = v.type === 'file' || v.type === 'geopoint' || v.type === 'signature';
    if (v.type === 'text' || v.type === 'multi-response' || v.type === 'ranking' || opaque || seen.has(v.name)) continue;
    seen.add(v.name);
    cols.push({ name: v.name, type: isNumericColumn(v) ? 'DOUBLE PRECISION' : 'VARCHAR', variable: v });
  }
  for (const s of analysis.scores) cols.push({ name: scoreColumn(s.id), type: 'DOUBLE PRECISION', score: s.id });
  return cols;
}

export function createTable(table: string, columns: TableColumn[]): string {
  return `CREATE TABLE ${ident(table)} (\n${columns.map((c) => `  ${ident(c.name)} ${c.type}`).join(',\n')}\n)`;
}
