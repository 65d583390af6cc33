// CSV responses: the streaming reader (csv-parse.ts) checked for half-written rows
// and cell counts, then the shared tabular path.
import type { AnalysisDoc } from '../config.ts';
import { readCsv } from './csv-parse.ts';
import { tabularRecords, type TabularRow } from './tabular.ts';
import type { RecordBatches } from './record.ts';

async function* csvRows(path: string): AsyncGenerator<TabularRow> {
  let width: number | undefined;
  for await (const rec of readCsv(path)) {
    if (width === undefined) {
      width = rec.cells.length;
      yield { row: rec.line, cells: rec.cells };
      continue;
    }
    if (rec.unterminated) {
      yield {
        row: rec.line,
        cells: rec.cells,
        problem: `the file ends inside a quoted cell: the row starting on line ${rec.line} is cut off`,
      };
      continue;
    }
    if (rec.cells.length === 1 && rec.cells[0] === '') continue;
    if (rec.cells.length < width)
      yield {
        row: rec.line,
        cells: rec.cells,
        problem: shortRowProblem(rec.cells.length, width),
      };
    else yield { row: rec.line, cells: rec.cells };
  }
}

/** What is wrong with a row that has fewer cells than the header. */
export function shortRowProblem(cells: number, width: number): string {
  return `the row has ${cells} cells but the header has ${width} columns (a half-written or cut-off line?)`;
}

export function csvRecords(path: string, analysis: AnalysisDoc): RecordBatches {
  return tabularRecords(path, undefined, csvRows(path), analysis);
}
