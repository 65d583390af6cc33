// Seed 000: the yearly 300-point assessment, drawn by customer group (Neyman: strategic
// customers sampled at a higher rate); strategic customers rate us higher, competitors
// are mostly "about the same", and a few negative incidents are reported.
import type { Profile } from '../profile.ts';
import { deck } from './deck.ts';

let groups: string[] = [];
const compare: number[] = [3, 11, 46, 29, 11];

export const weightedAssessment: Profile = {
  example: 'weighted-assessment',
  survey: 'assessment.survey',
  seed: 0,
  files: [
    { name: '2025.jsonl', format: 'jsonl', respondents: 318, start: '2025-11-03', days: 28, invalid: 5, straightline: 0, tooFast: 9 },
  ],
  marginals: { trend: compare, versus_product: compare, versus_service: compare, versus_value: [5, 15, 45, 26, 9] },
  defaultMarginal: [1, 4, 16, 46, 33],
  loading: 0.65,
  missingRate: 0.012,
  choices: { incidents: { complaint: 0.12, refund: 0.04, return_goods: 0.07, exchange: 0.05, repair: 0.1, rework: 0.05 } },
  texts: {},
  specifyTexts: {},
  hidden: (r, i) => {
    if (i === 0) groups = deck(r, { strategic: 12, key: 54, regular: 252 });
    const group = groups[i];
    return {
      values: { customer_id: `A${String(i + 1).padStart(4, '0')}`, group },
      shift: { strategic: 0.4, key: 0.2, regular: 0 }[group] ?? 0,
    };
  },
  medianSeconds: 480,
};
