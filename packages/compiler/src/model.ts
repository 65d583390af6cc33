// The semantic model: what a survey means once imports, names and references are
// resolved. Emitters, the language server and the checker's rules read this, never
// the syntax internals. Every entity keeps `file` and its AST `node` for ranges.
import type * as A from '@survey/syntax';
import { LIMITS, gridPointCount } from './limits.ts';
import type { SurveyFlow } from './flow-model.ts';

/** Text per language code, in the survey's language order; the first is the default. */
export type LText = Record<string, string>;

export interface Located<N> {
  /** Absolute path of the file that declares it. */
  file: string;
  node: N;
}

export interface ScalePoint {
  value: number;
  label: LText;
  /** Non-substantive code (don't know, N/A): valid answer, never enters a score. */
  missing: boolean;
}

export interface Scale extends Located<A.ScaleDecl | undefined> {
  id: string;
  min: number;
  max: number;
  step: number;
  /** True when the lowest value is the most favourable (1 = very satisfied). */
  descending: boolean;
  /** Only the end points need labels. */
  anchored: boolean;
  /** Substantive points in ascending value order, then missing codes. */
  points: ScalePoint[];
  builtin?: 'nps';
}

export interface Choice {
  code: string | number;
  label: LText;
  specify: boolean;
  exclusive: boolean;
  fixed: boolean;
  /** A choice filter: the option is offered only while this holds (inline options only). */
  when?: A.Expr;
  node: A.ChoiceOption;
  /** `image "…" alt "…"`: the option is shown as an image (resolved by answer-types/images.ts). */
  image?: ChoiceImage;
}

/** An option's image: where it comes from, its alternative text and, once read, its bytes as a data URL. */
export interface ChoiceImage {
  /** As written: a path relative to the declaring file, or a `data:` URL. */
  source: string;
  alt?: LText;
  /** The absolute path of a file source. */
  path?: string;
  /** `data:<mime>;base64,…`, once the image is read and recognised. */
  dataUrl?: string;
  mime?: string;
  /** Size of the image in bytes. */
  bytes?: number;
  /** Why there is no data URL: the file cannot be read, or its bytes are not a PNG, JPEG, GIF, WebP or SVG image. */
  problem?: 'unreadable' | 'not-image';
}

/** `file photo "…" accept "image/*", ".pdf" max 5 MB`: what a file question accepts. */
export interface Upload {
  /** MIME types (`image/*`, `application/pdf`) and extensions (`.pdf`), lower-cased, as written. */
  accept: string[];
  /** The largest file in bytes; undefined when no (valid) `max` is given. */
  maxBytes?: number;
}

export interface ChoiceList extends Located<A.ChoicesDecl | A.QuestionDecl> {
  /** The list's name, or `<question id>` for inline options. */
  id: string;
  inline: boolean;
  options: Choice[];
}

export type QuestionKind = A.QuestionKind;

export interface Row extends Located<A.RowDecl> {
  id: string;
  text: LText;
  reverse: boolean;
  tags: string[];
  matrix: Question;
}

export interface Question extends Located<A.QuestionDecl> {
  id: string;
  kind: QuestionKind;
  /** 1-based position among the survey's questions (rows not counted). */
  number: number;
  text: LText;
  help?: LText;
  required: boolean;
  scale?: Scale;
  choices?: ChoiceList;
  rows: Row[];
  /** Numbers for number questions, lengths for text, selections for multi/ranking, ISO dates for date. */
  min?: number | string;
  max?: number | string;
  pattern?: string;
  unit?: LText;
  integer: boolean;
  tags: string[];
  reverse: boolean;
  randomize: boolean;
  when?: A.Expr;
  /**
   * Carry-forward (`from q3 selected` / `not selected`): the options are those of the
   * earlier question `source`, offered only when chosen there (or only when not chosen).
   */
  carry?: { source: string; selected: boolean };
  /** `slider`: a number question answered with a range control between its min and max. */
  slider: boolean;
  /** `as email`: the form of a text answer (a key of `textFormats`). */
  format?: string;
  /** A file question's accepted types and size limit. */
  upload?: Upload;
  /** `default …`: the answer the form fills in before the respondent answers. */
  default?: A.Expr;
  /** Ids piped into the text as `{id}`. */
  pipes: string[];
  section: Section;
  /** The innermost repeat group (roster) the question is asked in, once per instance. */
  roster?: Roster;
}

export interface Section extends Located<A.SectionDecl | undefined> {
  id: string;
  /** True for the section that holds questions written directly in the survey block. */
  implicit: boolean;
  title?: LText;
  points?: number;
  weight?: number;
  questionLimit?: number;
  when?: A.Expr;
  questions: Question[];
}

/** What a hidden variable holds: a code of its list, a text, a number or an ISO date. */
export type HiddenType = 'code' | 'text' | 'number' | 'date';

/**
 * A value the respondent does not answer but the response carries under `hidden`:
 * respondent id, stratum, customer group, wave, channel. The form fills it from its URL.
 */
export interface HiddenVariable extends Located<A.HiddenDecl> {
  id: string;
  type: HiddenType;
  label?: LText;
  /** The choice list of a `from list` variable. */
  choices?: ChoiceList;
  required: boolean;
}

export type MissingPolicy = { kind: 'all' } | { kind: 'atLeast'; count: number };

export interface Score extends Located<A.ScoreDecl> {
  id: string;
  label?: LText;
  expr?: A.Expr;
  require: MissingPolicy;
  /** Question and row ids the formula reads, in order of appearance, without repeats. */
  items: string[];
}

/**
 * A calculated value (`let`): a formula over answers, hidden variables and other
 * calculated values, evaluated per response (never aggregate), never asked.
 */
export interface Calculation extends Located<A.LetDecl> {
  id: string;
  label?: LText;
  expr?: A.Expr;
  /** Question and row ids it reads, through other calculated values too, without repeats. */
  items: string[];
}

/**
 * A cross-field constraint (`check`): a condition the answers must meet once every answer
 * it reads is given, with its message in each language.
 */
export interface Check extends Located<A.CheckDecl> {
  expr?: A.Expr;
  message: LText;
  /** Question and row ids it reads (through calculated values too). */
  items: string[];
  /** The latest question it reads: where the form shows the message. */
  anchor?: string;
}

export interface Target extends Located<A.TargetDecl> {
  subject: string;
  op: A.Comparator;
  value: number;
}

export interface Stratum {
  id: string;
  size: number;
  sd?: number;
  proportion?: number;
  cost?: number;
  completes?: number;
  /** Fieldwork count: how many were invited (for the response rate). */
  invited?: number;
  takeAll: boolean;
  /** From `oversample id factor`; 1 when not oversampled. */
  oversample: number;
  node: A.StratumDecl;
}

export interface Stratification {
  id: string;
  /** The hidden variable whose codes are the strata ids (`strata size by size`). */
  variable?: string;
  strata: Stratum[];
  node: A.StrataDecl;
}

export const allocationMethods = ['proportional', 'neyman', 'optimal', 'equal', 'fixed'] as const;
export type AllocationMethod = (typeof allocationMethods)[number];

/** The survey modes `mode` accepts. */
export const surveyModes = ['online', 'phone', 'paper', 'interview', 'kiosk', 'sms'] as const;

export interface Sample extends Located<A.SampleDecl> {
  population?: number;
  /** Fieldwork count for the whole sample (per-stratum counts are on the strata). */
  invited?: number;
  completes?: number;
  margin?: number;
  confidence?: number;
  proportion?: number;
  sd?: number;
  responseRate?: number;
  allocation: AllocationMethod;
  stratifications: Stratification[];
}

export type QualityRule = A.QualityRule;
export type AnalysisRequest = A.AnalysisRequest;

export interface Survey extends Located<A.SurveyDecl> {
  id: string;
  languages: string[];
  defaultLanguage: string;
  title?: LText;
  intro?: LText;
  confidentiality?: LText;
  version?: string;
  owner?: LText;
  mode: string[];
  /** Whether a question without `optional` / `required` must be answered (`answers optional` makes it false). */
  answersRequired: boolean;
  /** A word (`quarterly`) or a text (`"after delivery"`). */
  frequency?: string | LText;
  tags: string[];
  questionLimit?: number;
  minuteLimit?: number;
  totalPoints?: number;
  glossary: Map<string, LText>;
  scales: Map<string, Scale>;
  choiceLists: Map<string, ChoiceList>;
  sections: Section[];
  /** Every question in order (matrix rows live in `rows` of their matrix), roster questions included. */
  questions: Question[];
  /** Repeat groups (rosters), outer before inner, in source order. */
  rosters: Roster[];
  /** Questions and matrix rows by id: the answer variables. */
  variables: Map<string, Question | Row>;
  /** Hidden (preloaded) variables by id, in declaration order. They share the answers' namespace. */
  hidden: Map<string, HiddenVariable>;
  scores: Score[];
  /** Calculated values (`let`) by id, in declaration order. They share the answers' namespace. */
  calculations: Map<string, Calculation>;
  /** Cross-field constraints, in declaration order. */
  checks: Check[];
  /** Page breaks, screen-outs, end screens and randomisation (flow-model.ts). */
  flow: SurveyFlow;
  targets: Target[];
  sample?: Sample;
  quality: QualityRule[];
  analysis: AnalysisRequest[];
}

// ------------------------------------------------------------ repeat groups (rosters)

/** How many instances a roster has: a fixed number, an earlier number answer, or one per option chosen. */
export type RosterCount = { kind: 'fixed'; n: number } | { kind: 'answer'; source: string } | { kind: 'each'; source: string };

/**
 * A repeat group (`repeat members for household_size max 12 { … }`): its questions are
 * asked once per instance; the response holds an array of instance objects.
 */
export interface Roster extends Located<A.RepeatDecl> {
  id: string;
  title?: LText;
  count: RosterCount;
  /** `max N` as written. */
  max?: number;
  /** The enclosing roster, for a nested one. */
  parent?: Roster;
  /** 1 for a roster not inside another. */
  depth: number;
  section: Section;
  /** The questions asked directly in each instance (nested rosters' questions are theirs). */
  questions: Question[];
  /** Rosters nested directly inside, in order. */
  rosters: Roster[];
}

export function isRow(v: Question | Row | undefined): v is Row {
  return !!v && 'matrix' in v;
}

/** The scale a variable is answered on (a row's is its matrix's). */
export function scaleOf(v: Question | Row | undefined): Scale | undefined {
  if (!v) return undefined;
  return isRow(v) ? v.matrix.scale : v.scale;
}

/** The codes a hidden variable accepts, when it is `from` a list. */
export function hiddenCodes(h: HiddenVariable | undefined): Array<string | number> | undefined {
  return h?.choices?.options.map((o) => o.code);
}

/** Codes of a variable's answer options, when it has a fixed set. */
export function codesOf(v: Question | Row | undefined): Array<string | number> | undefined {
  if (!v) return undefined;
  const scale = scaleOf(v);
  if (scale) return scaleValues(scale);
  if (isRow(v)) return undefined;
  if (v.kind === 'yesno') return ['yes', 'no'];
  return v.choices?.options.map((o) => o.code);
}

/**
 * Every value a scale accepts: the grid min..max by step (an anchored scale labels only
 * its ends, but every grid point is an answer), then the missing codes. Capped at the
 * scale-size limit (a wider scale is SVY2040).
 */
export function scaleValues(scale: Scale): number[] {
  const step = scale.step > 0 ? scale.step : 1;
  const count = Math.min(gridPointCount(scale.min, scale.max, step), LIMITS.scalePoints);
  const grid = Array.from({ length: count }, (_, i) => Math.round((scale.min + i * step) * 1e9) / 1e9);
  const labelled = scale.points.filter((p) => !p.missing).map((p) => p.value);
  // Labels off the grid are SVY2011; they stay valid codes here so that one mistake is reported once.
  const extra = labelled.filter((v) => !grid.includes(v));
  return [...grid, ...extra, ...scale.points.filter((p) => p.missing).map((p) => p.value)];
}

/** A question's own inline options (not a shared list, not options carried forward from another question). */
export function ownOptions(q: Question): Choice[] {
  return q.choices?.inline && q.choices.node === q.node ? q.choices.options : [];
}
