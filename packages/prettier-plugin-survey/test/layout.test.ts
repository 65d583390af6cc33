// The canonical layout, one rule per test, on inline snippets.
import { describe, expect, it } from 'vitest';
import { checkFormatted, formatSurvey, SurveySyntaxError } from '../src/index.ts';

const fmt = (text: string, printWidth?: number) => formatSurvey(text, printWidth ? { printWidth } : {});

describe('layout', () => {
  it('puts one declaration per line with two-space indentation', async () => {
    expect(await fmt('survey s { title "T" languages zh,en limit questions 5 }')).toBe(
      'survey s {\n  title "T"\n  languages zh, en\n  limit questions 5\n}\n',
    );
  });

  it('puts scale points and choice options one per line', async () => {
    expect(await fmt('scale s 1..2 { 1 "差" en: "Bad" 2 "好" en: "Good" }\nchoices c { a "A" b "B" exclusive }')).toBe(
      'scale s 1..2 {\n  1 "差" en: "Bad"\n  2 "好" en: "Good"\n}\nchoices c {\n  a "A"\n  b "B" exclusive\n}\n',
    );
  });

  it('keeps translations on the line of the default text while the statement fits', async () => {
    expect(await fmt('survey s { intro "介绍" en: "Intro" zh-Hant: "介紹" }')).toBe(
      'survey s {\n  intro "介绍" en: "Intro" zh-Hant: "介紹"\n}\n',
    );
    expect(await fmt('scale s 1..2 { 1 "非常不满意" en: "Very dissatisfied" }')).toBe(
      'scale s 1..2 {\n  1 "非常不满意" en: "Very dissatisfied"\n}\n',
    );
  });

  it("keeps a long check message's `en:` with its text on one continuation line", async () => {
    const out = await fmt(
      'survey s { check children <= household "18 岁以下的人数不能超过家庭总人数,请检查您的回答。" en: "The number of people under 18 cannot be more than the household size; please check your answer." }',
    );
    expect(out).toBe(
      [
        'survey s {',
        '  check children <= household',
        '    "18 岁以下的人数不能超过家庭总人数,请检查您的回答。"',
        '    en: "The number of people under 18 cannot be more than the household size; please check your answer."',
        '}',
        '',
      ].join('\n'),
    );
    expect(await fmt(out)).toBe(out);
  });

  it('puts each translation on a continuation line of its own past the print width', async () => {
    const out = await fmt(
      'survey s { intro "感谢您的惠顾!请用 1 分钟告诉我们您对本次购物的感受。" en: "Thank you for your purchase! Please take one minute to tell us about this experience." zh-Hant: "感謝您的惠顧!" }',
    );
    expect(out).toBe(
      [
        'survey s {',
        '  intro "感谢您的惠顾!请用 1 分钟告诉我们您对本次购物的感受。"',
        '    en: "Thank you for your purchase! Please take one minute to tell us about this experience."',
        '    zh-Hant: "感謝您的惠顧!"',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('puts the attributes of a question on the lines after its translations', async () => {
    const out = await fmt(
      'section p { rating experience "您对本次购物体验的满意度如何?" en: "How satisfied are you with this shopping experience?" on csat5 optional when a > 1 }',
    );
    expect(out).toBe(
      [
        'section p {',
        '  rating experience "您对本次购物体验的满意度如何?"',
        '    en: "How satisfied are you with this shopping experience?"',
        '    on csat5 optional when a > 1',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('breaks a translated head before its brace', async () => {
    const out = await fmt('section p "第一部分:您的使用情况" en: "Part one: how you use the system" points 50 { text q "Q" }', 60);
    expect(out).toBe(
      ['section p "第一部分:您的使用情况"', '  en: "Part one: how you use the system"', '  points 50', '{', '  text q "Q"', '}', ''].join(
        '\n',
      ),
    );
  });

  it('wraps the flags of a choice option like attributes', async () => {
    const out = await fmt(
      'choices c { other "其他(请注明您使用的其他系统名称)" en: "Other (please name the other system you use)" specify exclusive fixed }',
    );
    expect(out).toBe(
      [
        'choices c {',
        '  other "其他(请注明您使用的其他系统名称)"',
        '    en: "Other (please name the other system you use)"',
        '    specify exclusive fixed',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('gives an attribute with a translated text a line of its own, breaking it only when it is too long', async () => {
    const out = await fmt(
      'section p { multi q "您遇到过以下哪些情况?" en: "Which of these happened?" help "可多选" en: "Select any that apply" from kinds min 1 }',
    );
    expect(out).toBe(
      [
        'section p {',
        '  multi q "您遇到过以下哪些情况?"',
        '    en: "Which of these happened?"',
        '    help "可多选" en: "Select any that apply"',
        '    from kinds min 1',
        '}',
        '',
      ].join('\n'),
    );
    const long = await fmt(
      'section p { text q "问题" help "这是一段很长的帮助文字,用来说明如何回答这个问题。" en: "A long help text that explains how to answer." optional }',
    );
    expect(long).toBe(
      [
        'section p {',
        '  text q "问题"',
        '    help "这是一段很长的帮助文字,用来说明如何回答这个问题。"',
        '      en: "A long help text that explains how to answer."',
        '    optional',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('breaks a score after = before breaking its label at the translations', async () => {
    const source = 'survey s { score csat "满意度得分(0–100)" en: "Satisfaction score (0–100)" = rescale(experience, csat5) require all }';
    expect(await fmt(source)).toBe(
      [
        'survey s {',
        '  score csat "满意度得分(0–100)" en: "Satisfaction score (0–100)" =',
        '    rescale(experience, csat5) require all',
        '}',
        '',
      ].join('\n'),
    );
    expect(await fmt(source, 60)).toBe(
      [
        'survey s {',
        '  score csat "满意度得分(0–100)"',
        '    en: "Satisfaction score (0–100)" =',
        '    rescale(experience, csat5) require all',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('prints calls of the keywords nps, reverse and answered with no space before (', async () => {
    const source =
      'survey s {\n  score nps_score "净推荐值" en: "Net Promoter Score" = nps(recommend)\n  score r = mean(reverse(a), answered(a, b))\n}\n';
    expect(await fmt(source)).toBe(source);
    expect(await fmt(source.replace('nps(', 'nps (').replace('reverse(', 'reverse (').replace('answered(', 'answered ( '))).toBe(source);
  });

  it('keeps question attributes on the question line while they fit', async () => {
    expect(await fmt('section p { rating q "好吗?" on sat5 optional tag service }')).toBe(
      'section p {\n  rating q "好吗?" on sat5 optional tag service\n}\n',
    );
  });

  it('wraps attributes onto indented continuation lines past the print width', async () => {
    const out = await fmt('section p { rating q "How good was the service today?" on sat5 optional tag service, delivery when a > 1 }', 50);
    expect(out).toBe(
      [
        'section p {',
        '  rating q "How good was the service today?"',
        '    on sat5 optional tag service, delivery',
        '    when a > 1',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('puts the brace of a wrapped head on its own line', async () => {
    const out = await fmt('section p { single q "Which vendor do you use at the moment?" from vendors randomize { a "A" } }', 50);
    expect(out).toBe(
      [
        'section p {',
        '  single q "Which vendor do you use at the moment?"',
        '    from vendors randomize',
        '  {',
        '    a "A"',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('keeps at most one blank line, and none after { or before }', async () => {
    expect(await fmt('survey s {\n\n\n  title "T"\n\n\n\n  languages zh\n\n}\n\n\n\nscale x 1..2 {}\n')).toBe(
      'survey s {\n  title "T"\n\n  languages zh\n}\n\nscale x 1..2 {}\n',
    );
  });

  it('prints string literals and numbers as written', async () => {
    const source = 'survey s {\n  title "a\\u0041 \\"q\\" \\\\ \\t"\n  target x >= 1.50\n}\n';
    expect(await fmt(source)).toBe(source);
  });

  it('spaces expressions canonically and keeps their parentheses', async () => {
    expect(await fmt('survey s { score x=-a+(b*2)/ f( c,d ) require 2 }')).toBe(
      'survey s {\n  score x = -a + (b * 2) / f(c, d) require 2\n}\n',
    );
  });

  it('turns CRLF into LF and keeps a byte order mark', async () => {
    expect(await fmt('\uFEFFsurvey s {\r\n  title "T"\r\n}\r\n')).toBe('\uFEFFsurvey s {\n  title "T"\n}\n');
  });

  it('keeps a repeated attribute as written rather than dropping it', async () => {
    expect(await fmt('section p { text q "Q" help "a"  help "b" optional }')).toBe(
      'section p {\n  text q "Q" help "a" help "b" optional\n}\n',
    );
  });

  it('formats an empty file to nothing', async () => {
    expect(await fmt('\n\n  \n')).toBe('');
  });
});

describe('checkFormatted', () => {
  it('accepts formatted text and rejects anything else', async () => {
    expect(await checkFormatted('survey s {\n  title "T"\n}\n')).toBe(true);
    expect(await checkFormatted('survey s { title "T" }\n')).toBe(false);
  });
});

describe('syntax errors', () => {
  it('refuses to format, with the first error located (1-based)', async () => {
    const error = await formatSurvey('survey s {\n  title 5\n}\n').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SurveySyntaxError);
    const e = error as SurveySyntaxError;
    expect(e.loc.start).toEqual({ line: 2, column: 9 });
    expect(e.diagnostics[0].code).toBe('SVY1003');
    expect(e.message).toContain('(2:9)');
  });
});
