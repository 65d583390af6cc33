// Excel (.xlsx) responses through exceljs's streaming reader: the first worksheet,
// header in its first non-empty row, rows numbered as Excel shows them.
import ExcelJS from 'exceljs';
import type { AnalysisDoc } from '../config.ts';
import { InputError } from '../errors.ts';
import type { Cell } from './columns.ts';
import { tabularRecords, type TabularRow } from './tabular.ts';
import type { RecordBatches } from './record.ts';

function cellValue(v: unknown): Cell {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    const o = v as { richText?: Array<{ text: string }>; result?: unknown; text?: unknown; error?: string };
    if (o.richText) return o.richText.map((t) => t.text).join('');
    if ('result' in o) return cellValue(o.result);
    if (o.text !== undefined) return cellValue(o.text);
    if (o.error) return o.error;
  }
  return String(v);
}

export async function* xlsxRows(path: string): AsyncGenerator<TabularRow> {
  let reader: ExcelJS.stream.xlsx.WorkbookReader;
  try {
    reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'ignore',
      worksheets: 'emit',
    });
  } catch (e) {
    throw new InputError(`cannot read as an Excel workbook: ${(e as Error).message}`, path);
  }
  try {
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const values = (row.values as unknown[]) ?? [];
        const cells: Cell[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellValue(values[i]));
        yield { row: row.number, cells };
      }
      return; // first worksheet only
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read as an Excel workbook (.xlsx): ${(e as Error).message}`, path);
  }
}

export function xlsxRecords(path: string, analysis: AnalysisDoc): RecordBatches {
  return tabularRecords(path, undefined, xlsxRows(path), analysis);
}
