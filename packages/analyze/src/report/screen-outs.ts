// The rows a survey with screen-outs adds to the report's response counts: how many
// responses were screened out in all, then per screen-out. None for other surveys.
import { integer } from './format.ts';
import type { UiStrings } from './ui-strings.ts';
import type { ReportView } from './view.ts';

export function screenOutRows(view: ReportView, ui: UiStrings): string[][] {
  if (view.counts.screenedOut === undefined) return [];
  return [
    [ui.screenedOut, integer(view.counts.screenedOut)],
    ...(view.screenOuts ?? []).map((s) => [`${ui.screenedOut}: ${s.id}`, integer(s.count)]),
  ];
}
