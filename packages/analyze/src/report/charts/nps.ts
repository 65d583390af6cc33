// The NPS bar: one 100% stacked bar per NPS question, detractors / passives /
// promoters, with the NPS value in the axis label (seed 002's NPS >= 50).
import type { UiStrings } from '../ui-strings.ts';
import type { NpsView } from '../view.ts';
import { fixed, percent, round } from '../format.ts';
import { chartId, short, type ChartSpec } from './spec.ts';
import { base, COLORS } from './theme.ts';

const share = (part: number, n: number) => (n > 0 ? part / n : null);

export function npsChart(all: NpsView[], ui: UiStrings): ChartSpec {
  const parts = [
    { name: ui.detractors, key: 'detractors', color: COLORS.detractors },
    { name: ui.passives, key: 'passives', color: COLORS.passives },
    { name: ui.promoters, key: 'promoters', color: COLORS.promoters },
  ] as const;
  const categories = all.map((v) => `${short(v.label, 18)}\nNPS ${fixed(v.nps, 1)}`);
  return {
    id: chartId('nps', 0),
    title: ui.nps,
    description: `${ui.nps}: ${all
      .map((v) => `${v.label} NPS ${fixed(v.nps, 1)}; ${parts.map((p) => `${p.name} ${percent(share(v[p.key], v.n))}`).join(', ')}`)
      .join('. ')}`,
    width: 640,
    height: 110 + 56 * all.length,
    option: {
      ...base(),
      legend: { bottom: 8, textStyle: { color: '#1b1b1f' } },
      grid: { left: 160, right: 24, top: 16, bottom: 64 },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%', color: COLORS.muted } },
      yAxis: { type: 'category', data: categories, inverse: true, axisLabel: { color: COLORS.text } },
      series: parts.map((p) => ({
        type: 'bar' as const,
        name: p.name,
        stack: 'nps',
        color: p.color,
        barMaxWidth: 36,
        data: all.map((v) => round((share(v[p.key], v.n) ?? 0) * 100, 1)),
        label: { show: true, formatter: '{c}%', color: '#ffffff', fontWeight: 'bold' as const },
      })),
    },
    table: {
      head: [ui.score, ui.n, ui.detractors, ui.passives, ui.promoters, ui.nps],
      rows: all.map((v) => [
        v.label,
        String(v.n),
        percent(share(v.detractors, v.n)),
        percent(share(v.passives, v.n)),
        percent(share(v.promoters, v.n)),
        fixed(v.nps, 1),
      ]),
    },
  };
}
