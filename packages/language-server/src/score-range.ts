// A score's range as the analysis configuration states it: read from the emitters'
// analysis document, so the hover never disagrees with what analysts receive.
// Cached per compile; a survey the emitters cannot handle yet shows no range.
import { analysisDocument } from '@survey/emitters';
import type { CompileResult } from '@survey/compiler';

export type Interval = [number, number];

const cache = new WeakMap<CompileResult, Map<string, Interval>>();

export function scoreRange(result: CompileResult, scoreId: string): Interval | undefined {
  let ranges = cache.get(result);
  if (!ranges) {
    ranges = new Map();
    try {
      if (result.survey) {
        for (const s of analysisDocument(result.survey, result.binding).scores as Array<{ id: string; range?: Interval }>) {
          if (s.range) ranges.set(s.id, s.range);
        }
      }
    } catch {
      // Half-typed surveys may be beyond the emitters; the hover just omits the range.
    }
    cache.set(result, ranges);
  }
  return ranges.get(scoreId);
}
