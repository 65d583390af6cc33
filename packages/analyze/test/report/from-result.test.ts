// AnalysisResult → report: labels in the requested language (default: the survey's),
// rates as percentages, exclusions with their rule, estimator notes printed, and the
// three formats from renderReport with stable bytes.
import { describe, expect, it } from 'vitest';
import { renderReport, toView } from '../../src/index.ts';
import { shown } from '../../src/report/from-result.ts';
import { enResult, zhResult } from './results.ts';

describe('toView', () => {
  it('uses the survey default language, or the one asked for', () => {
    expect(toView(zhResult()).title).toBe('购物体验即时评价');
    const en = toView(zhResult(), 'en');
    expect(en.title).toBe('Instant feedback on your purchase');
    expect(en.items[0].distribution.map((d) => d.label)).toEqual([
      'Very dissatisfied',
      'Dissatisfied',
      'Neutral',
      'Satisfied',
      'Very satisfied',
    ]);
    expect(en.exclusions[2]).toEqual({
      id: 'r-0042',
      source: 'responses.csv:42',
      rule: 'straight-lining on service',
      detail: '5 题均为 5',
    });
    // A language the survey lacks falls back to its default, with English report words.
    expect(toView(zhResult(), 'fr').title).toBe('购物体验即时评价');
    expect(toView(zhResult(), 'fr').targets[2].label).toBe('Response rate');
  });

  it('shows response rates as percentages and keeps an NPS score out of the score table', () => {
    const v = toView(zhResult());
    expect(v.targets[2]).toMatchObject({ label: '回收率', value: 80, estimate: 80, unit: '%', met: true, range: [0, 100] });
    expect(v.scores.map((s) => s.id)).toEqual(['csat']);
    expect(v.nps[0]).toMatchObject({ promoters: 100, passives: 44, detractors: 16, nps: 52.5 });
    expect(v.responseRates.at(-1)).toMatchObject({ stratum: '全部', invited: 210, completed: 168, rate: 0.8 });
    expect(v.exclusions[4]).toEqual({ id: 'responses.csv:150', source: '', rule: '用时 < 10 秒', detail: '3 秒' });
    expect(v.top[0].title).toBe('最常被选的选项 TOP 3:displeased');
    expect(v.waves!.changes[0]).toEqual({ label: '满意度得分(0–100)', from: '2025 Q3', to: '2025 Q4', change: 1.5375, p: 0.0165 });
  });

  it('prints the estimators, the weighting and each score’s missing policy', () => {
    const v = toView(enResult());
    expect(v.notes).toEqual([
      'Means and shares are unweighted (no sampling plan); intervals use the t distribution.',
      'Standard deviations use the n − 1 denominator; missing codes never enter a mean; hidden questions count as unanswered.',
      'Teaching quality (0–100): at least 4 of 6 items',
      'Overall rating (0–100): all items answered',
    ]);
    expect(toView(zhResult()).notes).toContain(
      '按 group(变量 customer_group)分层加权:设计权重 N_h / m_h;设计效应 1.412,有效样本量 113.3;使用有限总体校正。',
    );
  });
});

describe('open answers', () => {
  it('are listed per question with their count, in the report language, as the respondents wrote them', () => {
    const v = toView(zhResult());
    expect(v.texts[0]).toEqual({
      label: '关于“…”,请具体说明。',
      answered: 23,
      answers: ['快递比承诺的晚了三天', '包裹外箱破损,\n里面的杯子碎了一个', '客服回复太慢'],
    });
    expect(v.texts[1]).toMatchObject({ answered: 0, answers: [] });
    const md = renderReport(zhResult(), { format: 'md', charts: false })[0].contents;
    expect(md).toContain('## 开放题回答');
    expect(md).toContain('共 23 条回答,随机抽取 3 条');
    expect(md).toContain('| 2 | 包裹外箱破损, 里面的杯子碎了一个 |');
    const html = renderReport(zhResult(), { format: 'html', language: 'en' })[0].contents;
    expect(html).toContain('<p class="sub">3 of 23 answers, drawn at random</p>');
    expect(html).toContain('<li><bdi>快递比承诺的晚了三天</bdi></li>');
    expect(html).toContain('<p class="empty">No one answered</p>');
  });
  it('control characters are replaced and long answers shortened to 500 characters', () => {
    expect(shown(' a\u0000b\u0007c\u009bd\te\n ')).toBe('a\ufffdb\ufffdc\ufffdd\te');
    const long = '很'.repeat(600);
    expect(shown(long)).toBe(`${'很'.repeat(500)}…`);
    expect(Array.from(shown('😀'.repeat(501))).length).toBe(501);
  });
});

describe('renderReport', () => {
  it('html: the page and the chart specs; md: the page and its SVGs; json: the result with sorted keys', () => {
    const r = zhResult();
    expect(renderReport(r, { format: 'html' }).map((f) => f.fileName)).toEqual([
      'instant_feedback.report.html',
      'instant_feedback.charts.json',
    ]);
    const charts = JSON.parse(renderReport(r, { format: 'html', language: 'en' })[1].contents);
    expect(charts.format).toBe('survey-report-charts/1');
    expect(charts.language).toBe('en');
    expect(charts.charts[0].option.series[0].label.formatter).toBe('Missed {c}');
    const md = renderReport(r, { format: 'md' });
    expect(md[0].fileName).toBe('instant_feedback.report.md');
    expect(md.length).toBeGreaterThan(5);
    const json = renderReport(r, { format: 'json' });
    expect(json[0].fileName).toBe('instant_feedback.result.json');
    expect(JSON.parse(json[0].contents)).toEqual(r);
    expect(Object.keys(JSON.parse(json[0].contents))).toEqual(Object.keys(r).sort());
    // Same result built in another key order: same bytes.
    const shuffled = Object.fromEntries(Object.entries(r).reverse()) as typeof r;
    expect(renderReport(shuffled, { format: 'json' })[0].contents).toBe(json[0].contents);
  });
});
