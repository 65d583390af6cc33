// What the emitter hands the page's script (as JSON in a non-executable script
// element). Types only: shared by the emitter and the browser runtime.
import type { QuestionKind } from '@survey/syntax';
import type { ExprJson } from '../../common/expr.ts';
import type { RuntimeFlow } from './flow-data.ts';

export type Code = string | number;

export interface RuntimeQuestion {
  id: string;
  kind: QuestionKind;
  required: boolean;
  /** The number the page shows before the question's title. */
  number: number;
  /** Shown when this holds (section and question conditions combined). */
  when?: ExprJson;
  /** Answer properties: the id, or the rows of a matrix. */
  names: string[];
  /** Accepted codes: options, or the scale grid with missing codes. */
  codes?: Code[];
  /** Scale id, for labels of piped answers. */
  scale?: string;
  missing?: number[];
  exclusive?: Code[];
  specify?: Code[];
  /** Text lengths, number bounds or ISO dates. */
  min?: number | string;
  max?: number | string;
  /** Whole-answer pattern, already anchored. */
  pattern?: string;
  /** The form of a text answer (`as email`): its name and anchored pattern. */
  format?: { name: string; pattern: string };
  integer?: boolean;
  /** Selections for multi and ranking. */
  minItems?: number;
  maxItems?: number;
  /** Options offered only while a condition holds (choice filters, carry-forward). */
  filters?: Array<{ code: Code; when: ExprJson }>;
  /** The answer filled in until the respondent changes the question. */
  default?: ExprJson;
}

/** A hidden (preloaded) variable the form reads from its URL query. */
export interface RuntimeHidden {
  id: string;
  type: 'code' | 'text' | 'number' | 'date';
  required: boolean;
  codes?: Code[];
}

/** A calculated value (`let`): recomputed from the answers whenever they change. */
export interface RuntimeCalculation {
  id: string;
  type: string;
  expr: ExprJson;
}

/** A cross-field check: tested once every answer it reads is given; its message shows under `anchor`. */
interface RuntimeCheck {
  expr: ExprJson;
  items: string[];
  anchor: string;
  /** Key of its message in `texts`. */
  message: string;
}

export interface RuntimeData {
  format: string;
  id: string;
  version?: string;
  languages: string[];
  defaultLanguage: string;
  storageKey: string;
  submitUrl?: string;
  /**
   * Survey texts by key, per language. A string instead of the texts is the key of an
   * identical text written earlier: a choice list shared by many questions is written once.
   * `null` for the default language: the text is the one the markup shows (i18n.ts reads it).
   */
  texts: Record<string, Record<string, string | null> | string>;
  /** Interface texts by key, per survey language. */
  ui: Record<string, Record<string, string>>;
  /** Question ids piped into texts as {id}. */
  pipes: string[];
  /** The form's pages in order; `section` is the section a page belongs to (several when split by `page`). */
  pages: Array<{ id: string; questions: string[]; section?: string }>;
  questions: RuntimeQuestion[];
  hidden: RuntimeHidden[];
  /** Calculated values, in declaration order (absent when the survey has none). */
  calculations?: RuntimeCalculation[];
  /** Cross-field checks (absent when the survey has none). */
  checks?: RuntimeCheck[];
  /** Survey languages written right to left (absent when none is). */
  rtl?: string[];
  /** Screen-outs, end screens and random order (absent when the survey has none). */
  flow?: RuntimeFlow;
  /** Repeat groups: how the instances' copies fold into arrays of instance objects (absent when none). */
  rosters?: RuntimeRoster[];
}

/** A repeat group: its possible instances, each with the copies of its answers. */
export interface RuntimeRoster {
  id: string;
  instances: Array<{
    /** `members__2`: the instance's element is `inst-<key>`. */
    key: string;
    /** The instance exists while this holds (absent: always, with its parent). */
    when?: ExprJson;
    /** A loop's option for this instance. */
    option?: Code;
    /** [copy's answer name, the question's own answer name]. */
    names: Array<[string, string]>;
    rosters: RuntimeRoster[];
  }>;
}

/** Keys of texts in `texts`: one scheme for the emitter's markup and the runtime. */
export const textKey = {
  option: (qid: string, code: Code) => `opt.${qid}.${code}`,
  scalePoint: (scale: string, value: number) => `scale.${scale}.${value}`,
  question: (qid: string) => `q.${qid}`,
  help: (qid: string) => `help.${qid}`,
  unit: (qid: string) => `unit.${qid}`,
  row: (rid: string) => `row.${rid}`,
  section: (sid: string) => `section.${sid}`,
  check: (i: number) => `check.${i}`,
};
