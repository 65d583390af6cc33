// The typed result of `survey analyze`: everything a report (HTML, Markdown, JSON)
// prints, computed once by the engine. The report renderer (src/report/) reads only
// this type, so every number, label and method note it shows is here. Values are
// unrounded; the renderer rounds for display. Field order is fixed and no field holds
// a timestamp or an absolute path, so the JSON form is deterministic.

/** Text in each of the survey's languages, e.g. { zh: '满意度', en: 'Satisfaction' }. */
export type Labels = Record<string, string>;

export const RESULT_FORMAT = 'survey-result/1';

export interface AnalysisResult {
  format: typeof RESULT_FORMAT;
  survey: { id: string; version?: string; title: Labels; languages: string[]; defaultLanguage: string };
  /** The files read, in the order given (paths as given on the command line). */
  inputs: InputSummary[];
  counts: Counts;
  /** Responses that failed the response schema (or could not be read as a response): never analysed. */
  invalid: InvalidResponse[];
  /** Valid responses removed by a quality rule, each with the first rule that removed it. */
  excluded: ExcludedResponse[];
  /** Each declared quality rule with how many responses it removed. */
  quality: QualityRuleResult[];
  /** Each screen-out with how many responses it ended (surveys with screen-outs only). */
  screenOuts?: Array<{ id: string; count: number }>;
  /** How each family of outputs is estimated; outputs refer to these by `estimator`. */
  estimators: EstimatorNote[];
  /** Design weights (and post-stratification) when the survey declares a stratified sample. */
  weighting?: Weighting;
  items: ItemStats[];
  scores: ScoreStats[];
  nps: NpsResult[];
  targets: TargetResult[];
  breakdowns: Breakdown[];
  top: TopResult[];
  alpha: AlphaResult[];
  drivers: DriversResult[];
  ratios: RatioResult[];
  responseRates?: ResponseRates;
  waves?: WaveComparison;
  /** Open (free-text) answers of the analysed responses: counts and a random sample to read. */
  texts?: TextAnswers[];
  /** Problems that did not stop the analysis (a request that could not be computed, too few cases). */
  notes: Note[];
  /** Repeat groups: how many instances the analysed responses have (surveys with repeat groups only). */
  rosters?: RosterSummary[];
}

/** A repeat group's instances in the analysed responses, and how many each response has. */
export interface RosterSummary {
  id: string;
  label: Labels;
  /** The enclosing group, for a nested one (its counts per response add up every enclosing instance). */
  parent?: string;
  /** The long table's name in the analysis database. */
  table: string;
  instances: number;
  /** Analysed responses with at least one instance. */
  responses: number;
  /** Instances per analysed response: mean, least and most (responses without any counted as 0). */
  perResponse: { mean: number; min: number; max: number };
  /** How many analysed responses have 0, 1, 2, … instances. */
  distribution: Array<{ instances: number; responses: number }>;
}

export interface InputSummary {
  file: string;
  format: 'json' | 'jsonl' | 'csv' | 'xlsx' | 'parquet';
  rows: number;
  /** Wave label when given with --wave (the file name without extension by default). */
  wave?: string;
}

export interface Counts {
  /** Rows/responses read from all inputs of the analysed wave. */
  received: number;
  invalid: number;
  excluded: number;
  /** Valid responses that ended at a screen-out (surveys with screen-outs only): counted, never analysed. */
  screenedOut?: number;
  /** received − invalid − screenedOut − excluded: the responses every statistic below is based on. */
  analysed: number;
}

/** Where a response came from: the file and the 1-based row (CSV/Excel: the data row after the header, JSON Lines: the line, one JSON file: 1). */
export interface SourceRef {
  file: string;
  row: number;
  responseId?: string;
}

export interface InvalidResponse extends SourceRef {
  /** One entry per problem: the answer path (e.g. `/answers/overall`) and what is wrong. */
  reasons: Array<{ path: string; message: string }>;
}

export interface ExcludedResponse extends SourceRef {
  rule: QualityRuleRef;
  /** The measured value that broke the rule, in English and Chinese, e.g. { en: "duration 8 s < 10 s", zh: "用时 8 秒 < 10 秒" }. */
  detail: Labels;
}

export type QualityRuleRef =
  | { kind: 'answered'; op: string; value: number }
  | { kind: 'duration'; op: string; seconds: number }
  | { kind: 'straightline'; target: string }
  | { kind: 'attention'; question: string; expected: string | number }
  | { kind: 'when'; condition: string };

export interface QualityRuleResult {
  rule: QualityRuleRef;
  /** How the rule is applied (missing codes, reverse-coded rows, unanswered items). */
  method: Labels;
  excluded: number;
}

export interface EstimatorNote {
  id: EstimatorId;
  /** What the estimator is, in English and Chinese (the report prints the survey's language). */
  text: Labels;
}

export type EstimatorId =
  | 'mean-unweighted'
  | 'mean-stratified'
  | 'proportion-unweighted'
  | 'proportion-stratified'
  | 'nps-unweighted'
  | 'nps-stratified'
  | 'ratio-unweighted'
  | 'ratio-stratified'
  | 'alpha'
  | 'drivers'
  | 'welch-t'
  | 'two-proportion-z'
  | 'response-rate'
  | 'mean-clustered'
  | 'mean-clustered-stratified';

/** A point estimate with its standard error and a two-sided interval at `level`. */
export interface Estimate {
  estimate: number;
  se: number;
  ci: [number, number];
  level: number;
}

export interface Weighting {
  stratification: string;
  /** The hidden variable whose codes are the strata ids. */
  variable: string;
  strata: Array<{
    id: string;
    label?: Labels;
    /** Population size N_h from the sample plan. */
    size: number;
    /** Analysed responses m_h in the stratum. */
    responses: number;
    /** Design weight N_h / m_h (before post-stratification). */
    weight: number;
  }>;
  /** Responses whose stratum value is missing or unknown: not analysed with weights (listed in notes). */
  unassigned: number;
  postStratified?: { variable: string; totals: Array<{ id: string; total: number; weightedBefore: number; factor: number }> };
  /** Kish design effect due to weighting and the effective sample size. */
  deff: number;
  effectiveN: number;
  fpc: boolean;
}

export interface Distribution {
  value: number | string;
  label?: Labels;
  /** True for a missing ("don't know") code: counted here, never in a mean. */
  missingCode?: boolean;
  count: number;
  /** count / (substantive answers); for a missing code, count / (all answers). */
  share: number;
  /** Weighted share when the survey is weighted. */
  weightedShare?: number;
  /**
   * For an option offered to only some respondents (`offeredWhen`: a choice filter or a
   * carry-forward): how many answered the question and were offered it. `share` and
   * `weightedShare` are then of these respondents, not of all who answered.
   */
  offeredTo?: number;
}

export interface ItemStats {
  variable: string;
  label: Labels;
  section?: string;
  tags?: string[];
  type: string;
  scale?: string;
  range?: [number, number];
  reverse?: boolean;
  /** Substantive answers (missing codes and unanswered left out). */
  n: number;
  /** Answers with a missing code. */
  missingCode: number;
  /** Analysed responses without an answer (skipped, hidden or optional). */
  unanswered: number;
  /** Unweighted mean and SD (n − 1 denominator). */
  mean?: number;
  sd?: number;
  min?: number;
  max?: number;
  /** The estimate of the population mean with SE and interval (weighted when the survey is). */
  estimate?: Estimate;
  estimator: EstimatorId;
  /** Mean on 0–100 (POMP) for scale items. */
  pomp?: number;
  distribution: Distribution[];
  /** Share answering the top 2 points of the scale (rating items; direction-aware; a reverse-coded item: its 2 lowest codes). */
  top2Box?: Estimate & { count: number };
  /** A repeat group's question: counts and statistics are over its instances (n instances answered), not over respondents. */
  roster?: string;
}

export interface ScoreStats {
  id: string;
  label: Labels;
  range?: [number, number];
  /** Computed over all respondents (NPS, top-box, share) rather than per respondent. */
  aggregate: boolean;
  /** Respondents with a score (the missing policy met); for aggregate scores the valid answers. */
  n: number;
  /** Respondents whose score is missing under the declared policy. */
  notComputed: number;
  /** The policy in English and Chinese, e.g. "all 3 items answered" / "at least 4 of 6 items answered; …". */
  missingPolicy: Labels;
  mean?: number;
  sd?: number;
  min?: number;
  max?: number;
  estimate?: Estimate;
  estimator: EstimatorId;
}

export interface NpsResult {
  /** The score id when declared as `score x = nps(q)`, else the item. */
  id: string;
  variable: string;
  label: Labels;
  n: number;
  promoters: { count: number; share: number };
  passives: { count: number; share: number };
  detractors: { count: number; share: number };
  /** NPS on −100..100 with SE and interval. */
  nps: Estimate;
  estimator: EstimatorId;
}

export interface TargetResult {
  subject: string;
  kind: 'score' | 'response-rate';
  label?: Labels;
  op: string;
  value: number;
  estimate?: Estimate;
  /** met / missed on the point estimate; `unknown` when it could not be computed. */
  status: 'met' | 'missed' | 'unknown';
  /** Whether the whole interval is on the same side as the estimate ("clear") or straddles the target. */
  certainty?: 'clear' | 'within-interval';
  reason?: string;
}

export interface BreakdownCell {
  /** An item, a score, or for tag/section groups the group itself (index of its items on 0–100). */
  subject: string;
  subjectKind: 'item' | 'score' | 'group';
  n: number;
  mean?: number;
  sd?: number;
  estimate?: Estimate;
}

export interface Breakdown {
  by: { kind: 'tag' | 'section' | 'stratification' | 'variable'; id: string; label?: Labels };
  groups: Array<{
    key: string;
    label: Labels;
    /** Respondents in the group (stratification/variable) or items in the group (tag/section). */
    n: number;
    items?: string[];
    cells: BreakdownCell[];
  }>;
}

export interface TopResult {
  name: string;
  kind: 'items' | 'options';
  count: number;
  condition?: { op: string; value: number };
  rankBy: string;
  entries: Array<{ id: string; label: Labels; count: number; n: number; share: number; reverse?: boolean }>;
}

export interface AlphaResult {
  subject: string;
  label?: Labels;
  items: string[];
  reversed: string[];
  missing: 'listwise';
  /** Complete cases used. */
  n: number;
  alpha?: number;
  standardizedAlpha?: number;
  itemTotal: Array<{ item: string; alphaIfDeleted?: number; correctedItemTotal?: number }>;
}

export interface DriversResult {
  outcome: string;
  label?: Labels;
  /** Complete cases used (listwise). */
  n: number;
  rSquared?: number;
  drivers: Array<{
    variable: string;
    label: Labels;
    reverse?: boolean;
    correlation?: number;
    beta?: number;
    /** Performance: mean on 0–100 (POMP). */
    performance?: number;
    /** Importance used for the quadrant: the correlation with the outcome. */
    importance?: number;
    quadrant?: 'strength' | 'improve' | 'maintain' | 'low-priority';
  }>;
  /** The split lines of the quadrant: the means of importance and performance over the drivers. */
  split?: { importance: number; performance: number };
}

export interface RatioResult {
  id: string;
  label: Labels;
  numerator: string;
  denominator: string;
  n: number;
  /** Ratio of means ȳ / x̄ with linearisation SE (R survey's svyratio). */
  ratio?: Estimate;
  /** Mean of the per-respondent ratios. */
  meanOfRatios?: number;
  /** Mean numerator − mean denominator (the gap). */
  gap?: number;
  estimator: EstimatorId;
}

export interface ResponseRates {
  source: 'sample' | 'invited-file' | 'none';
  overall: { invited?: number; received: number; valid: number; analysed: number; rate?: number };
  strata: Array<{
    stratification: string;
    id: string;
    label?: Labels;
    invited?: number;
    received: number;
    analysed: number;
    rate?: number;
  }>;
}

export interface WaveComparison {
  waves: Array<{ label: string; files: string[]; analysed: number }>;
  changes: Array<{
    subject: string;
    subjectKind: 'item' | 'score' | 'top2box' | 'nps';
    label: Labels;
    /** One estimate per wave, in wave order. */
    values: Array<{ wave: string; n: number; estimate?: number; sd?: number }>;
    /** Last wave minus the wave before it (the pair the test compares). */
    change?: number;
    test: 'welch-t' | 'two-proportion-z';
    statistic?: number;
    df?: number;
    p?: number;
    significant?: boolean;
  }>;
  alpha: number;
}

/**
 * The answers to one open question (or one option's "please specify" text). Free text is
 * untrusted input from respondents: renderers escape it and never interpret it.
 */
export interface TextAnswers {
  variable: string;
  label: Labels;
  /** Analysed responses with a non-empty answer. */
  answered: number;
  /**
   * At most `AnalyzeOptions.textSample` (20) answers, a uniform random sample (reservoir
   * sampling with a fixed seed: the same data give the same sample), in file order.
   */
  sample: Array<SourceRef & { text: string }>;
}

export interface Note {
  severity: 'info' | 'warning';
  message: string;
  subject?: string;
}
