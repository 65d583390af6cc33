// Common field names as ids (contextual keywords), and the reserved-word message with
// its rename quick fix (SVY2091) for the keywords that stay reserved.
import { describe, expect, it } from 'vitest';
import { codes, compile, structuralCodes, survey } from './helpers.ts';

describe('contextual keywords: weight, quality, rating, tag, intro', () => {
  it('are usable as ids of questions, in conditions, scores and analysis', () => {
    const text = survey(`  intro "请花一分钟" en: "One minute, please"
  number weight "您的体重" en: "Your weight" unit "kg" min 20 max 300 tag tag
  rating rating "总体评分" en: "Overall rating" on sat5 tag quality
  rating quality "服务质量" en: "Service quality" on sat5 when weight > 40
  text intro "自我介绍" en: "About you" optional when rating >= 4 and quality >= 4
  single tag "标签" en: "Label" { a "甲" en: "A" b "乙" en: "B" }
  yesno again "再来吗？" en: "Again?"
  score total = mean(rating, quality)
  quality { exclude when weight > 250 }
  analysis { breakdown by tag }`);
    expect(structuralCodes(text)).toEqual([]);
    const s = compile(text).survey!;
    expect(s.questions.map((q) => q.id)).toEqual(['weight', 'rating', 'quality', 'intro', 'tag', 'again']);
    expect(s.intro?.en).toBe('One minute, please');
    expect(s.questions.find((q) => q.id === 'rating')?.tags).toEqual(['quality']);
    expect(s.quality.length).toBe(1);
  });
});

describe('reserved words (SVY2091)', () => {
  const only = ['SVY1003', 'SVY2091'];
  const text = survey(`  single text "文本类型" en: "Kind of text" { a "新闻" en: "News" b "广告" en: "Ads" }
  yesno sure "确定吗？" en: "Sure?" when text == a`);

  it('says the word is reserved instead of "expected a name"', () => {
    // (recovery after the condition still loses the closing brace: one follow-on error)
    expect(codes(text, { only })).toEqual(["11:10 SVY2091 'text'", "12:38 SVY2091 'text'", "13:1 SVY1003 '}'"]);
    const d = compile(text).diagnostics.find((x) => x.code === 'SVY2091')!;
    expect(d.message).toBe("'text' is a reserved word of the language and cannot be a name here. Rename it, e.g. 'text_'.");
  });

  it('offers a rename that makes the file check clean', () => {
    const r = compile(text);
    const fix = r.diagnostics.find((x) => x.code === 'SVY2091')!.fixes![0];
    expect(fix.title).toBe("Rename 'text' to 'text_'");
    let fixed = text;
    for (const e of [...fix.edits].sort((a, b) => b.range.start - a.range.start))
      fixed = fixed.slice(0, e.range.start) + e.newText + fixed.slice(e.range.end);
    expect(structuralCodes(fixed)).toEqual([]);
    expect(compile(fixed).survey!.questions.map((q) => q.id)).toEqual(['text_', 'sure']);
  });

  it('keeps the plain syntax error when the keyword starts the next line after a missing name', () => {
    expect(codes(survey('  single q1 "问题一" en: "Q1" from\n  single q2 "问题二" en: "Q2" { a "甲" en: "A" }'), { only })).toEqual([
      "12:3 SVY1003 'single'",
    ]);
  });
});
