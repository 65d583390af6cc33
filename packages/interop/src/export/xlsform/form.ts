// An XLSForm as data: the rows of its survey, choices and settings sheets
// (https://xlsform.org/en/ref-table/). The .xlsx writer, the XForm compiler and the
// XLSForm importer all work on this shape, so the XLSForm and the XForm we emit
// cannot drift apart.
import type { Text } from '../../model.ts';

export interface SurveyRow {
  type: string;
  name: string;
  label?: Text;
  hint?: Text;
  required?: 'yes';
  relevant?: string;
  constraint?: string;
  constraint_message?: Text;
  appearance?: string;
  parameters?: string;
  calculation?: string;
  default?: string;
  /** A `begin repeat` row's number of instances: a number or an expression. */
  repeat_count?: string;
  /** The spreadsheet row it was read from (import only). */
  row?: number;
  /** Columns the importer does not know, by header (import only). */
  extra?: Record<string, string>;
}

export interface ChoiceRow {
  list_name: string;
  name: string;
  label: Text;
  row?: number;
}

export interface XlsForm {
  /** Language codes in column order; the first is the default language. */
  languages: string[];
  survey: SurveyRow[];
  choices: ChoiceRow[];
  settings: { form_title: string; form_id: string; version?: string; default_language?: string };
}
