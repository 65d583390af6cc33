// The built-in `nps` scale: 0–10, endpoints labelled, with the standard bands.
import type { LText, Scale } from '../model.ts';

export const NPS_BANDS = { detractor: [0, 6], passive: [7, 8], promoter: [9, 10] } as const;

const endLabels: Record<number, LText> = {
  0: { zh: '完全不可能', en: 'Not at all likely' },
  10: { zh: '极有可能', en: 'Extremely likely' },
};

export function npsScale(languages: string[]): Scale {
  const points = [];
  for (let v = 0; v <= 10; v++) {
    const label: LText = {};
    for (const lang of languages) label[lang] = endLabels[v]?.[lang] ?? endLabels[v]?.en ?? String(v);
    points.push({ value: v, label, missing: false });
  }
  return {
    id: 'nps',
    file: '<builtin>',
    node: undefined,
    min: 0,
    max: 10,
    step: 1,
    descending: false,
    anchored: true,
    points,
    builtin: 'nps',
  };
}
