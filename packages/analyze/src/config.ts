// The parts of an analysis configuration (`<id>.analysis.json`, emitted by
// @survey/emitters) that the engine reads, as TypeScript types. Hidden variables
// (`source: "hidden"`), strata linked to a hidden variable and invited counts follow
// the contract of issue 10; sections (points, titles) come from the compiled survey.
import type { ExprJson } from '@survey/emitters';
import type { Labels } from './result.ts';

export type { ExprJson };

interface ValueLabel {
  value: number | string;
  label: Labels;
  missing?: boolean;
  /** Offered only while this holds (a choice filter or carry-forward). */
  offeredWhen?: ExprJson;
}

export interface VariableDoc {
  name: string;
  question?: string;
  section?: string;
  parent?: string;
  code?: string;
  source?: 'answer' | 'hidden';
  required?: boolean;
  type: 'ordinal' | 'nominal' | 'numeric' | 'text' | 'binary' | 'multi-response' | 'date' | 'ranking' | string;
  label?: Labels;
  scale?: string;
  range?: [number, number];
  direction?: 'ascending' | 'descending';
  reverse?: boolean;
  tags?: string[];
  valueLabels?: ValueLabel[];
  missingCodes?: Array<number | string>;
  shownWhen?: ExprJson;
  /** A repeat group's question: a column of that group's long table, one value per instance. */
  roster?: string;
}

interface GroupDoc {
  id: string;
  kind: 'matrix' | 'multi' | string;
  label?: Labels;
  scale?: string;
  items: string[];
  reversed?: string[];
}

export interface ScoreDoc {
  id: string;
  label?: Labels;
  expr: ExprJson;
  items?: string[];
  require: { kind: 'all' } | { kind: 'atLeast'; count: number } | { kind: string; count?: number };
  range?: [number, number];
  aggregate?: boolean;
}

interface TargetDoc {
  subject: string;
  kind: 'score' | 'response-rate' | string;
  op: string;
  value: number;
}

interface StratumDoc {
  id: string;
  size: number;
  completes?: number;
  weight?: number;
  invitations?: number;
  invited?: number;
  label?: Labels;
}

export interface StratificationDoc {
  stratification: string;
  variable?: string;
  method?: string;
  strata: StratumDoc[];
}

interface SampleDoc {
  population?: number;
  confidence?: number;
  z?: number;
  responseRate?: number;
  invitations?: number;
  invited?: number;
  allocation?: StratificationDoc;
  representation?: StratificationDoc[];
}

export type QualityDoc =
  | { kind: 'answered'; op: string; value: number }
  | { kind: 'duration'; op: string; seconds: number }
  | { kind: 'straightline'; target: string; items: string[]; reversed: string[] }
  | { kind: 'attention'; question: string; expected: string | number }
  | { kind: 'when'; condition: ExprJson };

export type RequestDoc =
  | { kind: 'items'; stats: string[]; variables: string[] }
  | { kind: 'breakdown'; by: BreakdownByDoc[] }
  | {
      kind: 'top';
      count: number;
      name: string;
      condition?: { op: string; value: number };
      rankBy: string;
      items?: string[];
      question?: string;
      options?: string[];
    }
  | { kind: 'drivers'; outcome: string; drivers: string[]; methods: string[] }
  | { kind: 'alpha'; subject: string; items: string[]; reversed: string[]; missing: string }
  | { kind: 'chart'; chart: string; subject: string; subjectKind: string; by?: string };

export type BreakdownByDoc =
  | { kind: 'tag'; tags: Record<string, string[]> }
  | { kind: 'stratification'; id: string; strata: string[] }
  | { kind: 'question'; id: string }
  | { kind: 'section'; id?: string };

/** A repeat group of analysis.json: its long table's keys and variables. */
export interface RosterDoc {
  id: string;
  label?: Labels;
  /** The enclosing repeat group, for a nested one. */
  parent?: string;
  /** The groups from the outermost to this one. */
  path?: string[];
  count?: { fixed?: number; from?: string; each?: string };
  variables: string[];
}

export interface AnalysisDoc {
  format: string;
  survey: { id: string; version?: string; title: Labels; languages: string[]; defaultLanguage: string };
  variables: VariableDoc[];
  groups: GroupDoc[];
  scores: ScoreDoc[];
  targets: TargetDoc[];
  sample?: SampleDoc;
  quality: QualityDoc[];
  requests: RequestDoc[];
  /** Repeat groups: each a long table of instances (rosters/ unnests them from the responses). */
  rosters?: RosterDoc[];
  /** Screen-outs, end screens and random order (flow-model in the compiler); absent when none. */
  flow?: FlowDoc;
}

/** What the analysis needs of the flow: the screen-outs, to count screened-out responses apart. */
interface FlowDoc {
  screenOuts?: Array<{ id: string; message: Labels }>;
  ends?: Array<{ id: string; text: Labels }>;
}

export interface SectionDoc {
  id: string;
  title?: Labels;
  points?: number;
  /** Answer variables of the section (matrix rows included). */
  variables: string[];
}

/** Everything the engine needs about one survey: the analysis configuration, the response schema and the sections. */
export interface SurveyInput {
  analysis: AnalysisDoc;
  schema: object;
  sections: SectionDoc[];
}
