// TOP-N most dissatisfied (seed 002's TOP 3 complaints): the share of answers that
// meet the request's condition, largest first.
import type { UiStrings } from '../ui-strings.ts';
import type { TopView } from '../view.ts';
import { percent, round } from '../format.ts';
import { chartId, short, type ChartSpec } from './spec.ts';
import { base, COLORS } from './theme.ts';

export function topChart(top: TopView, index: number, ui: UiStrings): ChartSpec {
  return {
    id: chartId('top', index, top.name),
    title: top.title,
    description: `${top.title}: ${top.rows.map((r, i) => `${i + 1}. ${r.label} ${percent(r.share)}`).join(', ')}`,
    width: 640,
    height: 64 + 40 * Math.max(top.rows.length, 1),
    option: {
      ...base(),
      grid: { left: 200, right: 56, top: 16, bottom: 32 },
      xAxis: { type: 'value', min: 0, axisLabel: { formatter: '{value}%', color: COLORS.muted } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: top.rows.map((r, i) => `${i + 1}. ${short(r.label, 20)}`),
        axisLabel: { color: COLORS.text, width: 188, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: top.title,
          color: COLORS.missed,
          barMaxWidth: 24,
          data: top.rows.map((r) => round(r.share * 100, 1)),
          label: { show: true, position: 'right', formatter: '{c}%', color: COLORS.text },
        },
      ],
    },
    table: {
      head: ['#', ui.item, ui.count, ui.n, ui.share],
      rows: top.rows.map((r, i) => [String(i + 1), r.label, String(r.count), String(r.n), percent(r.share)]),
    },
  };
}
