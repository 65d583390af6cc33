// The syntax tree. Every node carries `range` as UTF-16 offsets [start, end) into
// the source; line/column come from a LineMap. Nodes built during error recovery may
// lack parts: anything the parser cannot guarantee is optional, so every visitor has
// to cope with partial nodes.
import type { QuestionKind } from './vocabulary.ts';

export interface TextRange {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character (exclusive). */
  end: number;
}

export interface NodeBase {
  range: TextRange;
}

export interface Identifier extends NodeBase {
  kind: 'Identifier';
  name: string;
  /** Written as a string literal (glossary terms such as "客服"); `name` is its value. */
  quoted?: boolean;
}

export interface StringLit extends NodeBase {
  kind: 'String';
  /** Unescaped value. */
  value: string;
}

/** One language's text: `"…"` (default language, `lang` undefined) or `en: "…"`. */
export interface TextPart extends NodeBase {
  lang?: string;
  langRange?: TextRange;
  value: string;
  /** Range of the string literal itself, quotes included. */
  valueRange: TextRange;
}

/** A multilingual text: the default language first, then `lang: "…"` translations. */
export interface Text extends NodeBase {
  kind: 'Text';
  parts: TextPart[];
}

export interface NumberLit extends NodeBase {
  kind: 'Number';
  value: number;
  /** True when written with `%`; `value` is then the fraction (80% → 0.8). */
  percent: boolean;
  raw: string;
}

// ---------------------------------------------------------------------------
// Expressions (conditions, formulas)

export type Expr = NumberLit | StringLit | NameRef | Call | Binary | Unary | ParenExpr;

export interface NameRef extends NodeBase {
  kind: 'NameRef';
  name: string;
  /**
   * `members.age`: the repeat group a question is named through (the range then spans
   * `members.age`; the name itself is its last `name.length` characters, see nameRangeOf).
   */
  qualifier?: Identifier;
}

export interface Call extends NodeBase {
  kind: 'Call';
  callee: Identifier;
  args: Expr[];
  /** `count(members where age < 18)`: the condition each instance of the group must meet. */
  where?: InstanceFilter;
}

/** The `where …` of a call (its range spans `where` and the condition, missing after a recovered syntax error). */
export interface InstanceFilter extends NodeBase {
  kind: 'InstanceFilter';
  keywordRange: TextRange;
  cond?: Expr;
}

/** The range of a name's own identifier: `age` in `members.age`. */
export function nameRangeOf(e: NameRef): TextRange {
  return e.qualifier ? { start: e.range.end - e.name.length, end: e.range.end } : e.range;
}

export type BinaryOp = 'or' | 'and' | '==' | '!=' | '<' | '<=' | '>' | '>=' | 'has' | '+' | '-' | '*' | '/';

export interface Binary extends NodeBase {
  kind: 'Binary';
  op: BinaryOp;
  opRange: TextRange;
  left: Expr;
  /** Missing after a recovered syntax error. */
  right?: Expr;
}

export interface Unary extends NodeBase {
  kind: 'Unary';
  op: 'not' | '-';
  operand?: Expr;
}

export interface ParenExpr extends NodeBase {
  kind: 'Paren';
  expr?: Expr;
}

// ---------------------------------------------------------------------------
// Declarations

export interface Document extends NodeBase {
  kind: 'Document';
  imports: ImportDecl[];
  /** Top-level scales, choice lists and sections (shared files). */
  declarations: Array<ScaleDecl | ChoicesDecl | SectionDecl>;
  surveys: SurveyDecl[];
}

export interface ImportDecl extends NodeBase {
  kind: 'Import';
  path?: StringLit;
}

export type SurveyMember =
  | HeaderProperty
  | LimitDecl
  | TotalPointsDecl
  | GlossaryDecl
  | ScaleDecl
  | ChoicesDecl
  | SectionDecl
  | QuestionDecl
  | HiddenDecl
  | ScoreDecl
  | LetDecl
  | CheckDecl
  | RepeatDecl
  | TargetDecl
  | SampleDecl
  | QualityDecl
  | AnalysisDecl
  | PageDecl
  | ScreenOutDecl
  | EndDecl
  | ShuffleDecl;

export interface SurveyDecl extends NodeBase {
  kind: 'Survey';
  id?: Identifier;
  members: SurveyMember[];
}

export type HeaderKey =
  'title' | 'intro' | 'confidentiality' | 'version' | 'owner' | 'languages' | 'mode' | 'frequency' | 'tags' | 'answers';

/** `title "…"`, `languages zh, en`, `mode online`, `frequency quarterly` or `frequency "after delivery"` … */
export interface HeaderProperty extends NodeBase {
  kind: 'Header';
  key: HeaderKey;
  keyRange: TextRange;
  /** For text-valued keys. */
  text?: Text;
  /** For list-valued keys (languages, mode, tags) and frequency given as a word. */
  names: Identifier[];
  /** `answers required` (true) / `answers optional` (false): the questions' default. */
  required?: boolean;
}

/** `limit questions 5` or `limit minutes 8`. */
export interface LimitDecl extends NodeBase {
  kind: 'Limit';
  unit: 'questions' | 'minutes';
  value?: NumberLit;
}

/** `points 300`: the total that section points must add up to. */
export interface TotalPointsDecl extends NodeBase {
  kind: 'TotalPoints';
  value?: NumberLit;
}

export interface GlossaryDecl extends NodeBase {
  kind: 'Glossary';
  entries: GlossaryEntry[];
}

export interface GlossaryEntry extends NodeBase {
  kind: 'GlossaryEntry';
  term: Identifier;
  text?: Text;
}

export interface ScaleDecl extends NodeBase {
  kind: 'Scale';
  id?: Identifier;
  from?: NumberLit;
  to?: NumberLit;
  /** Negative bounds: `-2..2`. */
  fromNegative?: boolean;
  toNegative?: boolean;
  step?: NumberLit;
  descending: boolean;
  anchored: boolean;
  points: ScalePoint[];
}

export interface ScalePoint extends NodeBase {
  kind: 'ScalePoint';
  /** Non-substantive code (`missing 9 "不知道"`): never enters a score. */
  missing: boolean;
  value?: NumberLit;
  negative: boolean;
  label?: Text;
}

export interface ChoicesDecl extends NodeBase {
  kind: 'Choices';
  id?: Identifier;
  options: ChoiceOption[];
}

export interface ChoiceOption extends NodeBase {
  kind: 'Option';
  /** An identifier code (`a`) or a numeric one (`1`). */
  code?: Identifier | NumberLit;
  label?: Text;
  specify: boolean;
  exclusive: boolean;
  fixed: boolean;
  /** Range of each flag, for quick fixes and the formatter. */
  flagRanges: TextRange[];
  /** `when …`: the option is offered only when this holds (a choice filter). */
  when?: Expr;
  whenRange?: TextRange;
  /** `image "logos/red.png" alt "…"`: the option is shown as this image (see OptionImage). */
  image?: OptionImage;
}

/** `image "path or data: URL" alt "text" en: "…"` on a choice option. */
export interface OptionImage extends NodeBase {
  kind: 'OptionImage';
  source?: StringLit;
  alt?: Text;
}

export interface SectionDecl extends NodeBase {
  kind: 'Section';
  id?: Identifier;
  title?: Text;
  points?: NumberLit;
  weight?: NumberLit;
  limit?: LimitDecl;
  when?: Expr;
  /** False for `section demographics` without a body: a use of a shared section. */
  hasBody: boolean;
  questions: QuestionDecl[];
  /** `randomize`: its questions are shown in random order (`fixed` ones keep their place). */
  randomize?: boolean;
  /** `fixed`: keeps its place in a `shuffle` group. */
  fixed?: boolean;
  /** Page breaks and screen-outs written among the questions, in source order. */
  flow?: SectionFlowMember[];
  /** Repeat groups (rosters) in the body; their place among the questions is their range. */
  repeats?: RepeatDecl[];
}

// ---------------------------------------------------------------------------
// Repeat groups (rosters)

/**
 * `repeat members "家庭成员" en: "Household member" for household_size max 12 { … }`:
 * a group of questions asked once per instance — a fixed number of times (`repeat visits 3`),
 * as many times as an earlier number answer says (`for household_size`), or once per option
 * chosen in an earlier multi question (`for each brands`). Repeat groups nest.
 */
export interface RepeatDecl extends NodeBase {
  kind: 'Repeat';
  id?: Identifier;
  title?: Text;
  /** `repeat visits 3`: a fixed number of instances. */
  count?: NumberLit;
  /** `for household_size` / `for each brands`: the earlier question that sets the instances. */
  source?: Identifier;
  /** True for `for each q`: one instance per option selected in q. */
  each: boolean;
  /** `max 12`: at most this many instances. */
  max?: NumberLit;
  /** Questions and nested repeat groups, in order. */
  members: Array<QuestionDecl | RepeatDecl>;
}

/** The kinds of question: the vocabulary's `question-kind` words. Re-exported (not
 * aliased) so that declarations of other packages can name it from '@survey/syntax'. */
export type { QuestionKind };

export interface QuestionDecl extends NodeBase {
  kind: 'Question';
  questionKind: QuestionKind;
  kindRange: TextRange;
  id?: Identifier;
  text?: Text;
  help?: Text;
  /** `optional` / `required`; undefined means the survey's default (`answers …`, else required). */
  required?: boolean;
  /** Where that `optional` / `required` word is. */
  requiredRange?: TextRange;
  /** `from vendors`: a named choice list; with `selected`, an earlier question. */
  from?: Identifier;
  /** `from q3 selected` (true) / `from q3 not selected` (false): carry-forward from question `from`. */
  fromSelected?: boolean;
  /** `slider`: a number answered with a range control. */
  slider?: boolean;
  /** `as email`: the form of a text answer (email, phone, url, time, datetime). */
  format?: Identifier;
  /** `accept "image/*", ".pdf"`: the types a file question accepts. */
  accept?: StringLit[];
  acceptRange?: TextRange;
  /** `default …`: the answer the form fills in first. */
  default?: Expr;
  defaultRange?: TextRange;
  /** Inline options `{ a "…" b "…" }` (single/multi/ranking) or rows (matrix). */
  options: ChoiceOption[];
  rows: RowDecl[];
  /** `on sat5`: the scale of a rating or matrix. */
  scale?: Identifier;
  min?: ConstraintValue;
  max?: ConstraintValue;
  pattern?: StringLit;
  unit?: Text;
  integer: boolean;
  tags: Identifier[];
  reverse: boolean;
  randomize: boolean;
  /** `fixed`: keeps its place when its section is randomised. */
  fixed?: boolean;
  when?: Expr;
  whenRange?: TextRange;
}

export interface ConstraintValue extends NodeBase {
  kind: 'Constraint';
  value?: NumberLit | StringLit;
  negative: boolean;
  /** `max 5 MB`: the size unit of a file question's limit (B, KB, MB, GB). */
  unit?: Identifier;
}

/** `row attitude "服务态度" en: "Attitude" reverse tag service` inside a matrix. */
export interface RowDecl extends NodeBase {
  kind: 'Row';
  id?: Identifier;
  text?: Text;
  reverse: boolean;
  tags: Identifier[];
}

export type HiddenValueType = 'text' | 'number' | 'date';

/**
 * `hidden customer_id text "客户编号" en: "Customer id"`, `hidden size from sizes optional`:
 * a value the respondent does not answer but the response carries (filled from the
 * form's URL). Either a value type or `from list`.
 */
export interface HiddenDecl extends NodeBase {
  kind: 'Hidden';
  id?: Identifier;
  valueType?: HiddenValueType;
  /** Range of the type keyword, or of `from list`. */
  typeRange?: TextRange;
  from?: Identifier;
  label?: Text;
  /** `required` / `optional`; undefined means the default (required). */
  required?: boolean;
}

export type MissingPolicy = { kind: 'all'; range: TextRange } | { kind: 'atLeast'; count: NumberLit; range: TextRange };

/** `score csat "满意度" = rescale(mean(a, b), sat5) require 2`. */
export interface ScoreDecl extends NodeBase {
  kind: 'Score';
  id?: Identifier;
  label?: Text;
  expr?: Expr;
  require?: MissingPolicy;
}

/**
 * `let age "年龄" en: "Age" = days_between(born, today()) / 365`: a calculated value,
 * computed from answers and other calculated values, never asked.
 */
export interface LetDecl extends NodeBase {
  kind: 'Let';
  id?: Identifier;
  label?: Text;
  expr?: Expr;
}

/**
 * `check ended >= started "结束日期不能早于开始日期" en: "The end cannot be before the start"`:
 * a condition the answers must meet once every answer it reads is given, with its message.
 */
export interface CheckDecl extends NodeBase {
  kind: 'Check';
  expr?: Expr;
  message?: Text;
}

export type Comparator = '==' | '!=' | '<' | '<=' | '>' | '>=';

export interface TargetDecl extends NodeBase {
  kind: 'Target';
  subject?: Identifier;
  op?: Comparator;
  value?: NumberLit;
  negative: boolean;
}

export interface SampleDecl extends NodeBase {
  kind: 'Sample';
  settings: SampleSetting[];
  strata: StrataDecl[];
  oversample: OversampleDecl[];
}

export type SampleKey =
  'population' | 'invited' | 'completes' | 'margin' | 'confidence' | 'proportion' | 'sd' | 'response_rate' | 'allocate';

export interface SampleSetting extends NodeBase {
  kind: 'SampleSetting';
  key: SampleKey;
  keyRange: TextRange;
  value?: NumberLit;
  /** For `allocate neyman`. */
  method?: Identifier;
}

export interface StrataDecl extends NodeBase {
  kind: 'Strata';
  id?: Identifier;
  /** `strata size by size { … }`: the hidden variable that records each respondent's stratum. */
  variable?: Identifier;
  strata: StratumDecl[];
}

/** `large 100 sd 1.2 cost 4` / `key 20 take_all` / `small 700 completes 30` */
export interface StratumDecl extends NodeBase {
  kind: 'Stratum';
  id: Identifier;
  size?: NumberLit;
  sd?: NumberLit;
  proportion?: NumberLit;
  cost?: NumberLit;
  completes?: NumberLit;
  /** `invited 120`: how many were invited (fieldwork count, for the response rate). */
  invited?: NumberLit;
  takeAll: boolean;
}

/** `oversample key 2` */
export interface OversampleDecl extends NodeBase {
  kind: 'Oversample';
  stratum?: Identifier;
  factor?: NumberLit;
}

export interface QualityDecl extends NodeBase {
  kind: 'Quality';
  rules: QualityRule[];
}

export type QualityRule =
  | { kind: 'ExcludeAnswered'; range: TextRange; op?: Comparator; value?: NumberLit }
  | { kind: 'ExcludeDuration'; range: TextRange; op?: Comparator; value?: NumberLit }
  | { kind: 'ExcludeStraightline'; range: TextRange; target?: Identifier }
  | { kind: 'ExcludeAttention'; range: TextRange; question?: Identifier; expected?: Identifier | NumberLit }
  | { kind: 'ExcludeWhen'; range: TextRange; expr?: Expr };

export interface AnalysisDecl extends NodeBase {
  kind: 'Analysis';
  requests: AnalysisRequest[];
}

export type AnalysisRequest =
  | { kind: 'Items'; range: TextRange; stats: Identifier[] }
  | { kind: 'Breakdown'; range: TextRange; by: Identifier[] }
  | { kind: 'Top'; range: TextRange; count?: NumberLit; name?: Identifier; op?: Comparator; value?: NumberLit }
  | { kind: 'Drivers'; range: TextRange; outcome?: Identifier; drivers: Identifier[] }
  | { kind: 'Chart'; range: TextRange; chartType?: Identifier; subject?: Identifier; by?: Identifier }
  | { kind: 'Alpha'; range: TextRange; subject?: Identifier };

export type Node =
  | Document
  | ImportDecl
  | SurveyDecl
  | SurveyMember
  | ScalePoint
  | ChoiceOption
  | RowDecl
  | StratumDecl
  | StrataDecl
  | SampleSetting
  | OversampleDecl
  | GlossaryEntry
  | Expr
  | Identifier
  | Text;

// ---------------------------------------------------------------------------
// Flow: page breaks, screen-outs, end screens, randomisation groups

/** `page`: a page break; the questions after it are on the next page. */
export interface PageDecl extends NodeBase {
  kind: 'Page';
  /** Index in its section's `questions` of the first question after it (sections only). */
  before?: number;
}

/**
 * `screenout minor "本调查仅面向成年人。" en: "This survey is for adults only." when age < 18`:
 * ends the survey with the message when the condition holds at this point.
 */
export interface ScreenOutDecl extends NodeBase {
  kind: 'ScreenOut';
  id?: Identifier;
  message?: Text;
  when?: Expr;
  whenRange?: TextRange;
  /** Index in its section's `questions` of the first question after it (sections only). */
  before?: number;
}

/** `end happy "谢谢您的支持!" en: "Thank you!" when overall >= 4`: an end screen. */
export interface EndDecl extends NodeBase {
  kind: 'End';
  id?: Identifier;
  text?: Text;
  when?: Expr;
  whenRange?: TextRange;
}

/** `shuffle brands { section a … section b … }`: sections shown in random order. */
export interface ShuffleDecl extends NodeBase {
  kind: 'Shuffle';
  id?: Identifier;
  sections: SectionDecl[];
}

export type SectionFlowMember = PageDecl | ScreenOutDecl;
