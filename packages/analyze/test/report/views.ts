// Fixed report views for the chart, table and page tests: a Chinese one shaped like
// seed 002 (instant feedback: satisfaction vs 90, NPS vs 50, TOP-3 complaints) with
// seed 000's groups and seed 003's quarters, an English one like the course
// evaluation (drivers, alpha, response rates), and a hostile one whose every survey
// string and response field is an attack.
import type { ItemView, ReportView } from '../../src/report/view.ts';

const csat5zh = ['非常不满意', '不满意', '一般', '满意', '非常满意'];
const agree5en = ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'];

function item(name: string, label: string, labels: string[], counts: number[]): ItemView {
  const n = counts.reduce((a, b) => a + b, 0);
  const mean = counts.reduce((a, c, i) => a + c * (i + 1), 0) / n;
  const variance = counts.reduce((a, c, i) => a + c * (i + 1 - mean) ** 2, 0) / (n - 1);
  return {
    name,
    label,
    n,
    mean,
    sd: Math.sqrt(variance),
    top2: (counts[counts.length - 1] + counts[counts.length - 2]) / n,
    distribution: counts.map((count, i) => ({ code: String(i + 1), label: labels[i], count, share: count / n })),
  };
}

export function zhView(): ReportView {
  return {
    language: 'zh',
    surveyId: 'instant_feedback',
    title: '购物体验即时评价',
    targets: [
      {
        label: '满意度得分(0–100)',
        op: '>=',
        value: 90,
        estimate: 78.4375,
        interval: [75.1, 81.775],
        met: false,
        range: [0, 100],
        unit: '',
      },
      { label: '净推荐值', op: '>=', value: 50, estimate: 52.5, interval: [44.2, 60.8], met: true, range: [-100, 100], unit: '' },
    ],
    counts: { received: 168, invalid: 3, excluded: 5, analysed: 160 },
    exclusions: [
      { id: 'r-0007', rule: '用时少于 10 秒' },
      { id: 'r-0019', rule: '用时少于 10 秒' },
      { id: 'r-0042', rule: '直线作答' },
      { id: 'r-0101', rule: '作答比例低于 50%' },
      { id: 'r-0150', rule: '用时少于 10 秒' },
    ],
    invalid: [
      { file: 'responses.csv', row: 12, reason: 'experience: 7 不在量表 1..5 中' },
      { file: 'responses.csv', row: 57, reason: '缺少必答题 recommend' },
      { file: 'late.jsonl', row: 3, reason: 'JSON 解析失败' },
    ],
    items: [
      item('experience', '您对本次购物体验的满意度如何?', csat5zh, [4, 9, 22, 61, 64]),
      item('delivery', '您对配送速度的满意度如何?', csat5zh, [10, 18, 30, 52, 50]),
    ],
    scores: [{ id: 'csat', label: '满意度得分(0–100)', n: 160, mean: 78.4375, sd: 21.3, interval: [75.1, 81.775], range: [0, 100] }],
    nps: [{ id: 'nps_score', label: '净推荐值', n: 160, promoters: 100, passives: 44, detractors: 16, nps: 52.5, interval: [44.2, 60.8] }],
    top: [
      {
        name: 'displeased',
        title: '最不满意的 TOP 3',
        rows: [
          { label: '配送', count: 28, n: 160, share: 0.175 },
          { label: '售后', count: 13, n: 160, share: 0.08125 },
          { label: '产品', count: 8, n: 160, share: 0.05 },
        ],
      },
    ],
    drivers: [
      {
        outcome: '您对本次购物体验的满意度如何?',
        rows: [
          { label: '配送速度', correlation: 0.61, beta: 0.42, performance: 3.68 },
          { label: '商品质量', correlation: 0.55, beta: 0.31, performance: 4.21 },
          { label: '客服态度', correlation: 0.32, beta: 0.12, performance: 4.4 },
          { label: '价格', correlation: 0.28, beta: 0.09, performance: 3.5 },
        ],
        r2: 0.512,
      },
    ],
    breakdowns: [
      {
        by: '客户类别',
        measures: ['加权总分(满分 300)'],
        rows: [
          { group: '战略客户', n: 40, values: [251.2] },
          { group: '重点客户', n: 60, values: [238.75] },
          { group: '一般客户', n: 60, values: [221.4] },
        ],
      },
    ],
    responseRates: [
      { stratum: '战略客户', invited: 50, completed: 40, rate: 0.8 },
      { stratum: '重点客户', invited: 80, completed: 60, rate: 0.75 },
      { stratum: '一般客户', invited: 100, completed: 60, rate: 0.6 },
    ],
    alphas: [],
    ratios: [{ label: 'C = B / A(感知 / 期望)', estimate: 0.9625, interval: [0.93, 0.995] }],
    waves: {
      waves: ['2025 Q1', '2025 Q2', '2025 Q3', '2025 Q4'],
      series: [{ label: '满意度得分(0–100)', values: [72.5, 74.1, 76.9, 78.4375] }],
      changes: [{ label: '满意度得分(0–100)', from: '2025 Q3', to: '2025 Q4', change: 1.5375, p: 0.2113 }],
    },
    notes: [
      '均值与比例按设计权重加权(N_h / n_h),标准误考虑分层与有限总体校正。',
      '标准差的分母为 n − 1。',
      '缺失代码不进入均值;未显示的题目视为未作答。',
    ],
  };
}

export function enView(): ReportView {
  return {
    language: 'en',
    surveyId: 'course_evaluation',
    title: 'Course evaluation',
    targets: [
      {
        label: 'Teaching quality (0–100)',
        op: '>=',
        value: 70,
        estimate: 72.81,
        interval: [69.9, 75.72],
        met: true,
        range: [0, 100],
        unit: '',
      },
      { label: 'Response rate', op: '>=', value: 50, estimate: 41.5, interval: null, met: false, range: [0, 100], unit: '%' },
    ],
    counts: { received: 88, invalid: 1, excluded: 4, analysed: 83 },
    exclusions: [
      { id: 's-12', rule: 'straight-lining on battery' },
      { id: 's-31', rule: 'answered < 70% of questions' },
      { id: 's-44', rule: 'duration < 60 s' },
      { id: 's-80', rule: 'duration < 60 s' },
    ],
    invalid: [{ file: 'export.xlsx', row: 9, reason: 'clear: "very" is not a code of agree5' }],
    items: [
      item('clear', 'The course objectives were clear', agree5en, [2, 5, 12, 40, 24]),
      item('organised', 'The course was well organised', agree5en, [3, 8, 15, 37, 20]),
      item('hard_to_follow', 'The lectures were hard to follow (reversed)', agree5en, [20, 33, 15, 10, 5]),
    ],
    scores: [
      { id: 'teaching_quality', label: 'Teaching quality (0–100)', n: 83, mean: 72.81, sd: 13.4, interval: [69.9, 75.72], range: [0, 100] },
      { id: 'overall_pomp', label: 'Overall rating (0–100)', n: 82, mean: 70.12, sd: 18.2, interval: [66.2, 74.04], range: [0, 100] },
    ],
    nps: [],
    top: [
      {
        name: 'dissatisfied',
        title: 'Top 3 most dissatisfied items',
        rows: [
          { label: 'The lectures were hard to follow (reversed)', count: 15, n: 83, share: 0.1807 },
          { label: 'The course was well organised', count: 11, n: 83, share: 0.1325 },
          { label: 'The course objectives were clear', count: 7, n: 83, share: 0.0843 },
        ],
      },
    ],
    drivers: [
      {
        outcome: 'Overall rating',
        rows: [
          { label: 'Clear objectives', correlation: 0.58, beta: 0.37, performance: 3.92 },
          { label: 'Well organised', correlation: 0.49, beta: 0.22, performance: 3.75 },
          { label: 'Easy to follow', correlation: 0.44, beta: 0.19, performance: 3.1 },
          { label: 'Useful feedback', correlation: 0.21, beta: 0.05, performance: 3.4 },
        ],
        r2: 0.47,
      },
    ],
    breakdowns: [],
    responseRates: [{ stratum: 'All', invited: 200, completed: 83, rate: 0.415 }],
    alphas: [{ label: 'How much do you agree with each statement about this course?', items: 6, n: 79, alpha: 0.8412 }],
    ratios: [],
    waves: null,
    notes: [
      'Means and shares are unweighted (no sampling plan).',
      'Standard deviations use the n − 1 denominator.',
      'Missing codes never enter a mean; hidden questions count as unanswered.',
    ],
  };
}

/** Attacks as survey labels, response ids, file names and free text. */
export const HOSTILE = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  '</style><style>body{display:none}</style>',
  'line\u2028separator\u2029paragraph',
  '\u202Eevil\u202C \u200Fمرحبا\u200E',
  "'; alert(1); '",
  '<svg onload=alert(1)>',
  '| pipe | **bold** [link](javascript:alert(1)) `code`',
];

export function hostileView(): ReportView {
  const v = zhView();
  const h = (i: number) => HOSTILE[i % HOSTILE.length];
  v.title = h(0);
  v.targets = v.targets.map((t, i) => ({ ...t, label: h(i + 1) }));
  v.exclusions = HOSTILE.map((s, i) => ({ id: s, rule: h(i + 3) }));
  v.invalid = HOSTILE.map((s, i) => ({ file: s, row: i + 1, reason: h(i + 2) }));
  v.items = v.items.map((it, i) => ({ ...it, label: h(i + 2), distribution: it.distribution.map((d, k) => ({ ...d, label: h(k) })) }));
  v.scores = v.scores.map((s, i) => ({ ...s, label: h(i + 4) }));
  v.nps = v.nps.map((s, i) => ({ ...s, label: h(i + 5) }));
  v.top = v.top.map((t) => ({ ...t, title: h(6), rows: t.rows.map((r, k) => ({ ...r, label: h(k + 1) })) }));
  v.drivers = v.drivers.map((d) => ({ ...d, outcome: h(7), rows: d.rows.map((r, k) => ({ ...r, label: h(k) })) }));
  v.breakdowns = v.breakdowns.map((b) => ({
    ...b,
    by: h(2),
    measures: b.measures.map((_, k) => h(k + 3)),
    rows: b.rows.map((r, k) => ({ ...r, group: h(k) })),
  }));
  v.responseRates = v.responseRates.map((r, k) => ({ ...r, stratum: h(k + 4) }));
  v.ratios = v.ratios.map((r) => ({ ...r, label: h(1) }));
  v.waves = {
    waves: [h(0), h(1), h(2)],
    series: [{ label: h(3), values: [1, 2, 3] }],
    changes: [{ label: h(4), from: h(0), to: h(1), change: 1, p: 0.5 }],
  };
  v.notes = [...HOSTILE];
  return v;
}
