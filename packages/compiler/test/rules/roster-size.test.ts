// The size of a roster: a bound for counted rosters (SVY2103), whole counts (SVY2104), nesting depth (SVY2105).
import { describe, expect, it } from 'vitest';
import { codes, compile, survey } from '../helpers.ts';
import { getDiagnosticDef, rosterBound } from '../../src/index.ts';

describe('roster-size', () => {
  it('bounds a roster by its own max, its number question, its options or its fixed count', () => {
    const text = survey(`  number size "您家有几口人?" en: "How many people?" min 1 max 8 integer
  repeat members "成员" en: "Member" for size max 6 {
    text name "姓名" en: "Name"
  }
  repeat all_members "成员" en: "Member" for size {
    text name2 "姓名" en: "Name"
  }
  multi brands "品牌" en: "Brands" { a "A" en: "A"  b "B" en: "B"  c "C" en: "C" }
  repeat loop "品牌" en: "Brand" for each brands {
    text note "备注" en: "Note" optional
  }
  repeat visits "就诊" en: "Visit" 3 {
    date visited "日期" en: "Date"
  }`);
    const s = compile(text).survey!;
    expect(s.rosters.map((r) => rosterBound(r, s))).toEqual([6, 8, 3, 3]);
    expect(codes(text, { only: ['SVY2103', 'SVY2104', 'SVY2105'] })).toEqual([]);
  });

  it('needs a bound on a count from an answer (SVY2103)', () => {
    const text = survey(`  number size "您家有几口人?" en: "How many people?" min 1 integer
  repeat members "成员" en: "Member" for size {
    text name "姓名" en: "Name"
  }
  repeat members2 "成员" en: "Member" for size max 10 {
    text name2 "姓名" en: "Name"
  }`);
    expect(codes(text, { only: ['SVY2103'] })).toEqual(["12:40 SVY2103 'size'"]);
  });

  it('needs whole counts from 1 to 100 (SVY2104)', () => {
    const text = survey(`  repeat a "A" en: "A" 0 {
    text x "X" en: "X"
  }
  repeat b "B" en: "B" 2.5 {
    text y "Y" en: "Y"
  }
  number n "N" en: "N" min 1 max 5 integer
  repeat c "C" en: "C" for n max 500 {
    text z "Z" en: "Z"
  }`);
    expect(codes(text, { only: ['SVY2104'] })).toEqual(["11:24 SVY2104 '0'", "14:24 SVY2104 '2.5'", "18:34 SVY2104 '500'"]);
  });

  it('allows three levels of nesting, not four (SVY2105)', () => {
    const d = getDiagnosticDef('SVY2105')!;
    const indent = (s: string) =>
      s
        .split('\n')
        .map((l) => '  ' + l)
        .join('\n');
    expect(codes(survey(indent(d.docs.good!)), { only: ['SVY2105'] })).toEqual([]);
    expect(codes(survey(indent(d.docs.bad!)), { only: ['SVY2105'] })).toEqual(["14:16 SVY2105 'd'"]);
    for (const code of ['SVY2103', 'SVY2104']) {
      const dd = getDiagnosticDef(code)!;
      expect(codes(survey(indent(dd.docs.good!)), { only: [code] })).toEqual([]);
      expect(codes(survey(indent(dd.docs.bad!)), { only: [code] }).length).toBe(1);
    }
  });
});
