// What the report shows, with every survey label already resolved to the report's
// language. The HTML, Markdown and chart code read only this, so they do not depend
// on the shape of AnalysisResult; from-result.ts is the one place that maps a result
// onto it (and derives whatever the result does not carry directly).
//
// Numbers stay unrounded here; the renderers format them. `null` means "not
// computable" (e.g. no valid answers) and prints as a dash, never as 0.

export type Interval = [number, number];

export interface TargetView {
  label: string;
  op: string;
  /** The threshold, in the same unit as `estimate`. */
  value: number;
  estimate: number | null;
  interval: Interval | null;
  /** null when the estimate is not computable. */
  met: boolean | null;
  /** The axis range the estimate lives on (e.g. [0, 100], [-100, 100], [0, 300]). */
  range: Interval;
  /** '%' for rates shown as percentages, '' otherwise. */
  unit: string;
}

export interface CountsView {
  received: number;
  invalid: number;
  excluded: number;
  /** Ended at a screen-out (surveys with screen-outs only). */
  screenedOut?: number;
  analysed: number;
}

export interface ExclusionView {
  id: string;
  /** Where the response came from ("file:row"), empty when the id already says it. */
  source: string;
  rule: string;
  /** The measured value that broke the rule. */
  detail: string;
}

export interface QualityRuleView {
  rule: string;
  method: string;
  excluded: number;
}

export interface InvalidView {
  file: string;
  row: number | null;
  reason: string;
}

export interface DistributionEntry {
  code: string;
  label: string;
  count: number;
  /** Share of the item's valid answers, 0..1. */
  share: number;
}

export interface ItemView {
  name: string;
  label: string;
  n: number;
  mean: number | null;
  sd: number | null;
  /** Top-2-box share, 0..1; null for items without an ordered scale. */
  top2: number | null;
  distribution: DistributionEntry[];
}

export interface ScoreView {
  id: string;
  label: string;
  n: number;
  /** The population estimate (weighted when the survey is); null when not computed. */
  estimate: number | null;
  mean: number | null;
  sd: number | null;
  interval: Interval | null;
  range: Interval;
}

export interface NpsView {
  id: string;
  label: string;
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** -100..100. */
  nps: number | null;
  interval: Interval | null;
}

export interface TopView {
  name: string;
  title: string;
  rows: Array<{ label: string; count: number; n: number; share: number }>;
}

export interface DriverRow {
  label: string;
  correlation: number | null;
  beta: number | null;
  /** The "importance" axis of the quadrant; the correlation when not given. */
  importance?: number | null;
  /** The item's mean (0–100 when from a result), the "performance" axis of the quadrant. */
  performance: number | null;
  /** Which quadrant, in words; empty when not given. */
  quadrant?: string;
}

export interface DriversView {
  outcome: string;
  /** Where the quadrant is split; the averages of the points when not given. */
  split?: { importance: number; performance: number } | null;
  rows: DriverRow[];
  /** R² of the standardised regression, when computed. */
  r2: number | null;
}

export interface BreakdownView {
  /** What the groups are (a stratification, a tag set, a hidden variable). */
  by: string;
  /** Column headers: the measures shown for each group (scores, items). */
  measures: string[];
  rows: Array<{ group: string; n: number; values: Array<number | null> }>;
}

export interface ResponseRateView {
  stratum: string;
  invited: number | null;
  /** Responses received (before validation and quality rules). */
  completed: number;
  /** Analysed responses: the numerator of the rate. */
  analysed: number;
  rate: number | null;
}

export interface AlphaView {
  label: string;
  items: number;
  n: number;
  alpha: number | null;
}

export interface RatioView {
  label: string;
  estimate: number | null;
  interval: Interval | null;
}

export interface WaveView {
  /** Wave names in order. */
  waves: string[];
  series: Array<{ label: string; values: Array<number | null> }>;
  changes: Array<{ label: string; from: string; to: string; change: number | null; p: number | null }>;
}

/** One open question's answers: free text from respondents, untrusted (renderers escape it). */
export interface TextView {
  label: string;
  /** Analysed responses that answered. */
  answered: number;
  /** The sampled answers as shown: control characters replaced, long ones shortened with "…". */
  answers: string[];
}

/** "3 of 23 answers, drawn at random", or "23 answers" when all are shown. */
export function textCount(t: TextView, ui: { textSample: string; textAll: string }, integer: (x: number) => string): string {
  const template = t.answers.length < t.answered ? ui.textSample : ui.textAll;
  return template.replace('{n}', integer(t.answered)).replace('{k}', integer(t.answers.length));
}

export interface ReportView {
  /** BCP 47 tag of the report's language. */
  language: string;
  surveyId: string;
  title: string;
  targets: TargetView[];
  counts: CountsView;
  /** Each screen-out with how many responses it ended (surveys with screen-outs only). */
  screenOuts?: Array<{ id: string; count: number }>;
  exclusions: ExclusionView[];
  /** Each quality rule with how it is applied and how many responses it removed. */
  quality: QualityRuleView[];
  invalid: InvalidView[];
  items: ItemView[];
  scores: ScoreView[];
  nps: NpsView[];
  top: TopView[];
  drivers: DriversView[];
  breakdowns: BreakdownView[];
  responseRates: ResponseRateView[];
  alphas: AlphaView[];
  ratios: RatioView[];
  waves: WaveView | null;
  texts: TextView[];
  /** Estimator notes as printed (which estimator, SD denominator, missing handling ...). */
  notes: string[];
  /** Problems that did not stop the analysis (a request not computable, too few cases). */
  warnings: string[];
}
