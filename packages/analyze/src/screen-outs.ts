// Screened-out responses in the result: a survey with screen-outs reports how many valid
// responses each screen-out ended (every declared one, zero included). They are neither
// completes nor quality exclusions and enter no estimate; surveys without screen-outs get
// neither field.
import type { AnalysisDoc } from './config.ts';
import type { LoadOutcome } from './engine/load-table.ts';
import type { AnalysisResult } from './result.ts';

export function screenedOutCount(a: AnalysisDoc, load: Pick<LoadOutcome, 'screenedOut'>): { screenedOut?: number } {
  if (!a.flow?.screenOuts?.length) return {};
  return { screenedOut: Object.values(load.screenedOut).reduce((x, y) => x + y, 0) };
}

export function screenOutResults(a: AnalysisDoc, load: Pick<LoadOutcome, 'screenedOut'>): Pick<AnalysisResult, 'screenOuts'> {
  const declared = a.flow?.screenOuts ?? [];
  if (!declared.length) return {};
  return { screenOuts: declared.map((x) => ({ id: x.id, count: load.screenedOut[x.id] ?? 0 })) };
}
