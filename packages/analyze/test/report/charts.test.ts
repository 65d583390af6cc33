// Chart specs carry the view's numbers and labels (Chinese and English), and their
// data tables say the same thing in words.
import { describe, expect, it } from 'vitest';
import { reportCharts, allCharts } from '../../src/report/charts/index.ts';
import { uiStrings } from '../../src/report/ui-strings.ts';
import { enView, zhView } from './views.ts';

// biome-ignore lint/suspicious/noExplicitAny: the tests walk ECharts option objects of any shape
type AnyOption = Record<string, any>;

describe('chart specs (zh)', () => {
  const view = zhView();
  const c = reportCharts(view, uiStrings('zh'));

  it('distribution bars: one per item, shares in percent, Chinese answer labels', () => {
    expect(c.distributions.map((d) => d.id)).toEqual(['distribution-1-experience', 'distribution-2-delivery']);
    const o = c.distributions[0].option as AnyOption;
    expect(o.xAxis.data).toEqual(['非常不满意', '不满意', '一般', '满意', '非常满意']);
    expect(o.series[0].data).toEqual([2.5, 5.6, 13.8, 38.1, 40]);
    expect(c.distributions[0].table.rows[4]).toEqual(['非常满意', '64', '40.0%']);
    expect(c.distributions[0].title).toBe('答案分布: 您对本次购物体验的满意度如何?');
  });

  it('NPS bar: detractors, passives, promoters stacked to 100%, NPS in the label', () => {
    const o = c.nps!.option as AnyOption;
    expect(o.series.map((s: AnyOption) => s.name)).toEqual(['贬损者', '中立者', '推荐者']);
    expect(o.series.map((s: AnyOption) => s.data[0])).toEqual([10, 27.5, 62.5]);
    expect(o.yAxis.data[0]).toBe('净推荐值\nNPS 52.5');
    expect(c.nps!.table.rows[0]).toEqual(['净推荐值', '160', '10.0%', '27.5%', '62.5%', '52.5']);
  });

  it('targets: one axis per target on its own range, target line, interval segment, met/missed', () => {
    const o = c.targets!.option as AnyOption;
    expect(o.xAxis.map((a: AnyOption) => [a.min, a.max])).toEqual([
      [0, 100],
      [-100, 100],
      [0, 100],
    ]);
    expect(o.series[0].data[0].value).toBe(78.44);
    expect(o.series[0].markLine.data[0].xAxis).toBe(90);
    expect(o.series[0].markLine.data[1]).toEqual([expect.objectContaining({ coord: [75.1, 0] }), { coord: [81.78, 0] }]);
    expect(o.series[0].label.formatter).toBe('未达成 {c}');
    expect(o.series[1].label.formatter).toBe('达成 {c}');
    expect(c.targets!.table.rows).toEqual([
      ['满意度得分(0–100)', '>= 90.00', '78.44', '[75.10, 81.78]', '未达成'],
      ['净推荐值', '>= 50.00', '52.50', '[44.20, 60.80]', '达成'],
      ['回收率', '>= 80.00%', '80.00%', '[80.00%, 80.00%]', '达成'],
    ]);
  });

  it('TOP-N: largest share first, numbered', () => {
    const o = c.top[0].option as AnyOption;
    expect(o.yAxis.data).toEqual(['1. 配送', '2. 售后', '3. 产品']);
    expect(o.series[0].data).toEqual([17.5, 8.1, 5]);
  });

  it('driver quadrant: importance × performance (0–100), split where the result says', () => {
    const o = c.drivers[0].option as AnyOption;
    expect(o.series[0].data[0]).toEqual({ name: '配送速度', value: [0.61, 67] });
    expect(o.series[0].markLine.data).toEqual([{ xAxis: 0.44 }, { yAxis: 73.69 }]);
    expect(c.drivers[0].table.rows[0]).toEqual(['配送速度', '0.610', '67.00', '优先改进(重要但表现差)']);
    expect(o.xAxis.name).toBe('重要性');
  });

  it('breakdown by customer group and the wave trend', () => {
    expect((c.breakdowns[0].option as AnyOption).series[0].data).toEqual([84.2, 78.75, 71.4]);
    const t = c.trend!.option as AnyOption;
    expect(t.xAxis.data).toEqual(['2025 Q1', '2025 Q2', '2025 Q3', '2025 Q4']);
    expect(t.series[0].data).toEqual([72.5, 74.1, 76.9, 78.44]);
  });

  it('ids are unique and file-safe', () => {
    const ids = allCharts(c).map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});

describe('chart specs (en)', () => {
  const c = reportCharts(enView(), uiStrings('en'));

  it('English words and survey labels; a response-rate target in percent', () => {
    expect(c.nps).toBeNull();
    expect(c.trend).toBeNull();
    expect(c.targets!.table.rows[1]).toEqual(['Response rate', '>= 50.00%', '41.50%', '[41.50%, 41.50%]', 'Missed']);
    expect((c.targets!.option as AnyOption).xAxis[1].axisLabel.formatter).toBe('{value}%');
    expect((c.distributions[0].option as AnyOption).xAxis.data[0]).toBe('Strongly disa…');
    expect(c.distributions[0].table.rows[0][0]).toBe('Strongly disagree');
    expect(c.drivers[0].title).toBe('Importance × performance: Overall rating');
  });
});
