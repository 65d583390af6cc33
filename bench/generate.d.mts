// Types for bench/generate.mjs, so the TypeScript tests can use the generator.
export interface Rng {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(arr: readonly T[]): T;
  chance(p: number): boolean;
}
export function rng(seed: number): Rng;

export interface GenerateOptions {
  /** Number of questions (matrix rows not counted). Default 500. */
  questions?: number;
  seed?: number;
  /** Put `//` comments in the text. Default true. */
  comments?: boolean;
  /** Bilingual zh + en texts. Default true. */
  english?: boolean;
}

export interface GeneratedSurvey {
  id: string;
  text: string;
  /** The same survey as a plain object (the bench's stand-in for the compiled JSON). */
  data: Record<string, unknown>;
  questions: number;
}

export function generateSurvey(options?: GenerateOptions): GeneratedSurvey;
