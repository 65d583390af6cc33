// Aggregates by dotted path (`sum(members.income)`), counts of answered instances
// (`count(members.age)`) and conditional counts (`count(members where age < 18)`):
// SVY2170–SVY2174, and that the clean forms pass every rule.
import { describe, expect, it } from 'vitest';
import { codes, compile, survey } from '../helpers.ts';
import { getDiagnosticDef, rangeOf } from '../../src/index.ts';

const household = `  number size "您家有几口人?" en: "How many people live in your household?" min 1 max 6 integer
  repeat members "家庭成员" en: "Household member" for size {
    text member_name "姓名" en: "Name"
    number age "年龄" en: "Age" min 0 max 120 integer
    number income "月收入" en: "Monthly income" min 0 max 100000 optional
    single sex "性别" en: "Sex" { female "女" en: "Female"  male "男" en: "Male" }
    yesno student "在上学吗?" en: "At school?"
    number jobs_n "几份工作?" en: "How many jobs?" min 0 max 3 integer
    repeat job_loop "工作" en: "Job" for jobs_n {
      number hours "每周小时数" en: "Hours a week" min 0 max 80
    }
  }
  repeat visits "就诊" en: "Visit" 3 {
    number fee "费用" en: "Cost" min 0 max 10000
  }
  number rooms "几间卧室?" en: "How many bedrooms?" min 1 max 9 integer`;

const ours = ['SVY2170', 'SVY2171', 'SVY2172', 'SVY2173', 'SVY2174'];

describe('roster-aggregate', () => {
  it('accepts dotted aggregates, counts of answers and conditional counts, in lets, checks, conditions and pipes', () => {
    const text = survey(`${household}
  let total = sum(members.income)
  let mean_age = mean(members.age)
  let oldest = max(members.age)
  let answered_income = count(members.income)
  let children = count(members where age < 18)
  let women_at_school = count(members where sex == female and student == yes)
  let long_jobs = count(members where count(job_loop where hours > 40) >= 1)
  let all_hours = sum(members.hours)
  let feely = count(visits where fee > size * 100)
  check children < size "孩子人数应少于家庭人数。" en: "There are fewer children than people."
  text note "家里有 {children} 个孩子。" en: "{children} children live here." optional when count(members where age >= 65) >= 1`);
    expect(compile(text).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('gives the ranges of the group: count in 0..bound, sum by instances', () => {
    const text = survey(`${household}
  let children = count(members where age < 18)
  let income_n = count(members.income)
  let hours_answered = count(members.hours)`);
    const s = compile(text).survey!;
    const range = (id: string) => rangeOf(s, s.calculations.get(id)!.expr);
    expect(range('children')).toEqual([0, 6]);
    expect(range('income_n')).toEqual([0, 6]);
    expect(range('hours_answered')).toEqual([0, 18]);
  });

  it('SVY2170: a path to a question of another group or of none', () => {
    const text = survey(`${household}
  let a = sum(visits.age)
  let b = sum(members.rooms)`);
    expect(codes(text, { only: ours })).toEqual(["27:15 SVY2170 'visits'", "28:15 SVY2170 'members.rooms'"]);
  });

  it('SVY2171: sum or mean of a question that is not numeric, with what to count instead', () => {
    const text = survey(`${household}
  let a = sum(members.sex)
  let b = mean(members.member_name)
  let c = max(members.student)`);
    const r = compile(text);
    const ds = r.diagnostics.filter((d) => ours.includes(d.code) || d.code === 'SVY2019');
    expect(ds.map((d) => d.code)).toEqual(['SVY2171', 'SVY2171', 'SVY2171']);
    expect(ds[0].message).toContain('count(members where sex == female)');
    expect(ds[1].message).toContain('count(members.member_name)');
    expect(ds[2].message).toContain('student == yes');
  });

  it('SVY2172: a where condition reading another group without an aggregate', () => {
    const text = survey(`${household}
  let a = count(members where fee > 100)
  let b = count(members where hours > 40)
  let c = count(members where max(hours) > 40 and age > 18)`);
    expect(codes(text, { only: [...ours, 'SVY2102'] })).toEqual(["27:31 SVY2172 'fee'", "28:31 SVY2172 'hours'"]);
  });

  it('SVY2173: where outside count() or without a group', () => {
    const text = survey(`${household}
  let a = count(age where age < 18)
  let b = sum(members where age < 18)`);
    expect(codes(text, { only: ours })).toEqual(["27:21 SVY2173 'where'", "28:23 SVY2173 'where'"]);
  });

  it('SVY2174: a path inside its own group, or through a nested group outside its parent', () => {
    const text = survey(`${household}
  let a = count(members where members.age >= 60)
  let b = sum(job_loop.hours)`);
    expect(codes(text, { only: [...ours, 'SVY2106'] })).toEqual(["27:31 SVY2174 'members'", "28:15 SVY2174 'job_loop'"]);
    const fix = compile(text).diagnostics.find((d) => d.code === 'SVY2174')!.fixes?.[0];
    expect(fix?.edits[0].newText).toBe('');
  });

  it('keeps SVY2102 for a path read outside an aggregate', () => {
    const text = survey(`${household}
  text note "备注" en: "Note" optional when members.age > 60`);
    expect(codes(text, { only: [...ours, 'SVY2102'] })).toEqual(["27:51 SVY2102 'age'"]);
  });

  for (const code of ours) {
    it(`${code} documents a bad and a good example that behave as documented`, () => {
      const d = getDiagnosticDef(code)!;
      const indent = (s: string) =>
        s
          .split('\n')
          .map((l) => `  ${l}`)
          .join('\n');
      expect(codes(survey(indent(d.docs.good!)), { only: [code] })).toEqual([]);
      expect(codes(survey(indent(d.docs.bad!)), { only: [code] })).toHaveLength(1);
    });
  }
});
