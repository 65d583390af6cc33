// Excel (.xlsx) responses through exceljs's streaming reader: the first worksheet,
// header in its first non-empty row, rows numbered as Excel shows them, whatever the
// order of the workbook's parts.
import type ExcelJS from 'exceljs';
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

/**
 * exceljs's streaming reader looks up a worksheet's name in the sheet list of xl/workbook.xml
 * (`this.model.sheets`) and crashes with "Cannot read properties of undefined (reading 'sheets')"
 * (exceljs issues #962 and #3064) when a worksheet comes before that part in the zip (the order
 * is the writing program's choice), or when the part's elements carry a namespace prefix
 * (`<x:workbook>`, from OpenXML SDK writers) that it does not parse. Only the names come from that
 * list, and this reader does not use them: an empty list stands in until the part is read. Whether
 * the part was read without a sheet list is kept, to say so when the sheet shows no rows either.
 */
function guardSheetList(reader: ExcelJS.stream.xlsx.WorkbookReader): { unparsed: () => boolean } {
  let model: { sheets?: unknown[] } | undefined;
  let read = false;
  Object.defineProperty(reader, 'model', {
    configurable: true,
    get: () => model ?? { sheets: [] },
    set: (m: { sheets?: unknown[] } | undefined) => {
      model = m;
      read = true;
    },
  });
  return { unparsed: () => read && !model?.sheets };
}

const PREFIXED =
  'cannot read as an Excel workbook (.xlsx): its XML names elements with a namespace prefix (such as <x:workbook>), which the Excel reader does not understand; open and save it in Excel or LibreOffice, or export it as CSV';

export async function* xlsxRows(path: string): AsyncGenerator<TabularRow> {
  let reader: ExcelJS.stream.xlsx.WorkbookReader;
  let guard: { unparsed: () => boolean };
  try {
    // loaded on first use: exceljs takes about half a second to load, and most runs read no workbook
    const { default: Excel } = await import('exceljs');
    reader = new Excel.stream.xlsx.WorkbookReader(path, {
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'ignore',
      worksheets: 'emit',
    });
    guard = guardSheetList(reader);
  } catch (e) {
    throw new InputError(`cannot read as an Excel workbook: ${(e as Error).message}`, path);
  }
  try {
    let first = true;
    for await (const sheet of reader) {
      if (!first) continue; // later worksheets are not read (the reader drains them)
      first = false;
      let rows = 0;
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const values = (row.values as unknown[]) ?? [];
        const cells: Cell[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellValue(values[i]));
        rows++;
        yield { row: row.number, cells };
      }
      if (rows) return; // first worksheet only
      // no rows: read on to xl/workbook.xml, which may come later, to tell an unreadable workbook from an empty sheet
    }
    if (guard.unparsed()) throw new InputError(PREFIXED, path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read as an Excel workbook (.xlsx): ${(e as Error).message}`, path);
  }
}

export function xlsxRecords(path: string, analysis: AnalysisDoc): RecordBatches {
  return tabularRecords(path, undefined, xlsxRows(path), analysis);
}
