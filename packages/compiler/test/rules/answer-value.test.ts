// SVY2120: file, geopoint and signature answers are only answered or not.
import { describe, expect, it } from 'vitest';
import { codes, structuralCodes, survey } from '../helpers.ts';

describe('answer-value (SVY2120)', () => {
  it('accepts the three kinds, answered(…) on them and ids that are the new keywords', () => {
    const text = survey(`  file photo "门店照片" en: "Photo of the shop" optional
  geopoint place "您在哪里?" en: "Where are you?"
  signature sign "请签名" en: "Please sign" when answered(photo)
  text file "文件说明" en: "About the file" optional when not answered(place)
  let signed = answered(sign)
  score complete = count(answered(photo), answered(place))`);
    expect(structuralCodes(text)).toEqual([]);
  });

  it('reports comparisons, arithmetic, scores, pipes and analysis requests', () => {
    const text = survey(`  file photo "门店照片" en: "Photo" optional
  geopoint place "位置" en: "Location"
  signature sign "签名" en: "Signature"
  text why "为什么是 {place}?" en: "Why {place}?" when photo == 1
  score s = sign + 1
  analysis { breakdown by place }`);
    expect(codes(text, { only: ['SVY2120'] })).toEqual([
      "14:19 SVY2120 'place'",
      "14:38 SVY2120 'place'",
      "14:52 SVY2120 'photo'",
      "15:13 SVY2120 'sign'",
      "16:27 SVY2120 'place'",
    ]);
  });
});
