// Trends across waves (seed 003's quarterly forms, seed 001's line charts): one line
// per score or item on the view's common 0–100 axis, one point per wave.
import type { UiStrings } from '../ui-strings.ts';
import type { WaveView } from '../view.ts';
import { fixed, round } from '../format.ts';
import { chartId, short, type ChartSpec } from './spec.ts';
import { base, COLORS } from './theme.ts';

export function trendChart(w: WaveView, ui: UiStrings): ChartSpec {
  // Two legend entries per row at the bottom: room for every row below the x axis.
  const legendRows = Math.ceil(w.series.length / 2);
  return {
    id: chartId('trend', 0),
    title: ui.waves,
    description: `${ui.waves}: ${w.series.map((s) => `${s.label}: ${s.values.map((v, i) => `${w.waves[i]} ${fixed(v)}`).join(', ')}`).join('; ')}`,
    width: 640,
    height: 280 + 24 * legendRows,
    option: {
      ...base(),
      legend: { bottom: 4, textStyle: { color: COLORS.text } },
      grid: { left: 56, right: 32, top: 24, bottom: 48 + 24 * legendRows },
      xAxis: { type: 'category', data: w.waves.map((x) => short(x, 14)), axisLabel: { color: COLORS.text } },
      yAxis: { type: 'value', scale: true, axisLabel: { color: COLORS.muted } },
      series: w.series.map((s) => ({
        type: 'line' as const,
        name: short(s.label, 24),
        data: s.values.map((v) => round(v)),
        symbolSize: 8,
        label: { show: w.series.length <= 2, position: 'top' as const, color: COLORS.text },
      })),
    },
    table: {
      head: [ui.score, ...w.waves],
      rows: w.series.map((s) => [s.label, ...s.values.map((v) => fixed(v))]),
    },
  };
}
