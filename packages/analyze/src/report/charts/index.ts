// Every chart of a report, in the order the report shows them, grouped by section so
// the HTML and Markdown renderers place each one beside its table.
import type { UiStrings } from '../ui-strings.ts';
import type { ReportView } from '../view.ts';
import { breakdownChart } from './breakdown.ts';
import { distributionChart } from './distribution.ts';
import { driversChart } from './drivers.ts';
import { npsChart } from './nps.ts';
import type { ChartSpec } from './spec.ts';
import { targetsChart } from './targets.ts';
import { topChart } from './top.ts';
import { trendChart } from './trends.ts';

export interface ReportCharts {
  targets: ChartSpec | null;
  nps: ChartSpec | null;
  distributions: ChartSpec[];
  top: ChartSpec[];
  drivers: ChartSpec[];
  breakdowns: ChartSpec[];
  trend: ChartSpec | null;
}

export function reportCharts(view: ReportView, ui: UiStrings): ReportCharts {
  return {
    targets: view.targets.length ? targetsChart(view.targets, ui) : null,
    nps: view.nps.length ? npsChart(view.nps, ui) : null,
    distributions: view.items.filter((i) => i.distribution.length > 0).map((item, i) => distributionChart(item, i, ui)),
    top: view.top.filter((t) => t.rows.length > 0).map((t, i) => topChart(t, i, ui)),
    drivers: view.drivers.filter((d) => d.rows.length > 0).map((d, i) => driversChart(d, i, ui)),
    breakdowns: view.breakdowns.filter((b) => b.rows.length > 0).map((b, i) => breakdownChart(b, i, ui)),
    trend: view.waves && view.waves.waves.length > 1 && view.waves.series.length ? trendChart(view.waves, ui) : null,
  };
}

export function allCharts(c: ReportCharts): ChartSpec[] {
  return [c.targets, c.nps, ...c.distributions, ...c.top, ...c.drivers, ...c.breakdowns, c.trend].filter((x): x is ChartSpec => x !== null);
}
