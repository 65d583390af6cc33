// Writes an XlsForm to .xlsx with exceljs: the survey, choices and settings sheets,
// one `label::Language (code)` / `hint::…` column per language, empty columns left out.
import ExcelJS from 'exceljs';
import { languageColumnName } from '../../common/languages.ts';
import { fixZipTimes } from '../../common/zip-times.ts';
import { xlsformPlainColumns } from '../../common/xlsform-columns.ts';
import type { XlsForm } from './form.ts';

function sheetColumns(form: XlsForm): { survey: string[]; choices: string[] } {
  const used = (key: string) => form.survey.some((r) => (r as unknown as Record<string, unknown>)[key] !== undefined);
  const lang = (key: string) => form.languages.map((l) => `${key}::${languageColumnName(l)}`);
  const survey = ['type', 'name'];
  for (const key of ['label', 'hint']) if (used(key)) survey.push(...lang(key));
  for (const key of xlsformPlainColumns.slice(2)) if (used(key)) survey.push(key);
  if (used('constraint_message')) survey.push(...lang('constraint_message'));
  return { survey, choices: ['list_name', 'name', ...lang('label')] };
}

function cell(row: Record<string, unknown>, column: string, languages: string[]): string {
  const [key, language] = column.split('::');
  const v = row[key];
  if (language === undefined) return v === undefined ? '' : String(v);
  const code = languages.find((l) => languageColumnName(l) === language)!;
  return (v as Record<string, string> | undefined)?.[code] ?? '';
}

function workbookOf(form: XlsForm): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  // Fixed document dates; the zip entries' times are fixed after writing (fixZipTimes).
  wb.created = wb.modified = new Date(Date.UTC(2000, 0, 1));
  const cols = sheetColumns(form);
  const survey = wb.addWorksheet('survey');
  survey.addRow(cols.survey);
  for (const r of form.survey) survey.addRow(cols.survey.map((c) => cell(r as unknown as Record<string, unknown>, c, form.languages)));
  const choices = wb.addWorksheet('choices');
  choices.addRow(cols.choices);
  for (const r of form.choices) choices.addRow(cols.choices.map((c) => cell(r as unknown as Record<string, unknown>, c, form.languages)));
  const settings = wb.addWorksheet('settings');
  const keys = Object.keys(form.settings) as (keyof XlsForm['settings'])[];
  settings.addRow(keys);
  settings.addRow(keys.map((k) => form.settings[k] ?? ''));
  return wb;
}

export async function writeXlsx(form: XlsForm): Promise<Uint8Array> {
  const buf = await workbookOf(form).xlsx.writeBuffer();
  return fixZipTimes(new Uint8Array(buf as ArrayBuffer));
}
