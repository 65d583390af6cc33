// What an importer builds before any .survey text exists: sections, questions,
// choice lists and scales with texts per language, conditions already written in
// our condition syntax, and — on every element — the notes on what could not be
// mapped, which the writer prints as comments next to the element.
import type { Text } from '../model.ts';

export interface ImportProblem {
  file: string;
  /** Row (spreadsheet, CSV) or element path (JSON) the construct came from. */
  where: string;
  message: string;
}

export interface ImportedOption {
  code: string | number;
  label: Text;
  specify?: boolean;
  exclusive?: boolean;
}

export interface ImportedScale {
  id: string;
  min: number;
  max: number;
  step: number;
  points: { value: number; label?: Text; missing?: boolean }[];
}

type ImportedKind =
  'single' | 'multi' | 'ranking' | 'rating' | 'matrix' | 'nps' | 'text' | 'number' | 'date' | 'yesno' | 'file' | 'geopoint' | 'signature';

export interface ImportedQuestion {
  kind: ImportedKind;
  id: string;
  text: Text;
  help?: Text;
  required: boolean;
  /** A named choice list (`from list`) or inline options. */
  from?: string;
  /** With `from` naming an earlier question: carry-forward of its selected (true) or not selected (false) options. */
  fromSelected?: boolean;
  options?: ImportedOption[];
  scale?: string;
  rows?: { id: string; text: Text }[];
  min?: number | string;
  max?: number | string;
  pattern?: string;
  integer?: boolean;
  randomize?: boolean;
  when?: string;
  /** A file question's accepted types (`accept "image/*"`). */
  accept?: string[];
  /** The innermost repeat group the question is asked in (its id in `ImportedSurvey.rosters`). */
  roster?: string;
  /** Comments printed just above the question. */
  comments: string[];
}

/** A repeat group: `repeat id "title" (N | for q | for each q) [max N] { … }` around its questions. */
export interface ImportedRoster {
  id: string;
  title?: Text;
  /** `3`, `for size` or `for each jobs`, as printed. */
  count: string;
  max?: number;
  parent?: string;
  comments: string[];
}

/** A calculated value: `let id "label" = formula`, the formula already in our syntax. */
interface ImportedLet {
  id: string;
  label?: Text;
  expr: string;
  comments: string[];
}

export interface ImportedSection {
  id: string;
  title?: Text;
  when?: string;
  /** A section of questions outside any group: printed directly in the survey block. */
  implicit?: boolean;
  comments: string[];
  questions: ImportedQuestion[];
  /** Comments printed after the last question. */
  after?: string[];
}

/** A hidden (preloaded) variable: `hidden id text|number|date|from list "label"`. */
interface ImportedHidden {
  id: string;
  type: 'text' | 'number' | 'date' | 'code';
  /** The choice list of a coded variable. */
  from?: string;
  label?: Text;
  required: boolean;
}

export interface ImportedSurvey {
  id: string;
  title?: Text;
  languages: string[];
  intro?: Text;
  confidentiality?: Text;
  version?: string;
  scales: ImportedScale[];
  choiceLists: { id: string; options: ImportedOption[] }[];
  hidden?: ImportedHidden[];
  sections: ImportedSection[];
  /** Repeat groups, outer before inner; questions name the innermost they are in. */
  rosters?: ImportedRoster[];
  /** Calculated values, printed after the sections. */
  lets?: ImportedLet[];
  /** Comments printed at the top of the survey block. */
  comments: string[];
}
