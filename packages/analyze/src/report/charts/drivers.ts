// The key-driver quadrant (seed 004's factor-importance model): importance (the
// correlation with the outcome, or the standardised weight when no correlation is
// given) across, performance (the item's mean) up, split at the two averages, so the
// items to fix first sit bottom right (important, weak).
import type { UiStrings } from '../ui-strings.ts';
import type { DriverRow, DriversView } from '../view.ts';
import { fixed, round } from '../format.ts';
import { chartId, short, type ChartSpec } from './spec.ts';
import { base, COLORS } from './theme.ts';

export function importance(r: DriverRow): number | null {
  return r.importance ?? r.correlation ?? r.beta;
}

function average(xs: Array<number | null>): number | null {
  const v = xs.filter((x): x is number => x !== null && Number.isFinite(x));
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
}

export function driversChart(d: DriversView, index: number, ui: UiStrings): ChartSpec {
  const points = d.rows.filter((r) => importance(r) !== null && r.performance !== null);
  const ax = d.split ? d.split.importance : average(points.map(importance));
  const ay = d.split ? d.split.performance : average(points.map((r) => r.performance));
  return {
    id: chartId('drivers', index),
    title: `${ui.quadrant}: ${d.outcome}`,
    description: `${ui.quadrant} (${ui.outcome}: ${d.outcome}): ${d.rows
      .map((r) => `${r.label} ${ui.importance} ${fixed(importance(r))}, ${ui.performance} ${fixed(r.performance)}`)
      .join('; ')}`,
    width: 640,
    height: 400,
    option: {
      ...base(),
      grid: { left: 64, right: 40, top: 24, bottom: 56 },
      xAxis: { type: 'value', name: ui.importance, nameLocation: 'middle', nameGap: 30, scale: true, axisLabel: { color: COLORS.muted } },
      yAxis: { type: 'value', name: ui.performance, nameLocation: 'middle', nameGap: 44, scale: true, axisLabel: { color: COLORS.muted } },
      series: [
        {
          type: 'scatter',
          name: ui.driver,
          symbolSize: 12,
          data: points.map((r) => ({ name: short(r.label, 16), value: [round(importance(r), 3), round(r.performance, 2)] })),
          label: { show: true, position: 'right', formatter: '{b}', color: COLORS.text },
          markLine:
            ax === null || ay === null
              ? undefined
              : {
                  symbol: ['none', 'none'],
                  silent: true,
                  lineStyle: { color: COLORS.muted, type: 'dashed' },
                  label: { show: false },
                  data: [{ xAxis: round(ax, 3) }, { yAxis: round(ay, 2) }],
                },
        },
      ],
    },
    table: {
      head: [ui.driver, ui.importance, ui.performance, ui.quadrantColumn],
      rows: d.rows.map((r) => [r.label, fixed(importance(r), 3), fixed(r.performance), r.quadrant ?? '']),
    },
  };
}
