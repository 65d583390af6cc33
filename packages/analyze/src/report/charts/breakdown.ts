// A breakdown as grouped bars: one group of bars per stratum / tag / hidden-variable
// value, one bar per measure (seed 000's 300-point index per customer group).
import type { UiStrings } from '../ui-strings.ts';
import type { BreakdownView } from '../view.ts';
import { fixed, round } from '../format.ts';
import { chartId, short, type ChartSpec } from './spec.ts';
import { base, COLORS } from './theme.ts';

export function breakdownChart(b: BreakdownView, index: number, ui: UiStrings): ChartSpec {
  return {
    id: chartId('breakdown', index),
    title: `${ui.breakdowns}: ${b.by}`,
    description: `${ui.breakdowns}: ${b.by}. ${b.rows
      .map((r) => `${r.group} (${ui.n} = ${r.n}): ${b.measures.map((m, i) => `${m} ${fixed(r.values[i])}`).join(', ')}`)
      .join('; ')}`,
    width: 640,
    height: 300,
    option: {
      ...base(),
      legend: { bottom: 4, textStyle: { color: COLORS.text } },
      grid: { left: 56, right: 24, top: 24, bottom: 72 },
      xAxis: { type: 'category', data: b.rows.map((r) => short(r.group, 14)), axisLabel: { interval: 0, color: COLORS.text } },
      yAxis: { type: 'value', axisLabel: { color: COLORS.muted } },
      series: b.measures.map((m, i) => ({
        type: 'bar' as const,
        name: short(m, 24),
        barMaxWidth: 32,
        data: b.rows.map((r) => round(r.values[i])),
        label: { show: b.measures.length <= 3, position: 'top' as const, color: COLORS.text },
      })),
    },
    table: {
      head: [ui.group, ui.n, ...b.measures],
      rows: b.rows.map((r) => [r.group, String(r.n), ...r.values.map((v) => fixed(v))]),
    },
  };
}
