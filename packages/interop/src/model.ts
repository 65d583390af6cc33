// The compiled survey as the exporters read it: the canonical survey JSON
// (packages/emitters/schemas/survey-v1.schema.json), typed, plus small lookups
// (a question by id, the scale or options of a question, the matrix of a row).
import type { ExprJson } from '@survey/emitters';

export type { ExprJson };
export type Text = Record<string, string>;
export type Code = string | number;

export interface ScalePoint {
  value: number;
  label?: Text;
  missing: boolean;
}
export interface ScaleDoc {
  id: string;
  builtin?: 'nps';
  min: number;
  max: number;
  step: number;
  direction: 'ascending' | 'descending';
  anchored: boolean;
  points: ScalePoint[];
}
export interface OptionDoc {
  code: Code;
  label: Text;
  specify?: true;
  exclusive?: true;
  fixed?: true;
  /** A choice filter: offered only while this holds. */
  when?: ExprJson;
  /** Shown as an image: its source as written, the embedded data URL, its alt text. */
  image?: { source: string; src?: string; alt?: Text };
}
interface RowDoc {
  id: string;
  text: Text;
  reverse?: true;
  tags?: string[];
}
type QuestionKind =
  'single' | 'multi' | 'rating' | 'matrix' | 'nps' | 'ranking' | 'text' | 'number' | 'date' | 'yesno' | 'file' | 'geopoint' | 'signature';
export interface QuestionDoc {
  id: string;
  number: number;
  kind: QuestionKind;
  text: Text;
  help?: Text;
  required: boolean;
  scale?: string;
  choices?: string;
  options?: OptionDoc[];
  rows?: RowDoc[];
  min?: number | string;
  max?: number | string;
  pattern?: string;
  /** A number answered with a range control. */
  slider?: true;
  /** The form of a text answer: email, phone, url, time, datetime. */
  format?: 'email' | 'phone' | 'url' | 'time' | 'datetime';
  /** A file question's MIME types, type/* patterns and extensions. */
  accept?: string[];
  /** A file question's largest file, in bytes. */
  maxBytes?: number;
  unit?: Text;
  integer?: true;
  tags?: string[];
  reverse?: true;
  randomize?: true;
  when?: ExprJson;
  /** Options carried forward from an earlier question: chosen there, or offered there and not chosen. */
  carryForward?: { from: string; selected: boolean };
  /** The answer filled in before the respondent answers. */
  default?: ExprJson;
  pipes?: string[];
  /** The innermost repeat group (roster) the question is asked in, once per instance. */
  roster?: string;
}
export interface SectionDoc {
  id: string;
  implicit?: true;
  title?: Text;
  points?: number;
  weight?: number;
  when?: ExprJson;
  questions: QuestionDoc[];
}
interface HiddenDoc {
  id: string;
  type: 'code' | 'text' | 'number' | 'date';
  label?: Text;
  choices?: string;
  required: boolean;
}
interface ScoreDoc {
  id: string;
  label?: Text;
  expr: ExprJson;
  items: string[];
}
export interface SurveyDoc {
  format: 'survey/1';
  id: string;
  version?: string;
  title?: Text;
  languages: string[];
  defaultLanguage: string;
  intro?: Text;
  confidentiality?: Text;
  owner?: Text;
  scales: ScaleDoc[];
  choiceLists: { id: string; options: OptionDoc[] }[];
  hidden?: HiddenDoc[];
  sections: SectionDoc[];
  scores: ScoreDoc[];
  /** Page breaks, screen-outs, end screens and random order (absent when none). */
  flow?: FlowDoc;
  /** Repeat groups, outer before inner (absent when none). */
  rosters?: RosterDoc[];
  /** Calculated values (`let`), in dependency order (absent when none). */
  calculations?: CalculationDoc[];
}

/** A repeat group (survey-v1.schema.json#/$defs/roster). */
export interface RosterDoc {
  id: string;
  title?: Text;
  count: { fixed: number } | { from: string } | { each: string };
  max?: number;
  parent?: string;
  questions: string[];
  rosters?: string[];
}

/** A calculated value (survey-v1.schema.json#/$defs/calculation). */
interface CalculationDoc {
  id: string;
  label?: Text;
  type: string;
  expr: ExprJson;
  items: string[];
}

/** The compiled survey's `flow` (survey-v1.schema.json#/$defs/flow). */
interface FlowDoc {
  pages?: Array<{ section: string; starts: number[] }>;
  screenOuts?: Array<{ id: string; message: Text; expr: ExprJson; items: string[]; section?: string; after: number }>;
  ends?: Array<{ id: string; text: Text; expr?: ExprJson; items: string[] }>;
  randomSections?: Array<{ section: string; fixed: string[] }>;
  groups?: Array<{ id: string; sections: string[]; fixed: string[] }>;
}

/** Lookups over one survey document, built once per export. */
export class SurveyIndex {
  readonly questions: QuestionDoc[];
  readonly sectionOf = new Map<string, SectionDoc>();
  readonly byId = new Map<string, QuestionDoc>();
  /** A matrix row id → its matrix question. */
  readonly matrixOfRow = new Map<string, QuestionDoc>();
  constructor(readonly doc: SurveyDoc) {
    this.questions = doc.sections.flatMap((s) => s.questions);
    for (const s of doc.sections)
      for (const q of s.questions) {
        this.sectionOf.set(q.id, s);
        this.byId.set(q.id, q);
        for (const r of q.rows ?? []) this.matrixOfRow.set(r.id, q);
      }
  }
  get lang(): string {
    return this.doc.defaultLanguage;
  }
  scale(q: QuestionDoc): ScaleDoc | undefined {
    return q.scale ? this.doc.scales.find((s) => s.id === q.scale) : undefined;
  }
  options(q: QuestionDoc): OptionDoc[] {
    if (q.options) return q.options;
    if (q.choices) return this.doc.choiceLists.find((l) => l.id === q.choices)?.options ?? [];
    if (q.kind === 'yesno')
      return [
        { code: 'yes', label: yesNoLabel(this.doc.languages, true) },
        { code: 'no', label: yesNoLabel(this.doc.languages, false) },
      ];
    return [];
  }
  /** The question (or matrix) whose answer variable `name` is. */
  questionOfVar(name: string): QuestionDoc | undefined {
    return this.byId.get(name) ?? this.matrixOfRow.get(name);
  }
  /** The scale a variable is answered on (rating, nps, matrix row). */
  scaleOfVar(name: string): ScaleDoc | undefined {
    const q = this.questionOfVar(name);
    return q ? this.scale(q) : undefined;
  }
  missingCodes(name: string): number[] {
    return (this.scaleOfVar(name)?.points ?? []).filter((p) => p.missing).map((p) => p.value);
  }
  /** A text in the default language, falling back to the first one present. */
  text(t: Text | undefined, lang = this.lang): string {
    if (!t) return '';
    return t[lang] ?? t[this.doc.defaultLanguage] ?? Object.values(t)[0] ?? '';
  }
}

const yesNo: Record<string, [string, string]> = { zh: ['是', '否'], en: ['Yes', 'No'] };
export function yesNoLabel(languages: string[], yes: boolean): Text {
  const t: Text = {};
  for (const l of languages) t[l] = (yesNo[l.split('-')[0]] ?? yesNo.en)[yes ? 0 : 1];
  return t;
}

/** A scale point's label, or its value as text when the point is unlabelled. */
export function pointLabel(p: ScalePoint, languages: string[]): Text {
  if (p.label) return p.label;
  return Object.fromEntries(languages.map((l) => [l, String(p.value)]));
}
