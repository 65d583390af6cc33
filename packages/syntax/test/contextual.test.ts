// Contextual keywords (weight, quality, rating, tag, intro, answers) as ids, the
// `answers optional` header, and the reserved-word diagnostic (SVY2091) for the others.
import { describe, expect, it } from 'vitest';
import { parse, type QuestionDecl } from '../src/index.ts';

const questions = (text: string) => parse(text).ast.surveys[0].members.filter((m): m is QuestionDecl => m.kind === 'Question');

describe('contextual keywords', () => {
  it('parse as ids and as keywords in one survey', () => {
    const text = `survey s {
  intro "说明" en: "Intro"
  answers optional
  number weight "体重" en: "Weight" tag tag, quality
  rating rating "评分" en: "Rating" on sat5 when weight > 0
  single quality "质量" en: "Quality" { tag "标签" intro "介绍" } required
  text intro "介绍" en: "About you" when quality == tag
  yesno answers "答完了吗" en: "Done?"
}`;
    const r = parse(text);
    expect(r.diagnostics).toEqual([]);
    expect(questions(text).map((q) => [q.id?.name, q.required])).toEqual([
      ['weight', undefined],
      ['rating', undefined],
      ['quality', true],
      ['intro', undefined],
      ['answers', undefined],
    ]);
    expect(questions(text)[0].tags.map((t) => t.name)).toEqual(['tag', 'quality']);
    const header = r.ast.surveys[0].members.find((m) => m.kind === 'Header' && m.key === 'answers');
    expect(header).toMatchObject({ required: false });
  });

  it('`answers` takes only optional or required', () => {
    expect(parse('survey s {\n  answers maybe\n}').diagnostics.map((d) => d.code)).toEqual(['SVY1003']);
  });
});

describe('reserved words (SVY2091)', () => {
  it('names the reserved word and a rename', () => {
    const r = parse('survey s {\n  date date "日期" en: "Date"\n}');
    expect(r.diagnostics.map((d) => [d.code, d.message, d.args])).toEqual([
      [
        'SVY2091',
        "'date' is a reserved word of the language and cannot be a name here. Rename it, e.g. 'date_'.",
        { word: 'date', rename: 'date_' },
      ],
    ]);
  });
});
