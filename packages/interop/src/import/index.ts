// `survey import`: reads a file in another format and returns formatted .survey text
// that checks without errors, with every construct that could not be mapped
// reported (file, row or element, why) and left as a comment where it belongs.
import { basename, extname } from 'node:path';
import type { XlsForm } from '../export/xlsform/form.ts';
import { finish, type ImportResult } from './check.ts';
import type { ImportedSurvey, ImportProblem } from './ir.ts';
import { formFromSheets, sheetsFromMarkdown, sheetsFromXlsx } from './xlsform/sheets.ts';
import { xlsformToSurvey } from './xlsform/to-survey.ts';
import { surveyJsToSurvey } from './surveyjs/to-survey.ts';
import { redcapToSurvey } from './redcap/to-survey.ts';
import { qsfToSurvey } from './qsf/to-survey.ts';
import { lssToSurvey } from './lss/to-survey.ts';
import { parseCsv } from '../common/csv.ts';

export type ImportFormat = 'xlsform' | 'surveyjs' | 'redcap' | 'qsf' | 'lss';
export const importFormats: readonly ImportFormat[] = ['xlsform', 'surveyjs', 'redcap', 'qsf', 'lss'];

export class ImportError extends Error {}

export function detectFormat(path: string): ImportFormat | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx' || ext === '.md') return 'xlsform';
  if (ext === '.json') return 'surveyjs';
  if (ext === '.csv') return 'redcap';
  if (ext === '.qsf') return 'qsf';
  if (ext === '.lss') return 'lss';
  return undefined;
}

export interface Imported extends ImportResult {
  /** The survey id, for the output file name. */
  id: string;
}

export async function importSurvey(path: string, input: Uint8Array | string, from?: ImportFormat): Promise<Imported> {
  const data = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const format = from ?? detectFormat(path);
  if (!format) throw new ImportError(`cannot tell the format of '${basename(path)}': give --from xlsform|surveyjs|redcap|qsf|lss`);
  if (!importFormats.includes(format))
    throw new ImportError(`importing ${format} is not supported yet (supported: ${importFormats.join(', ')})`);
  const file = basename(path);
  const stem = basename(path, extname(path)).replace(/\.(surveyjs|xform|xlsform|redcap)$/, '');
  let read: { survey: ImportedSurvey; problems: ImportProblem[] };
  if (format === 'xlsform') {
    let sheets;
    try {
      sheets = extname(path).toLowerCase() === '.md' ? sheetsFromMarkdown(new TextDecoder().decode(data)) : await sheetsFromXlsx(data);
    } catch (e) {
      throw new ImportError(`${file}: not a readable .xlsx workbook (${(e as Error).message})`);
    }
    const { form, problems } = formFromSheets(sheets);
    if (problems.length) throw new ImportError(problems.map((p) => `${file}: ${p.sheet}: ${p.message}`).join('\n'));
    read = fromXlsForm(form, file, stem);
  } else if (format === 'lss') {
    try {
      read = lssToSurvey(new TextDecoder().decode(data), file, stem);
    } catch (e) {
      throw new ImportError(`${file}: ${(e as Error).message}`);
    }
  } else if (format === 'redcap') {
    try {
      read = redcapToSurvey(parseCsv(new TextDecoder().decode(data)), file, stem);
    } catch (e) {
      throw new ImportError(`${file}: ${(e as Error).message}`);
    }
  } else {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(data));
    } catch (e) {
      throw new ImportError(`${file}: not valid JSON (${(e as Error).message})`);
    }
    if (format === 'qsf')
      try {
        read = qsfToSurvey(json, file, stem);
      } catch (e) {
        throw new ImportError(`${file}: ${(e as Error).message}`);
      }
    else read = surveyJsToSurvey(json, file, stem);
  }
  const result = await finish(read.survey, file, read.problems);
  return { ...result, id: read.survey.id };
}

function fromXlsForm(form: XlsForm, file: string, stem: string) {
  return xlsformToSurvey(form, file, stem);
}
