import { describe, expect, it } from 'vitest';
import { codes, compile, structuralCodes, survey } from '../helpers.ts';

const qs = `  single gender "性别" en: "Gender" { m "男" en: "Male" f "女" en: "Female" }
  nps recommend "您会推荐我们吗？" en: "Would you recommend us?" required
  text comments "其他意见" en: "Other comments" optional`;

const required = (text: string) => Object.fromEntries(compile(text).survey!.questions.map((q) => [q.id, q.required]));

describe('answers optional / answers required (SVY2090)', () => {
  it('keeps questions required by default, with `optional` as the exception', () => {
    const text = survey(qs);
    expect(structuralCodes(text)).toEqual([]);
    expect(compile(text).survey!.answersRequired).toBe(true);
    expect(required(text)).toEqual({ gender: true, recommend: true, comments: false });
  });

  it('makes every question optional under `answers optional`, `required` overriding it', () => {
    const text = survey('  answers optional\n' + qs.replace(' optional', ''));
    expect(structuralCodes(text)).toEqual([]);
    expect(compile(text).survey!.answersRequired).toBe(false);
    expect(required(text)).toEqual({ gender: false, recommend: true, comments: false });
  });

  it('applies the header wherever it is written, and to the questions of sections', () => {
    const text = survey('  section s "服务" en: "Service" {\n' + qs + '\n  }\n  answers optional');
    expect(required(text)).toEqual({ gender: false, recommend: true, comments: false });
    expect(required(survey('  answers required\n' + qs))).toEqual({ gender: true, recommend: true, comments: false });
  });

  it('hints at a redundant `optional` under `answers optional`, and only there', () => {
    expect(codes(survey('  answers optional\n' + qs), { only: ['SVY2090'] })).toEqual(["14:45 SVY2090 'optional'"]);
    expect(codes(survey(qs), { only: ['SVY2090'] })).toEqual([]);
  });

  it('keeps `answers` usable as an id', () => {
    const text = survey('  answers optional\n  text answers "您的回答" en: "Your answers" required');
    expect(structuralCodes(text)).toEqual([]);
    expect(required(text)).toEqual({ answers: true });
  });
});
