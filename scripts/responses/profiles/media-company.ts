// Seed 001: the media company's yearly client survey, drawn by account size (key and
// large accounts oversampled), with industry and region for the breakdowns. Response
// speed is the weak indicator that moves overall satisfaction: the driver analysis
// should put it in the "improve" quadrant. Some clients straight-line the grid and
// some click through too fast; the quality rules drop them.
import type { Profile } from '../profile.ts';
import { deck } from './deck.ts';

let sizes: string[] = [];

export const mediaCompany: Profile = {
  example: 'media-company',
  survey: 'media.survey',
  seed: 1,
  files: [{ name: '2025.csv', format: 'csv', respondents: 345, start: '2025-10-06', days: 21, invalid: 4, straightline: 9, tooFast: 6 }],
  marginals: {
    service_quality: [2, 5, 17, 46, 30],
    product_effect: [2, 6, 20, 45, 27],
    communication: [2, 5, 16, 47, 30],
    response_speed: [6, 14, 28, 36, 16],
    overall: [2, 5, 18, 47, 28],
    renew: [3, 6, 18, 40, 33],
  },
  defaultMarginal: [3, 7, 20, 45, 25],
  loading: 0.6,
  drivers: {
    outcome: 'overall',
    weights: { service_quality: 0.35, product_effect: 0.25, communication: 0.1, response_speed: 0.4 },
    r: 0.8,
  },
  missingRate: 0.025,
  choices: {
    tenure: { under1: 12, y1to3: 30, y3to5: 28, y5plus: 30 },
    used: { planning: 0.45, creative: 0.6, production: 0.5, placement: 0.55, aftercare: 0.25, other: 0.05 },
  },
  texts: {
    improve: {
      p: 0.55,
      pools: {
        '*': {
          zh: [
            '希望回覆郵件可以更快',
            '報價流程太長',
            '專案進度更新不夠及時',
            '創意提案可以更多元',
            '投放數據報告希望每週提供',
            '窗口人員更換太頻繁',
          ],
          en: ['Reply to emails faster', 'Quotes take too long', 'Project updates come too late', 'Weekly placement reports, please'],
        },
      },
    },
    other_comments: {
      p: 0.25,
      pools: {
        '*': {
          zh: ['整體合作愉快', '感謝團隊的用心', '期待明年繼續合作'],
          en: ['A pleasure to work with', 'Thanks to the whole team'],
        },
      },
    },
  },
  specifyTexts: { zh: ['公關活動', '直播代操'], en: ['PR events', 'Live streaming'] },
  hidden: (r, i) => {
    if (i === 0) sizes = deck(r, { key: 12, large: 56, medium: 91, small: 186 });
    const size = sizes[i];
    const industry = r.weighted(['consumer', 'finance', 'technology', 'public_sector'], [700, 400, 500, 400]);
    const region = r.weighted(['north', 'central', 'south'], [600, 500, 900]);
    return {
      values: { client_id: `M${String(i + 1).padStart(4, '0')}`, size, industry, region },
      shift: { key: 0.35, large: 0.15, medium: 0, small: -0.15 }[size] ?? 0,
    };
  },
  medianSeconds: 300,
};
