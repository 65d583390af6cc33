// Seed 004: the annual CRM survey of ten long-term customers, exported from a
// spreadsheet with the Chinese labels typed instead of codes; ten forms came back, one
// unusable and one filled in too fast, so eight are analysed (80%, "meets the rule").
import type { Profile } from '../profile.ts';

export const crmSatisfaction: Profile = {
  example: 'crm-satisfaction',
  survey: 'crm.survey',
  seed: 4,
  languages: [['zh', 1]],
  files: [
    {
      name: '2025.csv',
      format: 'csv',
      labels: true,
      respondents: 10,
      start: '2025-12-01',
      days: 14,
      invalid: 1,
      straightline: 0,
      tooFast: 1,
    },
  ],
  marginals: {
    overall: [0, 0, 1, 12, 87],
    training: [0, 0, 2, 14, 84],
    tech_support: [0, 0.5, 3, 16, 80],
  },
  defaultMarginal: [0, 1, 5, 30, 64],
  loading: 0.7,
  drivers: { outcome: 'overall', weights: { training: 0.4, tech_support: 0.6 }, r: 0.8 },
  missingRate: 0.08,
  choices: {
    vendor: { a: 5, b: 3, c: 2, other: 0.5 },
    helpful: { customers: 0.8, pipeline: 0.6, forecast: 0.3, service: 0.5, teamwork: 0.4, other: 0.05 },
  },
  texts: {
    problems: {
      p: 0.5,
      pools: { '*': { zh: ['报表导出偶尔很慢', '手机端同步有延迟', '权限设置比较复杂', '偶尔登录超时'] } },
    },
    wishes: {
      p: 0.4,
      pools: { '*': { zh: ['希望增加微信消息提醒', '希望支持自定义报表', '希望和财务系统打通'] } },
    },
    suggestions: {
      p: 0.3,
      pools: { '*': { zh: ['培训可以再多一些实际案例', '继续保持', '技术支持响应很快,谢谢'] } },
    },
  },
  specifyTexts: { zh: ['自建系统', '合同管理'] },
  hidden: (_r, i) => ({ values: { customer_id: `C${String(i + 1).padStart(2, '0')}` } }),
  medianSeconds: 240,
};
