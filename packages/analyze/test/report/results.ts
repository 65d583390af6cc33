// Fixed analysis results for the report tests: a Chinese one shaped like seed 002
// (instant feedback: satisfaction vs 90, NPS vs 50, TOP-3 complaints) with seed 000's
// customer groups, seed 004's response rate and C = B / A, and seed 003's quarters; an
// English one like the course evaluation (drivers, alpha, a missed response-rate
// target); and a hostile one whose every survey string and response field is an attack.
import type { AnalysisResult, Distribution, Estimate, ItemStats, Labels } from '../../src/result.ts';

const est = (estimate: number, se: number, ci: [number, number]): Estimate => ({ estimate, se, ci, level: 0.95 });
const csat5: Labels[] = [
  { zh: '非常不满意', en: 'Very dissatisfied' },
  { zh: '不满意', en: 'Dissatisfied' },
  { zh: '一般', en: 'Neutral' },
  { zh: '满意', en: 'Satisfied' },
  { zh: '非常满意', en: 'Very satisfied' },
];
const agree5: Labels[] = ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'].map((en) => ({ en }));

function item(variable: string, label: Labels, labels: Labels[], counts: number[]): ItemStats {
  const n = counts.reduce((a, b) => a + b, 0);
  const mean = counts.reduce((a, c, i) => a + c * (i + 1), 0) / n;
  const sd = Math.sqrt(counts.reduce((a, c, i) => a + c * (i + 1 - mean) ** 2, 0) / (n - 1));
  const top = counts[counts.length - 1] + counts[counts.length - 2];
  const distribution: Distribution[] = counts.map((count, i) => ({ value: i + 1, label: labels[i], count, share: count / n }));
  return {
    variable,
    label,
    type: 'ordinal',
    scale: 'csat5',
    range: [1, 5],
    n,
    missingCode: 0,
    unanswered: 0,
    mean,
    sd,
    estimate: est(mean, sd / Math.sqrt(n), [mean - (1.96 * sd) / Math.sqrt(n), mean + (1.96 * sd) / Math.sqrt(n)]),
    estimator: 'mean-unweighted',
    pomp: ((mean - 1) / 4) * 100,
    distribution,
    top2Box: { ...est(top / n, 0.03, [top / n - 0.06, top / n + 0.06]), count: top },
  };
}

const estimatorsZhEn = [
  {
    id: 'mean-stratified' as const,
    text: {
      zh: '均值与比例按设计权重加权(N_h / m_h),标准误考虑分层与有限总体校正。',
      en: 'Means and shares are weighted by design weights (N_h / m_h); standard errors account for strata and the finite-population correction.',
    },
  },
  {
    id: 'nps-stratified' as const,
    text: { zh: 'NPS = 推荐者占比 − 贬损者占比(×100),加权。', en: 'NPS = share of promoters − share of detractors (×100), weighted.' },
  },
  {
    id: 'alpha' as const,
    text: {
      zh: '标准差的分母为 n − 1;缺失代码不进入均值,未显示的题目视为未作答。',
      en: 'SDs use n − 1; missing codes never enter a mean; hidden questions count as unanswered.',
    },
  },
];

export function zhResult(): AnalysisResult {
  return {
    format: 'survey-result/1',
    survey: {
      id: 'instant_feedback',
      title: { zh: '购物体验即时评价', en: 'Instant feedback on your purchase' },
      languages: ['zh', 'en'],
      defaultLanguage: 'zh',
    },
    inputs: [
      { file: 'responses.csv', format: 'csv', rows: 165 },
      { file: 'late.jsonl', format: 'jsonl', rows: 3 },
    ],
    counts: { received: 168, invalid: 3, excluded: 5, analysed: 160 },
    invalid: [
      { file: 'responses.csv', row: 12, reasons: [{ path: '/answers/experience', message: '7 不在量表 1..5 中' }] },
      { file: 'responses.csv', row: 57, reasons: [{ path: '/answers', message: '缺少必答题 recommend' }] },
      { file: 'late.jsonl', row: 3, reasons: [{ path: '', message: 'JSON 解析失败' }] },
    ],
    excluded: [
      {
        file: 'responses.csv',
        row: 7,
        responseId: 'r-0007',
        rule: { kind: 'duration', op: '<', seconds: 10 },
        detail: { en: '6 秒', zh: '6 秒' },
      },
      {
        file: 'responses.csv',
        row: 19,
        responseId: 'r-0019',
        rule: { kind: 'duration', op: '<', seconds: 10 },
        detail: { en: '8 秒', zh: '8 秒' },
      },
      {
        file: 'responses.csv',
        row: 42,
        responseId: 'r-0042',
        rule: { kind: 'straightline', target: 'service' },
        detail: { en: '5 题均为 5', zh: '5 题均为 5' },
      },
      {
        file: 'responses.csv',
        row: 101,
        responseId: 'r-0101',
        rule: { kind: 'answered', op: '<', value: 0.5 },
        detail: { en: '0.4', zh: '0.4' },
      },
      { file: 'responses.csv', row: 150, rule: { kind: 'duration', op: '<', seconds: 10 }, detail: { en: '3 秒', zh: '3 秒' } },
    ],
    quality: [
      { rule: { kind: 'duration', op: '<', seconds: 10 }, method: { en: 'submitted − started', zh: '提交时间 − 开始时间' }, excluded: 3 },
      { rule: { kind: 'straightline', target: 'service' }, method: { en: 'reversed rows flipped first', zh: '反向题先反转' }, excluded: 1 },
      {
        rule: { kind: 'answered', op: '<', value: 0.5 },
        method: { en: 'share of shown questions answered', zh: '已显示题目中的作答比例' },
        excluded: 1,
      },
    ],
    estimators: estimatorsZhEn,
    weighting: {
      stratification: 'group',
      variable: 'customer_group',
      strata: [
        { id: 'strategic', label: { zh: '战略客户', en: 'Strategic' }, size: 100, responses: 40, weight: 2.5 },
        { id: 'key', label: { zh: '重点客户', en: 'Key' }, size: 300, responses: 60, weight: 5 },
        { id: 'regular', label: { zh: '一般客户', en: 'Regular' }, size: 1200, responses: 60, weight: 20 },
      ],
      unassigned: 0,
      deff: 1.412,
      effectiveN: 113.3,
      fpc: true,
    },
    items: [
      item(
        'experience',
        { zh: '您对本次购物体验的满意度如何?', en: 'How satisfied are you with this purchase?' },
        csat5,
        [4, 9, 22, 61, 64],
      ),
      item(
        'delivery',
        { zh: '您对配送速度的满意度如何?', en: 'How satisfied are you with the delivery speed?' },
        csat5,
        [10, 18, 30, 52, 50],
      ),
    ],
    scores: [
      {
        id: 'csat',
        label: { zh: '满意度得分(0–100)', en: 'Satisfaction score (0–100)' },
        range: [0, 100],
        aggregate: false,
        n: 160,
        notComputed: 0,
        missingPolicy: { en: 'all items answered', zh: '全部题目作答' },
        mean: 77.03,
        sd: 21.3,
        estimate: est(78.4375, 1.7, [75.1, 81.775]),
        estimator: 'mean-stratified',
      },
      {
        id: 'nps_score',
        label: { zh: '净推荐值', en: 'Net Promoter Score' },
        range: [-100, 100],
        aggregate: true,
        n: 160,
        notComputed: 0,
        missingPolicy: { en: 'all items answered', zh: '全部题目作答' },
        estimate: est(52.5, 4.2, [44.2, 60.8]),
        estimator: 'nps-stratified',
      },
    ],
    nps: [
      {
        id: 'nps_score',
        variable: 'recommend',
        label: { zh: '净推荐值', en: 'Net Promoter Score' },
        n: 160,
        promoters: { count: 100, share: 0.625 },
        passives: { count: 44, share: 0.275 },
        detractors: { count: 16, share: 0.1 },
        nps: est(52.5, 4.2, [44.2, 60.8]),
        estimator: 'nps-stratified',
      },
    ],
    targets: [
      {
        subject: 'csat',
        kind: 'score',
        op: '>=',
        value: 90,
        estimate: est(78.4375, 1.7, [75.1, 81.775]),
        status: 'missed',
        certainty: 'clear',
      },
      {
        subject: 'nps_score',
        kind: 'score',
        op: '>=',
        value: 50,
        estimate: est(52.5, 4.2, [44.2, 60.8]),
        status: 'met',
        certainty: 'within-interval',
      },
      { subject: 'response_rate', kind: 'response-rate', op: '>=', value: 0.8, estimate: est(0.8, 0, [0.8, 0.8]), status: 'met' },
    ],
    breakdowns: [
      {
        by: { kind: 'stratification', id: 'group', label: { zh: '客户类别', en: 'Customer group' } },
        groups: [
          {
            key: 'strategic',
            label: { zh: '战略客户', en: 'Strategic' },
            n: 40,
            cells: [{ subject: 'csat', subjectKind: 'score', n: 40, mean: 84.2 }],
          },
          {
            key: 'key',
            label: { zh: '重点客户', en: 'Key' },
            n: 60,
            cells: [{ subject: 'csat', subjectKind: 'score', n: 60, mean: 78.75 }],
          },
          {
            key: 'regular',
            label: { zh: '一般客户', en: 'Regular' },
            n: 60,
            cells: [{ subject: 'csat', subjectKind: 'score', n: 60, mean: 71.4 }],
          },
        ],
      },
    ],
    top: [
      {
        name: 'displeased',
        kind: 'options',
        count: 3,
        rankBy: 'share of respondents choosing the option',
        entries: [
          { id: 'delivery', label: { zh: '配送', en: 'Delivery' }, count: 28, n: 160, share: 0.175 },
          { id: 'after_sales', label: { zh: '售后', en: 'After-sales' }, count: 13, n: 160, share: 0.08125 },
          { id: 'product', label: { zh: '产品', en: 'Product' }, count: 8, n: 160, share: 0.05 },
        ],
      },
    ],
    alpha: [],
    drivers: [
      {
        outcome: 'experience',
        n: 158,
        rSquared: 0.512,
        drivers: [
          {
            variable: 'delivery',
            label: { zh: '配送速度', en: 'Delivery speed' },
            correlation: 0.61,
            beta: 0.42,
            importance: 0.61,
            performance: 67,
            quadrant: 'improve',
          },
          {
            variable: 'quality',
            label: { zh: '商品质量', en: 'Product quality' },
            correlation: 0.55,
            beta: 0.31,
            importance: 0.55,
            performance: 80.25,
            quadrant: 'strength',
          },
          {
            variable: 'staff',
            label: { zh: '客服态度', en: 'Staff attitude' },
            correlation: 0.32,
            beta: 0.12,
            importance: 0.32,
            performance: 85,
            quadrant: 'maintain',
          },
          {
            variable: 'price',
            label: { zh: '价格', en: 'Price' },
            correlation: 0.28,
            beta: 0.09,
            importance: 0.28,
            performance: 62.5,
            quadrant: 'low-priority',
          },
        ],
        split: { importance: 0.44, performance: 73.6875 },
      },
    ],
    ratios: [
      {
        id: 'c_ratio',
        label: { zh: 'C = B / A(感知 / 期望)', en: 'C = B / A (perceived / expected)' },
        numerator: 'perceived',
        denominator: 'expected',
        n: 160,
        ratio: est(0.9625, 0.0166, [0.93, 0.995]),
        estimator: 'ratio-stratified',
      },
    ],
    responseRates: {
      source: 'sample',
      overall: { invited: 210, received: 168, valid: 165, analysed: 160, rate: 0.8 },
      strata: [
        {
          stratification: 'group',
          id: 'strategic',
          label: { zh: '战略客户', en: 'Strategic' },
          invited: 50,
          received: 42,
          analysed: 40,
          rate: 0.84,
        },
        { stratification: 'group', id: 'key', label: { zh: '重点客户', en: 'Key' }, invited: 80, received: 63, analysed: 60, rate: 0.7875 },
        {
          stratification: 'group',
          id: 'regular',
          label: { zh: '一般客户', en: 'Regular' },
          invited: 80,
          received: 63,
          analysed: 60,
          rate: 0.7875,
        },
      ],
    },
    waves: {
      waves: [
        { label: '2025 Q1', files: ['q1.csv'], analysed: 150 },
        { label: '2025 Q2', files: ['q2.csv'], analysed: 155 },
        { label: '2025 Q3', files: ['q3.csv'], analysed: 149 },
        { label: '2025 Q4', files: ['q4.csv'], analysed: 160 },
      ],
      changes: [
        {
          subject: 'csat',
          subjectKind: 'score',
          label: { zh: '满意度得分(0–100)', en: 'Satisfaction score (0–100)' },
          values: [
            { wave: '2025 Q1', n: 150, estimate: 72.5 },
            { wave: '2025 Q2', n: 155, estimate: 74.1 },
            { wave: '2025 Q3', n: 149, estimate: 76.9 },
            { wave: '2025 Q4', n: 160, estimate: 78.4375 },
          ],
          change: 1.5375,
          test: 'welch-t',
          statistic: 2.41,
          df: 301.2,
          p: 0.0165,
          significant: true,
        },
      ],
      alpha: 0.05,
    },
    texts: [
      {
        variable: 'displeased_detail',
        label: { zh: '关于“{displeased}”,请具体说明。', en: 'Please tell us more about “{displeased}”.' },
        answered: 23,
        sample: [
          { file: 'responses.jsonl', row: 12, text: '快递比承诺的晚了三天' },
          { file: 'responses.jsonl', row: 40, text: '包裹外箱破损,\n里面的杯子碎了一个' },
          { file: 'responses.jsonl', row: 77, text: '客服回复太慢' },
        ],
      },
      {
        variable: 'displeased.other.text',
        label: { zh: '哪一方面最让您不满意? — 其他(请注明)', en: 'Which part displeased you most? — Other (please specify)' },
        answered: 0,
        sample: [],
      },
    ],
    notes: [{ severity: 'warning', message: '“价格”一题有 12 人选择“不知道”,未计入均值。', subject: 'price' }],
  };
}

export function enResult(): AnalysisResult {
  const hard = item('hard_to_follow', { en: 'The lectures were hard to follow (reversed)' }, agree5, [20, 33, 15, 10, 5]);
  hard.reverse = true;
  return {
    format: 'survey-result/1',
    survey: { id: 'course_evaluation', title: { en: 'Course evaluation' }, languages: ['en'], defaultLanguage: 'en' },
    inputs: [{ file: 'export.xlsx', format: 'xlsx', rows: 88 }],
    counts: { received: 88, invalid: 1, excluded: 4, analysed: 83 },
    invalid: [{ file: 'export.xlsx', row: 9, reasons: [{ path: '/answers/clear', message: '"very" is not a code of agree5' }] }],
    excluded: [
      {
        file: 'export.xlsx',
        row: 12,
        responseId: 's-12',
        rule: { kind: 'straightline', target: 'battery' },
        detail: { en: 'all 6 answers 4 (2 reversed)', zh: '6 行都答 4(含 2 个反向题)' },
      },
      {
        file: 'export.xlsx',
        row: 31,
        responseId: 's-31',
        rule: { kind: 'answered', op: '<', value: 0.7 },
        detail: { en: 'answered 0.55 < 0.7', zh: 'answered 0.55 < 0.7' },
      },
      {
        file: 'export.xlsx',
        row: 44,
        responseId: 's-44',
        rule: { kind: 'duration', op: '<', seconds: 60 },
        detail: { en: '41 s', zh: '41 s' },
      },
      {
        file: 'export.xlsx',
        row: 80,
        responseId: 's-80',
        rule: { kind: 'duration', op: '<', seconds: 60 },
        detail: { en: '12 s', zh: '12 s' },
      },
    ],
    quality: [
      {
        rule: { kind: 'answered', op: '<', value: 0.7 },
        method: { en: 'share of shown questions answered', zh: '已显示题目中的作答比例' },
        excluded: 1,
      },
      { rule: { kind: 'straightline', target: 'battery' }, method: { en: 'reversed rows flipped first', zh: '反向题先反转' }, excluded: 1 },
      { rule: { kind: 'duration', op: '<', seconds: 60 }, method: { en: 'submitted − started', zh: '提交时间 − 开始时间' }, excluded: 2 },
    ],
    estimators: [
      { id: 'mean-unweighted', text: { en: 'Means and shares are unweighted (no sampling plan); intervals use the t distribution.' } },
      {
        id: 'alpha',
        text: {
          en: 'Standard deviations use the n − 1 denominator; missing codes never enter a mean; hidden questions count as unanswered.',
        },
      },
    ],
    items: [
      item('clear', { en: 'The course objectives were clear' }, agree5, [2, 5, 12, 40, 24]),
      item('organised', { en: 'The course was well organised' }, agree5, [3, 8, 15, 37, 20]),
      hard,
    ],
    scores: [
      {
        id: 'teaching_quality',
        label: { en: 'Teaching quality (0–100)' },
        range: [0, 100],
        aggregate: false,
        n: 83,
        notComputed: 0,
        missingPolicy: { en: 'at least 4 of 6 items', zh: '6 项中至少回答 4 项' },
        mean: 72.81,
        sd: 13.4,
        estimate: est(72.81, 1.47, [69.9, 75.72]),
        estimator: 'mean-unweighted',
      },
      {
        id: 'overall_pomp',
        label: { en: 'Overall rating (0–100)' },
        range: [0, 100],
        aggregate: false,
        n: 82,
        notComputed: 1,
        missingPolicy: { en: 'all items answered', zh: '全部题目作答' },
        mean: 70.12,
        sd: 18.2,
        estimate: est(70.12, 2.0, [66.2, 74.04]),
        estimator: 'mean-unweighted',
      },
    ],
    nps: [],
    targets: [
      {
        subject: 'teaching_quality',
        kind: 'score',
        op: '>=',
        value: 70,
        estimate: est(72.81, 1.47, [69.9, 75.72]),
        status: 'met',
        certainty: 'within-interval',
      },
      { subject: 'response_rate', kind: 'response-rate', op: '>=', value: 0.5, estimate: est(0.415, 0, [0.415, 0.415]), status: 'missed' },
    ],
    breakdowns: [],
    top: [
      {
        name: 'dissatisfied',
        kind: 'items',
        count: 3,
        condition: { op: '<=', value: 2 },
        rankBy: 'share of substantive answers meeting the condition',
        entries: [
          {
            id: 'hard_to_follow',
            label: { en: 'The lectures were hard to follow (reversed)' },
            count: 15,
            n: 83,
            share: 0.1807,
            reverse: true,
          },
          { id: 'organised', label: { en: 'The course was well organised' }, count: 11, n: 83, share: 0.1325 },
          { id: 'clear', label: { en: 'The course objectives were clear' }, count: 7, n: 83, share: 0.0843 },
        ],
      },
    ],
    alpha: [
      {
        subject: 'battery',
        label: { en: 'How much do you agree with each statement about this course?' },
        items: ['clear', 'organised', 'hard_to_follow', 'feedback', 'unclear_criteria', 'interest'],
        reversed: ['hard_to_follow', 'unclear_criteria'],
        missing: 'listwise',
        n: 79,
        alpha: 0.8412,
        itemTotal: [],
      },
    ],
    drivers: [
      {
        outcome: 'overall',
        label: { en: 'Overall rating' },
        n: 79,
        rSquared: 0.47,
        drivers: [
          {
            variable: 'clear',
            label: { en: 'Clear objectives' },
            correlation: 0.58,
            beta: 0.37,
            importance: 0.58,
            performance: 73,
            quadrant: 'strength',
          },
          {
            variable: 'organised',
            label: { en: 'Well organised' },
            correlation: 0.49,
            beta: 0.22,
            importance: 0.49,
            performance: 68.75,
            quadrant: 'strength',
          },
          {
            variable: 'hard_to_follow',
            label: { en: 'Easy to follow' },
            reverse: true,
            correlation: 0.44,
            beta: 0.19,
            importance: 0.44,
            performance: 52.5,
            quadrant: 'low-priority',
          },
          {
            variable: 'feedback',
            label: { en: 'Useful feedback' },
            correlation: 0.21,
            beta: 0.05,
            importance: 0.21,
            performance: 60,
            quadrant: 'low-priority',
          },
        ],
        split: { importance: 0.43, performance: 63.5625 },
      },
    ],
    ratios: [],
    responseRates: { source: 'invited-file', overall: { invited: 200, received: 88, valid: 87, analysed: 83, rate: 0.415 }, strata: [] },
    notes: [],
  };
}

/** Attacks as survey labels, response ids, file names, reasons and free text. */
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

export function hostileResult(): AnalysisResult {
  const r = zhResult();
  const h = (i: number) => HOSTILE[i % HOSTILE.length];
  const l = (i: number): Labels => ({ zh: h(i), en: h(i + 1) });
  r.survey.title = l(0);
  r.survey.id = h(1);
  r.invalid = HOSTILE.map((s, i) => ({ file: s, row: i + 1, reasons: [{ path: h(i + 1), message: h(i + 2) }] }));
  r.excluded = HOSTILE.map((s, i) => ({
    file: h(i + 3),
    row: i + 1,
    responseId: s,
    rule: { kind: 'when', condition: h(i + 4) },
    detail: l(i + 5),
  }));
  r.quality = [{ rule: { kind: 'straightline', target: h(2) }, method: { en: h(3), zh: h(3) }, excluded: 1 }];
  r.estimators = HOSTILE.map((s, i) => ({ id: 'mean-unweighted', text: { zh: s, en: h(i + 1) } }));
  r.items = r.items.map((it, i) => ({ ...it, label: l(i + 2), distribution: it.distribution.map((d, k) => ({ ...d, label: l(k) })) }));
  r.scores = r.scores.map((s, i) => ({ ...s, label: l(i + 4), missingPolicy: { en: h(i + 5), zh: h(i + 5) } }));
  r.nps = r.nps.map((s, i) => ({ ...s, label: l(i + 5) }));
  r.targets = r.targets.map((t, i) => ({ ...t, label: l(i + 1) }));
  r.top = r.top.map((t) => ({ ...t, name: h(6), entries: t.entries.map((e, k) => ({ ...e, label: l(k + 1) })) }));
  r.drivers = r.drivers.map((d) => ({ ...d, label: l(7), drivers: d.drivers.map((x, k) => ({ ...x, label: l(k) })) }));
  r.breakdowns = r.breakdowns.map((b) => ({ ...b, by: { ...b.by, label: l(2) }, groups: b.groups.map((g, k) => ({ ...g, label: l(k) })) }));
  r.responseRates!.strata = r.responseRates!.strata.map((s, k) => ({ ...s, label: l(k + 4) }));
  r.ratios = r.ratios.map((x) => ({ ...x, label: l(1) }));
  r.waves!.waves = r.waves!.waves.slice(0, 3).map((w, k) => ({ ...w, label: h(k) }));
  r.waves!.changes = [{ ...r.waves!.changes[0], label: l(3), values: [0, 1, 2].map((k) => ({ wave: h(k), n: 10, estimate: k + 1 })) }];
  r.notes = HOSTILE.map((s) => ({ severity: 'warning', message: s }));
  // Free-text answers are the most hostile input of all: respondents type them.
  r.texts = [
    {
      variable: h(2),
      label: l(3),
      answered: HOSTILE.length,
      sample: HOSTILE.map((s, i) => ({ file: h(i + 1), row: i + 1, responseId: h(i + 2), text: s })),
    },
  ];
  return r;
}
