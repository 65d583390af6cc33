// Flow statements: page breaks and screen-outs among a section's questions (with the
// index of the question after them), end screens, `shuffle` groups of sections,
// `randomize` / `fixed` on sections and questions; the four words stay usable as ids.
import { describe, expect, it } from 'vitest';
import { parse, reparseWithInfo, type SectionDecl, type ShuffleDecl } from '../src/index.ts';

const text = `survey s {
  languages zh, en
  yesno customer "您是我们的客户吗?" en: "Are you our customer?"
  screenout not_customer "感谢您!本调查只面向客户。" en: "Thank you! This survey is for customers only." when customer == no
  page
  section a "服务" en: "Service" randomize {
    rating x "总体满意度" en: "Overall" on nps fixed
    page
    rating y "推荐" en: "Recommend" on nps
    screenout low "谢谢" en: "Thanks" when y < 2
  }
  shuffle brands {
    section b1 "品牌一" en: "Brand one" { yesno b "买过吗?" en: "Bought it?" }
    section b2 "品牌二" en: "Brand two" fixed { yesno c "买过吗?" en: "Bought it?" }
  }
  end happy "谢谢您的支持!" en: "Thank you for your support!" when x >= 9
  end thanks "谢谢!" en: "Thank you!"
  date end "结束日期" en: "End date"
  text page "页面" en: "Page" optional
}`;

describe('flow syntax', () => {
  const r = parse(text);
  const members = r.ast.surveys[0].members;

  it('parses without diagnostics, keeping each statement in source order', () => {
    expect(r.diagnostics).toEqual([]);
    expect(members.map((m) => m.kind)).toEqual([
      'Header',
      'Question',
      'ScreenOut',
      'Page',
      'Section',
      'Shuffle',
      'End',
      'End',
      'Question',
      'Question',
    ]);
  });

  it('places page breaks and screen-outs before the question index that follows them', () => {
    const a = members[4] as SectionDecl;
    expect([a.randomize, a.questions.map((q) => [q.id?.name, q.fixed ?? false])]).toEqual([
      true,
      [
        ['x', true],
        ['y', false],
      ],
    ]);
    expect(a.flow?.map((f) => [f.kind, f.before])).toEqual([
      ['Page', 1],
      ['ScreenOut', 2],
    ]);
  });

  it('reads a shuffle group with a fixed section, end screens with and without a condition', () => {
    const g = members[5] as ShuffleDecl;
    expect([g.id?.name, g.sections.map((s) => [s.id?.name, s.fixed ?? false])]).toEqual([
      'brands',
      [
        ['b1', false],
        ['b2', true],
      ],
    ]);
    expect(members.filter((m) => m.kind === 'End').map((m) => [m.id?.name, !!m.when])).toEqual([
      ['happy', true],
      ['thanks', false],
    ]);
  });

  it('requires a condition on a screen-out', () => {
    expect(parse('survey s {\n  screenout x "再见" en: "Bye"\n}').diagnostics.length).toBeGreaterThan(0);
  });

  it('re-parses an edit inside a screen-out or a shuffle group like a full parse', () => {
    for (const [needle, ins] of [
      ['customer == no', ' '],
      ['"品牌二"', 'x'],
      ['y < 2', '0'],
    ]) {
      const at = text.indexOf(needle) + needle.length - 1;
      const next = text.slice(0, at) + ins + text.slice(at);
      const info = reparseWithInfo(parse(text), { start: at, end: at, text: ins });
      expect(info.result.ast).toEqual(parse(next).ast);
    }
  });
});
