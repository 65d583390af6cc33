// Repeat groups (rosters): the three ways to count instances, nesting, `repeat` as an id,
// and partial input that recovers without a crash.
import { describe, expect, it } from 'vitest';
import { parse, type RepeatDecl, type SectionDecl } from '../src/index.ts';

const wrap = (body: string) => `survey s {\n  languages zh, en\n${body}\n}\n`;

describe('repeat groups', () => {
  it('parses a fixed count, a count from an answer with max, a loop over answers, nested in a section', () => {
    const r = parse(
      wrap(`  section home "家庭" en: "Household" {
    number size "几口人?" en: "How many people?" min 1 max 8 integer
    repeat members "家庭成员" en: "Household member" for size max 6 {
      text name "姓名" en: "Name"
      repeat job_loop for each jobs {
        number hours "小时" en: "Hours"
      }
    }
    text after "之后" en: "After"
  }
  repeat visits "就诊" en: "Visit" 3 { date visited "日期" en: "Date" }`),
    );
    expect(r.diagnostics).toEqual([]);
    const s = r.ast.surveys[0];
    const section = s.members.find((m) => m.kind === 'Section') as SectionDecl;
    expect(section.questions.map((q) => q.id?.name)).toEqual(['size', 'after']);
    const members = section.repeats![0];
    expect([members.id?.name, members.source?.name, members.each, members.max?.value, members.title?.parts.map((p) => p.value)]).toEqual([
      'members',
      'size',
      false,
      6,
      ['家庭成员', 'Household member'],
    ]);
    const loop = members.members[1] as RepeatDecl;
    expect([loop.kind, loop.id?.name, loop.source?.name, loop.each, loop.title]).toEqual(['Repeat', 'job_loop', 'jobs', true, undefined]);
    const visits = s.members.find((m) => m.kind === 'Repeat') as RepeatDecl;
    expect([visits.count?.value, visits.source, visits.members.length]).toEqual([3, undefined, 1]);
  });

  it('keeps `repeat` usable as a question id (contextual keyword)', () => {
    const r = parse(
      wrap(`  yesno repeat "您会再次购买吗?" en: "Would you buy again?"\n  text why "为什么?" en: "Why?" when repeat == yes`),
    );
    expect(r.diagnostics).toEqual([]);
  });

  it('recovers from partial groups without throwing', () => {
    for (const body of [
      '  repeat',
      '  repeat x',
      '  repeat x for',
      '  repeat x for each {',
      '  repeat x 3 { text',
      '  repeat x "t" max 3 { }',
    ]) {
      const r = parse(wrap(body));
      expect(r.diagnostics.length, body).toBeGreaterThan(0);
    }
  });
});
