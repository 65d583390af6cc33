// An XLSForm's sheets as plain tables of strings, from .xlsx (exceljs) or from the
// markdown tables pyxform's tests use, then as an XlsForm: known columns mapped,
// `label::Chinese (zh)` split into text per language, the rest kept as `extra`.
import ExcelJS from 'exceljs';
import { languageFromColumnName } from '../../common/languages.ts';
import type { ChoiceRow, SurveyRow, XlsForm } from '../../export/xlsform/form.ts';
import type { Text } from '../../model.ts';
import { xlsformPlainColumns } from '../../common/xlsform-columns.ts';

/** Sheet name → rows (the first is the header), each with its 1-based row number. */
export type Sheets = Map<string, { cells: string[]; row: number }[]>;

export async function sheetsFromXlsx(data: Uint8Array): Promise<Sheets> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const sheets: Sheets = new Map();
  wb.eachSheet((ws) => {
    const rows: { cells: string[]; row: number }[] = [];
    ws.eachRow({ includeEmpty: false }, (r, n) => {
      const cells: string[] = [];
      r.eachCell({ includeEmpty: true }, (c, col) => (cells[col - 1] = cellText(c.value)));
      rows.push({ cells: Array.from(cells, (c) => c ?? ''), row: n });
    });
    sheets.set(ws.name.trim().toLowerCase(), rows);
  });
  return sheets;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if ('richText' in v)
      return v.richText
        .map((t) => t.text)
        .join('')
        .trim();
    if ('text' in v) return String(v.text).trim();
    if ('result' in v) return String(v.result ?? '').trim();
    if (v instanceof Date) return v.toISOString().slice(0, 10);
  }
  return String(v).trim();
}

/** pyxform's test format: `| survey |` opens a sheet, the next row is its header. */
export function sheetsFromMarkdown(md: string): Sheets {
  const sheets: Sheets = new Map();
  let current: { cells: string[]; row: number }[] | undefined;
  md.split(/\r?\n/).forEach((line, i) => {
    const t = line.trim();
    if (!t.startsWith('|')) return;
    const cells = t
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((c) => c.trim());
    if (cells[0]) {
      current = [];
      sheets.set(cells[0].toLowerCase(), current);
      return;
    }
    if (current && cells.slice(1).some(Boolean)) current.push({ cells: cells.slice(1), row: i + 1 });
  });
  return sheets;
}

const plain = new Set<string>(xlsformPlainColumns);
const translatable = new Set(['label', 'hint', 'constraint_message']);
const aliases: Record<string, string> = {
  'constraint message': 'constraint_message',
  'required message': 'required_message',
  list: 'list_name',
  'list name': 'list_name',
  'jr:count': 'repeat_count',
};

/** Columns that take a language; pyxform also reads the old single-colon spelling `label:English`. */
const withLanguage =
  /^(label|hint|guidance_hint|constraint_message|constraint message|required_message|required message|image|audio|video|media)$/i;

/**
 * pyxform's older and spelled-out type names in their canonical form: `select one from x`,
 * `select one x` → `select_one x`; `select all that apply (from) x`, `select multiple x` →
 * `select_multiple x`; `… or specify other` → `… or_other`.
 */
export function canonicalType(type: string): string {
  return type
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/ or specify other$/i, ' or_other')
    .replace(/^select one (?:from )?/i, 'select_one ')
    .replace(/^select (?:all that apply|multiple) (?:from )?/i, 'select_multiple ')
    .replace(/^select_(one|multiple) from /i, 'select_$1 ');
}

interface Column {
  key: string;
  lang?: string;
  header: string;
}

function columns(header: string[]): Column[] {
  return header.map((h) => {
    let [rawKey, rawLang] = h.split('::');
    if (rawLang === undefined && h.includes(':') && withLanguage.test(h.slice(0, h.indexOf(':')).trim()))
      [rawKey, rawLang] = [h.slice(0, h.indexOf(':')), h.slice(h.indexOf(':') + 1)];
    const key = aliases[rawKey.trim().toLowerCase()] ?? rawKey.trim().toLowerCase();
    const lang = rawLang === undefined ? undefined : (languageFromColumnName(rawLang) ?? rawLang.trim());
    return { key, lang, header: h };
  });
}

export function formFromSheets(sheets: Sheets): { form: XlsForm; problems: { row: number; sheet: string; message: string }[] } {
  const problems: { row: number; sheet: string; message: string }[] = [];
  const languages: string[] = [];
  const settingsRows = sheets.get('settings') ?? [];
  const settings: Record<string, string> = {};
  if (settingsRows.length > 1) settingsRows[0].cells.forEach((h, i) => (settings[h.trim().toLowerCase()] = settingsRows[1].cells[i] ?? ''));
  const defaultLang = settings.default_language
    ? (languageFromColumnName(settings.default_language) ?? settings.default_language)
    : undefined;
  // A column without `::language` is in the default language: the settings' one, or
  // Chinese when its texts are mostly Chinese, else English (decided after reading).
  const noteLang = (l: string | undefined) => {
    const code = l ?? defaultLang ?? '_';
    if (!languages.includes(code)) languages.push(code);
    return code;
  };
  const read = (name: string) => {
    const rows = sheets.get(name) ?? [];
    if (!rows.length) return [];
    const cols = columns(rows[0].cells);
    return rows.slice(1).map((r) => {
      const out: Record<string, unknown> = { row: r.row };
      cols.forEach((c, i) => {
        const v = r.cells[i] ?? '';
        if (!v) return;
        if (translatable.has(c.key)) ((out[c.key] ??= {}) as Text)[noteLang(c.lang)] = v;
        else if (c.key === 'required' && /^(no|false|false\(\)|0)$/i.test(v)) return;
        else if (c.key === 'required' && !/^(yes|true|true\(\)|1)$/i.test(v)) ((out.extra ??= {}) as Record<string, string>)[c.header] = v;
        else if (plain.has(c.key) || c.key === 'list_name') out[c.key] = c.key === 'required' ? 'yes' : v;
        else ((out.extra ??= {}) as Record<string, string>)[c.header] = v;
      });
      return out;
    });
  };
  if (!sheets.has('survey')) problems.push({ sheet: 'survey', row: 0, message: 'there is no survey sheet' });
  const survey = read('survey').filter((r) => r.type) as unknown as SurveyRow[];
  for (const r of survey) r.type = canonicalType(r.type);
  const choices = read('choices').filter((r) => r.list_name && r.name) as unknown as ChoiceRow[];
  if (languages.includes('_')) {
    const texts = [...survey, ...choices].flatMap((r) => [r.label?._, (r as SurveyRow).hint?._]).filter(Boolean) as string[];
    const cjk = texts.filter((t) => /[\u4e00-\u9fff]/.test(t)).length;
    const code = cjk * 2 > texts.length ? 'zh' : 'en';
    for (const r of [...survey, ...choices] as (SurveyRow & ChoiceRow)[])
      for (const key of ['label', 'hint', 'constraint_message'] as const) {
        const t = r[key] as Text | undefined;
        if (t && '_' in t && !(code in t)) ((t[code] = t._), delete t._);
        else if (t) delete t._;
      }
    languages.splice(languages.indexOf('_'), 1, ...(languages.includes(code) ? [] : [code]));
  }
  if (defaultLang && languages.includes(defaultLang)) (languages.splice(languages.indexOf(defaultLang), 1), languages.unshift(defaultLang));
  if (!languages.length) languages.push(defaultLang ?? 'en');
  return {
    form: {
      languages,
      survey,
      choices,
      settings: {
        form_title: settings.form_title ?? '',
        form_id: settings.form_id ?? '',
        ...(settings.version ? { version: settings.version } : {}),
        ...(settings.default_language ? { default_language: settings.default_language } : {}),
      },
    },
    problems,
  };
}
