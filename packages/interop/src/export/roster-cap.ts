// The `max` of a repeat group that a format must write itself: the one tighter than what
// its count already implies. A compiled group's `max` is its bound (the least of its
// written `max`, its number question's `max` and its loop's option count), so a bound
// the count implies needs nothing; a tighter one was written and must be carried.
import type { RosterDoc, SurveyIndex } from '../model.ts';

export function rosterCap(ix: SurveyIndex, r: RosterDoc): number | undefined {
  if (r.max === undefined || 'fixed' in r.count) return undefined;
  const src = ix.byId.get('from' in r.count ? r.count.from : r.count.each);
  const implied = !src ? undefined : 'from' in r.count ? (typeof src.max === 'number' ? src.max : undefined) : ix.options(src).length;
  return implied === undefined || r.max < implied ? r.max : undefined;
}
