// A score's range for hover and inlay hints: the compiler's interval arithmetic, the
// same function that fills the analysis configuration, so the two never disagree.
import { rangeOfScore, type CompileResult, type Interval } from '@survey/compiler';

export type { Interval };

export function scoreRange(result: CompileResult, scoreId: string): Interval | undefined {
  return result.survey ? rangeOfScore(result.survey, scoreId) : undefined;
}
