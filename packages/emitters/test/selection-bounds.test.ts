// How many options an answer holds, as the response schema and the form both bound it.
// A ranking of the top 3 of 5 options once asked for at least 5 and at most 3 ranked:
// no answer could pass, in the form or the schema.
import { describe, expect, it } from 'vitest';
import { compileText } from '@survey/compiler';
import { selectionBounds } from '../src/common/selection.ts';

const survey = compileText(`survey s {
  title "排序" en: "Ranking"
  languages zh, en
  choices aspects { speed "速度" en: "Speed" price "价格" en: "Price" service "服务" en: "Service" range "品种" en: "Range" place "位置" en: "Location" }
  ranking whole "请对以下方面排序" en: "Rank these aspects" from aspects
  ranking top3 "请选出最重要的三项并排序" en: "Rank your top three" from aspects max 3
  ranking some "请排出两到三项" en: "Rank two or three" from aspects min 2 max 3
  multi used "您在意哪些方面?" en: "Which aspects matter to you?" from aspects
  ranking chosen "请对您选的方面排序" en: "Rank the aspects you chose" from used selected
  multi two "最多选两项" en: "Choose up to two" from aspects max 2
}
`).survey!;
const bounds = (id: string) => selectionBounds(survey.questions.find((q) => q.id === id)!);

describe('selection bounds', () => {
  it('a ranking ranks every option, or exactly its top `max`, or within min and max', () => {
    expect(bounds('whole')).toEqual({ minItems: 5, maxItems: 5 });
    expect(bounds('top3')).toEqual({ minItems: 3, maxItems: 3 });
    expect(bounds('some')).toEqual({ minItems: 2, maxItems: 3 });
  });

  it('a ranking of carried-forward options needs one at least, as many as offered at most', () => {
    expect(bounds('chosen')).toEqual({ minItems: 1, maxItems: 5 });
  });

  it('a multi-select needs one at least and keeps its max', () => {
    expect(bounds('used')).toEqual({ minItems: 1 });
    expect(bounds('two')).toEqual({ minItems: 1, maxItems: 2 });
  });
});
