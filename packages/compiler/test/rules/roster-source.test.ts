// Repeat groups counted by an answer (SVY2100) or looping over answers (SVY2101), with the
// order rule (SVY2005) on their source; the doc examples of both codes.
import { describe, expect, it } from 'vitest';
import { codes, compile, structuralCodes, survey } from '../helpers.ts';
import { getDiagnosticDef } from '../../src/index.ts';

const indent = (s: string) =>
  s
    .split('\n')
    .map((l) => '  ' + l)
    .join('\n');

describe('roster-source', () => {
  it('binds a counted roster and a loop over answers, with their questions in order', () => {
    const text = survey(`  number size "您家有几口人?" en: "How many people live in your household?" min 1 max 8 integer
  repeat members "家庭成员" en: "Household member" for size {
    text name "姓名" en: "Name"
  }
  multi brands "您用过哪些品牌?" en: "Which brands have you used?" { a "品牌 A" en: "Brand A"  b "品牌 B" en: "Brand B" }
  repeat brand_loop "品牌" en: "Brand" for each brands {
    rating liking "您对{brand_loop}的满意程度" en: "How satisfied are you with {brand_loop}?" on sat5
    text why "为什么?" en: "Why?" optional when brand_loop == a
  }
  repeat visits "就诊" en: "Visit" 3 {
    date visited "就诊日期" en: "Date of the visit"
  }`);
    expect(structuralCodes(text)).toEqual([]);
    const s = compile(text).survey!;
    expect(s.rosters.map((r) => [r.id, r.count])).toEqual([
      ['members', { kind: 'answer', source: 'size' }],
      ['brand_loop', { kind: 'each', source: 'brands' }],
      ['visits', { kind: 'fixed', n: 3 }],
    ]);
    expect(s.questions.map((q) => `${q.id}:${q.roster?.id ?? '-'}`)).toEqual([
      'size:-',
      'name:members',
      'brands:-',
      'liking:brand_loop',
      'why:brand_loop',
      'visited:visits',
    ]);
  });

  it('needs a number question for `for q` (SVY2100) and a multi question for `for each q` (SVY2101)', () => {
    const text = survey(`  single kind "类型" en: "Kind" { a "A" en: "A"  b "B" en: "B" }
  number cars "几辆车?" en: "How many cars?" min 0 max 5 integer
  repeat r1 "R1" en: "R1" for kind max 3 {
    text x1 "X" en: "X"
  }
  repeat r2 "R2" en: "R2" for each cars {
    text x2 "X" en: "X"
  }
  repeat r3 "R3" en: "R3" for each kind {
    text x3 "X" en: "X"
  }`);
    expect(codes(text, { only: ['SVY2100', 'SVY2101'] })).toEqual(["13:31 SVY2100 'kind'", "16:36 SVY2101 'cars'", "19:36 SVY2101 'kind'"]);
  });

  it('needs the source before the roster (SVY2005) and reports an unknown one once (SVY2002)', () => {
    const text = survey(`  repeat members "成员" en: "Member" for size {
    text name "姓名" en: "Name"
  }
  number size "几口人?" en: "How many people?" min 1 max 8 integer
  repeat r "R" en: "R" for nothing max 2 {
    text x "X" en: "X"
  }`);
    expect(codes(text, { only: ['SVY2005', 'SVY2002', 'SVY2100'] })).toEqual(["11:40 SVY2005 'size'", "15:28 SVY2002 'nothing'"]);
  });

  it('nests, and a roster name is an id like a question (SVY2001 on a clash)', () => {
    const text = survey(`  number n "人数" en: "People" min 1 max 4 integer
  repeat person "人员" en: "Person" for n {
    multi jobs "工作" en: "Jobs" { a "全职" en: "Full time"  b "兼职" en: "Part time" }
    repeat job "工作" en: "Job" for each jobs {
      number hours "每周小时数" en: "Hours a week" min 0 max 80
    }
  }
  text person "重复" en: "Clash" optional`);
    const s = compile(text).survey!;
    expect(s.rosters.map((r) => [r.id, r.depth, r.parent?.id])).toEqual([
      ['person', 1, undefined],
      ['job', 2, 'person'],
    ]);
    expect(codes(text, { only: ['SVY2001'] })).toEqual(["18:8 SVY2001 'person'"]);
  });

  for (const code of ['SVY2100', 'SVY2101']) {
    it(`${code}: the doc's bad example fires, the good one does not`, () => {
      const d = getDiagnosticDef(code)!;
      expect(codes(survey(indent(d.docs.good!)), { only: [code] })).toEqual([]);
      expect(codes(survey(indent(d.docs.bad!)), { only: [code] }).length).toBe(1);
    });
  }
});
