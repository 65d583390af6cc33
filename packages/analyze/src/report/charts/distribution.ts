// One bar chart per item: the share of valid answers for each answer (seed 001's
// per-indicator bar charts, seed 002's "how satisfied" split).
import type { UiStrings } from '../ui-strings.ts';
import type { ItemView } from '../view.ts';
import { percent, round } from '../format.ts';
import { chartId, short, type ChartSpec } from './spec.ts';
import { base, COLORS } from './theme.ts';

export function distributionChart(item: ItemView, index: number, ui: UiStrings): ChartSpec {
  const labels = item.distribution.map((d) => d.label || d.code);
  const shares = item.distribution.map((d) => round(d.share * 100, 1));
  const width = 480;
  const height = 260;
  return {
    id: chartId('distribution', index, item.name),
    title: `${ui.distribution}: ${item.label}`,
    description: `${ui.distribution}: ${item.label}. ${item.distribution.map((d) => `${d.label || d.code} ${percent(d.share)}`).join(', ')} (${ui.n} = ${item.n})`,
    width,
    height,
    option: {
      ...base(),
      grid: { left: 56, right: 24, top: 24, bottom: 56 },
      xAxis: {
        type: 'category',
        data: labels.map((l) => short(l, 14)),
        axisLabel: {
          interval: 0,
          color: COLORS.text,
          overflow: 'truncate',
          width: Math.floor((width - 80) / Math.max(labels.length, 1)) - 4,
        },
      },
      yAxis: { type: 'value', min: 0, max: 100, name: '%', axisLabel: { color: COLORS.muted } },
      series: [
        {
          type: 'bar',
          name: ui.share,
          data: shares,
          barMaxWidth: 48,
          label: { show: true, position: 'top', formatter: '{c}%', color: COLORS.text },
        },
      ],
    },
    table: {
      head: [ui.answer, ui.count, ui.share],
      rows: item.distribution.map((d) => [d.label || d.code, String(d.count), percent(d.share)]),
    },
  };
}
