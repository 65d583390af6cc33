// Seed 003: four quarterly waves of the sales department's form to its 40 active
// customers; delivery dates (schedule) are the weak spot and everything improves over
// the year after corrective action, so the wave comparison has a trend to show.
import type { FileSpec, Profile } from '../profile.ts';
import { deck } from './deck.ts';

let customers: string[] = [];

const wave = (q: number, respondents: number, shift: number, invalid: number, tooFast: number): FileSpec => ({
  name: `2025-q${q}.csv`,
  format: 'csv',
  respondents,
  shift,
  start: `2025-${String(q * 3).padStart(2, '0')}-10`,
  days: 14,
  invalid,
  straightline: 0,
  tooFast,
  tag: `q${q}`,
});

export const manufacturerQuarterly: Profile = {
  example: 'manufacturer-quarterly',
  survey: 'quarterly.survey',
  seed: 3,
  files: [wave(1, 35, -0.35, 1, 1), wave(2, 34, -0.1, 0, 1), wave(3, 36, 0.1, 1, 0), wave(4, 36, 0.45, 1, 1)],
  marginals: {
    product_quality: [2, 6, 18, 48, 26],
    service_quality: [2, 5, 15, 45, 33],
    schedule: [6, 13, 26, 37, 18],
    response_speed: [3, 8, 22, 42, 25],
  },
  defaultMarginal: [3, 7, 20, 45, 25],
  loading: 0.7,
  missingRate: 0,
  texts: {
    problems: {
      p: 1,
      pools: {
        '*': {
          zh: ['交期经常延误一周以上', '出货前没有通知', '质量问题退回后处理太慢', '业务员电话经常打不通', '样品和大货颜色不一致'],
          en: ['Deliveries are often a week late', 'No notice before shipping', 'Returns for quality problems take too long'],
        },
      },
    },
    suggestions: {
      p: 0.3,
      pools: {
        '*': {
          zh: ['希望提供出货跟踪', '希望每月对账', '服务很好,继续保持'],
          en: ['Please share shipment tracking', 'Keep up the good service'],
        },
      },
    },
  },
  specifyTexts: {},
  hidden: (r, i, file) => {
    if (i === 0) customers = deck(r, Object.fromEntries(Array.from({ length: 40 }, (_, k) => [`K${String(k + 1).padStart(3, '0')}`, 1])));
    return { values: { customer_id: customers[i], quarter: file.tag } };
  },
  medianSeconds: 110,
};
