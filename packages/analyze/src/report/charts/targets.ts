// Targets against estimates: one row per target, each on its own axis (a 0–100
// score, an NPS from -100, a 300-point index and a response rate cannot share one),
// the estimate as a bar coloured by met/missed, the interval as a segment and the
// target as a dashed line (seed 002's satisfaction >= 90 and NPS >= 50).
import type { MarkLineComponentOption } from 'echarts';
import type { UiStrings } from '../ui-strings.ts';
import type { TargetView } from '../view.ts';
import { fixed, interval, round } from '../format.ts';
import { chartId, short, type ChartSpec } from './spec.ts';
import { base, COLORS } from './theme.ts';

const ROW = 78;
const TOP = 16;

export function status(t: TargetView, ui: UiStrings): string {
  return t.met === null ? ui.unknown : t.met ? ui.met : ui.missed;
}

type MarkLineData = NonNullable<MarkLineComponentOption['data']>;

/** The interval as a line segment on the estimate's row. */
function segment(t: TargetView): MarkLineData {
  if (!t.interval) return [];
  return [
    [
      { coord: [round(t.interval[0]), 0], lineStyle: { color: COLORS.text, type: 'solid', width: 2 }, label: { show: false } },
      { coord: [round(t.interval[1]), 0] },
    ],
  ];
}

export function targetsChart(targets: TargetView[], ui: UiStrings): ChartSpec {
  const grids = targets.map((_, i) => ({ left: 180, right: 40, top: TOP + i * ROW, height: ROW - 46 }));
  return {
    id: chartId('targets', 0),
    title: ui.targetsChart,
    description: `${ui.targetsChart}: ${targets
      .map((t) => `${t.label} ${fixed(t.estimate)}${t.unit} (${ui.target} ${t.op} ${fixed(t.value)}${t.unit}, ${status(t, ui)})`)
      .join('; ')}`,
    width: 640,
    height: TOP + ROW * targets.length + 8,
    option: {
      ...base(),
      grid: grids,
      xAxis: targets.map((t, i) => ({
        type: 'value' as const,
        gridIndex: i,
        min: t.range[0],
        max: t.range[1],
        axisLabel: { color: COLORS.muted, formatter: t.unit ? `{value}${t.unit}` : '{value}' },
      })),
      yAxis: targets.map((t, i) => ({
        type: 'category' as const,
        gridIndex: i,
        data: [short(t.label, 22)],
        axisLabel: { color: COLORS.text, width: 168, overflow: 'truncate' as const },
      })),
      series: targets.map((t, i) => ({
        type: 'bar' as const,
        name: t.label,
        xAxisIndex: i,
        yAxisIndex: i,
        barWidth: 18,
        data: [
          {
            value: round(t.estimate),
            itemStyle: { color: t.met === null ? COLORS.passives : t.met ? COLORS.met : COLORS.missed },
          },
        ],
        label: {
          show: true,
          position: 'insideLeft' as const,
          formatter: `${status(t, ui)} {c}${t.unit}`,
          color: '#ffffff',
          fontWeight: 'bold' as const,
        },
        markLine: {
          symbol: ['none', 'none'],
          silent: true,
          data: [
            {
              xAxis: round(t.value),
              lineStyle: { color: COLORS.target, type: 'dashed' as const, width: 2 },
              label: { formatter: `${ui.target} ${t.op} ${fixed(t.value)}${t.unit}`, color: COLORS.text, position: 'end' as const },
            },
            ...segment(t),
          ],
        },
      })),
    },
    table: {
      head: [ui.targets, ui.target, ui.estimate, ui.interval, ui.status],
      rows: targets.map((t) => [
        t.label,
        `${t.op} ${fixed(t.value)}${t.unit}`,
        `${fixed(t.estimate)}${t.unit}`,
        interval(t.interval, 2, t.unit),
        status(t, ui),
      ]),
    },
  };
}
