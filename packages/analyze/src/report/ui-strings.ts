// The report's own words (headings, column names, chart titles) in Chinese and
// English. Survey labels come from the survey; these are the frame around them.
// A language without its own table falls back to English.

export interface UiStrings {
  report: string;
  summary: string;
  targets: string;
  target: string;
  estimate: string;
  interval: string;
  status: string;
  met: string;
  missed: string;
  unknown: string;
  responses: string;
  received: string;
  invalid: string;
  excluded: string;
  screenedOut: string;
  analysed: string;
  exclusions: string;
  id: string;
  rule: string;
  invalidResponses: string;
  file: string;
  row: string;
  reason: string;
  items: string;
  item: string;
  n: string;
  mean: string;
  sd: string;
  top2: string;
  distribution: string;
  answer: string;
  count: string;
  share: string;
  scores: string;
  score: string;
  nps: string;
  promoters: string;
  passives: string;
  detractors: string;
  targetsChart: string;
  top: string;
  drivers: string;
  outcome: string;
  driver: string;
  correlation: string;
  beta: string;
  importance: string;
  performance: string;
  quadrant: string;
  breakdowns: string;
  group: string;
  responseRates: string;
  stratum: string;
  invited: string;
  completed: string;
  rate: string;
  alpha: string;
  battery: string;
  itemCount: string;
  ratios: string;
  ratio: string;
  waves: string;
  wave: string;
  change: string;
  from: string;
  to: string;
  p: string;
  notes: string;
  dataTable: string;
  none: string;
  chartsOmitted: string;
  r2: string;
  quadrantColumn: string;
  source: string;
  detail: string;
  qualityRules: string;
  method: string;
  warnings: string;
  weighting: string;
  missingCode: string;
  strength: string;
  improve: string;
  maintain: string;
  lowPriority: string;
  topItems: string;
  topOptions: string;
  responseRate: string;
  overall: string;
  received2: string;
  analysed2: string;
  openAnswers: string;
  /** "{k} of {n} answers, drawn at random" */
  textSample: string;
  /** "{n} answers" when every answer is shown */
  textAll: string;
  noAnswers: string;
  /** "offered to {n}": the base of an option offered to only some respondents */
  offeredTo: string;
}

const zh: UiStrings = {
  report: '分析报告',
  summary: '目标达成情况',
  targets: '目标',
  target: '目标值',
  estimate: '估计值',
  interval: '95% 置信区间',
  status: '结果',
  met: '达成',
  missed: '未达成',
  unknown: '无法计算',
  responses: '回收与剔除',
  received: '收到的答卷',
  invalid: '无效答卷(格式错误)',
  excluded: '剔除的答卷(质量规则)',
  screenedOut: '甄别终止的答卷',
  analysed: '纳入分析的答卷',
  exclusions: '被剔除的答卷',
  id: '答卷编号',
  rule: '规则',
  invalidResponses: '无效答卷',
  file: '文件',
  row: '行',
  reason: '原因',
  items: '题目统计',
  item: '题目',
  n: '样本量',
  mean: '均值',
  sd: '标准差',
  top2: '前两项满意率',
  distribution: '答案分布',
  answer: '答案',
  count: '人数',
  share: '占比',
  scores: '得分',
  score: '得分',
  nps: '净推荐值',
  promoters: '推荐者',
  passives: '中立者',
  detractors: '贬损者',
  targetsChart: '目标与估计值',
  top: '最不满意的项目',
  drivers: '关键驱动因素',
  outcome: '结果变量',
  driver: '因素',
  correlation: '相关系数',
  beta: '标准化回归系数',
  importance: '重要性',
  performance: '表现(0–100)',
  quadrant: '重要性 × 表现',
  breakdowns: '分组结果',
  group: '组别',
  responseRates: '回收率',
  stratum: '层',
  invited: '发放',
  completed: '回收',
  rate: '回收率',
  alpha: '信度(Cronbach α)',
  battery: '题组',
  itemCount: '题数',
  ratios: '比值',
  ratio: '比值',
  waves: '各期趋势',
  wave: '期次',
  change: '变化',
  from: '从',
  to: '到',
  p: 'p 值',
  notes: '估计方法说明',
  dataTable: '图表数据',
  none: '无',
  chartsOmitted: '图表见同目录下的 SVG 文件。',
  r2: 'R²',
  quadrantColumn: '象限',
  source: '来源',
  detail: '测量值',
  qualityRules: '质量规则',
  method: '执行方式',
  warnings: '提示',
  weighting: '加权',
  missingCode: '缺失代码',
  strength: '优势(重要且表现好)',
  improve: '优先改进(重要但表现差)',
  maintain: '保持(不太重要、表现好)',
  lowPriority: '次要(不太重要、表现差)',
  topItems: '最不满意的项目',
  topOptions: '最常被选的选项',
  responseRate: '回收率',
  overall: '全部',
  received2: '收到',
  analysed2: '纳入分析',
  openAnswers: '开放题回答',
  textSample: '共 {n} 条回答,随机抽取 {k} 条',
  textAll: '共 {n} 条回答',
  offeredTo: '提供给 {n} 人',
  noAnswers: '无人作答',
};

const en: UiStrings = {
  report: 'Analysis report',
  summary: 'Targets',
  targets: 'Targets',
  target: 'Target',
  estimate: 'Estimate',
  interval: '95% interval',
  status: 'Result',
  met: 'Met',
  missed: 'Missed',
  unknown: 'Not computable',
  responses: 'Responses and exclusions',
  received: 'Responses received',
  invalid: 'Invalid responses (malformed)',
  excluded: 'Excluded responses (quality rules)',
  screenedOut: 'Screened out',
  analysed: 'Responses analysed',
  exclusions: 'Excluded responses',
  id: 'Response id',
  rule: 'Rule',
  invalidResponses: 'Invalid responses',
  file: 'File',
  row: 'Row',
  reason: 'Reason',
  items: 'Items',
  item: 'Item',
  n: 'n',
  mean: 'Mean',
  sd: 'SD',
  top2: 'Top-2-box',
  distribution: 'Distribution',
  answer: 'Answer',
  count: 'Count',
  share: 'Share',
  scores: 'Scores',
  score: 'Score',
  nps: 'Net Promoter Score',
  promoters: 'Promoters',
  passives: 'Passives',
  detractors: 'Detractors',
  targetsChart: 'Targets and estimates',
  top: 'Most dissatisfied items',
  drivers: 'Key drivers',
  outcome: 'Outcome',
  driver: 'Driver',
  correlation: 'Correlation',
  beta: 'Standardised weight',
  importance: 'Importance',
  performance: 'Performance (0–100)',
  quadrant: 'Importance × performance',
  breakdowns: 'Breakdowns',
  group: 'Group',
  responseRates: 'Response rates',
  stratum: 'Stratum',
  invited: 'Invited',
  completed: 'Completed',
  rate: 'Response rate',
  alpha: "Reliability (Cronbach's alpha)",
  battery: 'Battery',
  itemCount: 'Items',
  ratios: 'Ratios',
  ratio: 'Ratio',
  waves: 'Trends across waves',
  wave: 'Wave',
  change: 'Change',
  from: 'From',
  to: 'To',
  p: 'p',
  notes: 'How the numbers are estimated',
  dataTable: 'Chart data',
  none: 'None',
  chartsOmitted: 'Charts are in the SVG files beside this one.',
  r2: 'R²',
  quadrantColumn: 'Quadrant',
  source: 'Source',
  detail: 'Measured',
  qualityRules: 'Quality rules',
  method: 'How it is applied',
  warnings: 'Warnings',
  weighting: 'Weighting',
  missingCode: 'missing code',
  strength: 'Strength (important, performing well)',
  improve: 'Improve first (important, performing poorly)',
  maintain: 'Maintain (less important, performing well)',
  lowPriority: 'Low priority (less important, performing poorly)',
  topItems: 'Most dissatisfied items',
  topOptions: 'Options chosen most',
  responseRate: 'Response rate',
  overall: 'All',
  received2: 'Received',
  analysed2: 'Analysed',
  openAnswers: 'Open answers',
  textSample: '{k} of {n} answers, drawn at random',
  textAll: '{n} answers',
  offeredTo: 'offered to {n}',
  noAnswers: 'No one answered',
};

export function uiStrings(language: string): UiStrings {
  return language === 'zh' || language.startsWith('zh-') ? zh : en;
}

/** A label in `language`, else in `fallback`, else the first one present. */
export function pick(label: Record<string, string> | undefined, language: string, fallback?: string): string {
  if (!label) return '';
  return label[language] ?? (fallback !== undefined ? label[fallback] : undefined) ?? Object.values(label)[0] ?? '';
}
