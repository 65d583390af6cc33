// What a synthetic response set looks like for one example: how many respondents in
// which files, the answer distributions and how items hang together, the hidden
// values, the free texts, and how many responses are deliberately broken (schema
// violations), straight-lined or too fast for the quality rules to catch.
import type { Rng } from './prng.ts';

/** Probabilities of the scale points, lowest point first (they need not sum to 1). */
export type Marginal = number[];

interface TextPool {
  zh?: string[];
  en?: string[];
}

interface TextSpec {
  /** Chance that an optional text is filled in when shown. */
  p: number;
  /** Pools keyed by the code of this earlier answer ('*' when none matches). */
  by?: string;
  pools: Record<string, TextPool>;
}

export interface FileSpec {
  /** File name under examples/<example>/responses/. */
  name: string;
  format: 'jsonl' | 'json' | 'csv';
  /** CSV only: write code labels (in the response's language) instead of codes. */
  labels?: boolean;
  respondents: number;
  /** Added to every respondent's latent satisfaction (wave trends). */
  shift?: number;
  /** Fieldwork start, ISO date; responses are spread over `days`. */
  start: string;
  days: number;
  invalid: number;
  straightline: number;
  tooFast: number;
  /** Passed to `hidden` (e.g. the quarter of a wave file). */
  tag?: string;
}

export interface Profile {
  example: string;
  survey: string;
  seed: number;
  files: FileSpec[];
  /** Response languages with their weights; the survey's languages by default. */
  languages?: Array<[string, number]>;
  /** Marginal distribution per rating item (and the default for the others). */
  marginals: Record<string, Marginal>;
  defaultMarginal: Marginal;
  /** Loading of every rating item on the respondent's latent satisfaction. */
  loading: number;
  /** An outcome built from its drivers (key-driver analysis recovers the weights). */
  drivers?: { outcome: string; weights: Record<string, number>; r: number };
  /** Share of rating answers given as a missing code ("not applicable"), where the scale has one. */
  missingRate: number;
  /** Weights of the codes of single / multi choice questions (uniform otherwise). */
  choices?: Record<string, Record<string, number>>;
  texts: Record<string, TextSpec>;
  specifyTexts: TextPool;
  /** Hidden values of respondent i and a latent shift they imply (strata differ). */
  hidden: (r: Rng, i: number, file: FileSpec) => { values: Record<string, unknown>; shift?: number };
  /** Median completion time in seconds (log-normal around it). */
  medianSeconds: number;
  /** Numbers drawn by the profile (a household size, rooms for that size) instead of the generic spread over the range. */
  numbers?: Record<string, (r: Rng, answers: Record<string, unknown>) => number>;
  /**
   * Repeat groups (roster.ts): per group, what the profile decides of each instance (a
   * member's age and relationship, for a household of `count`); the generator answers
   * the rest in the instance's scope, following its conditions and choice filters.
   */
  instances?: Record<string, (r: Rng, count: number, answers: Record<string, unknown>, language: string) => Array<Record<string, unknown>>>;
  /** Where geopoint answers fall: a centre and a spread in degrees. */
  location?: { lat: number; lon: number; spread: number };
}
