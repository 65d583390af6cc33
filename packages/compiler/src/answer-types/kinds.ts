// The answer types that hold no value an expression can compute with: a file, a location
// and a signature are answered or not, nothing else (answer-value.rule.ts, SVY2120).
import type { QuestionKind } from '../model.ts';

export const opaqueKinds: ReadonlySet<QuestionKind> = new Set<QuestionKind>(['file', 'geopoint', 'signature']);

/** How a message names an opaque answer: "a file upload", "a location", "a signature". */
export function opaqueKindName(kind: QuestionKind): string {
  return kind === 'file' ? 'a file upload' : kind === 'geopoint' ? 'a location (latitude, longitude)' : 'a signature';
}
