// The analysis recomputes counts over a repeat group's instances from each response, as
// the form does: `count(members where age < 18)` reads each member's own answers (and the
// response's), `count(members.income)` counts the members who answered, `sum(members.income)`
// adds them; inside a member, a count of its jobs reads that member's jobs only.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compileFile, compileText } from '@survey/compiler';
import { surveyInputOf } from '../src/index.ts';
import { Evaluator } from '../src/evaluate.ts';

const ctx = (answers: Record<string, unknown>) => ({ answers, hidden: {}, scores: {} });

describe('counts over repeat groups in the analysis', () => {
  const input = surveyInputOf(compileFile(join(import.meta.dirname, '../../emitters/test/roster/counts.survey')));
  const ev = new Evaluator(input.analysis, input.sections);

  it('describes them in the analysis configuration as counts of instances', () => {
    const calcs = (input.analysis as unknown as { calculations: Array<{ id: string; expr: unknown }> }).calculations;
    expect(calcs.find((c) => c.id === 'children')?.expr).toEqual({
      type: 'instances',
      roster: 'members',
      where: { type: 'binary', op: '<', left: { type: 'var', name: 'age' }, right: { type: 'number', value: 18 } },
    });
    expect(calcs.find((c) => c.id === 'earners')?.expr).toEqual({ type: 'instances', roster: 'members', answered: 'income' });
  });

  it('counts the members that meet the condition or answered, and sums by path', () => {
    const r = ctx({ size: 3, members: [{ age: 6, income: 100 }, { age: 9 }, { age: 41, income: 5000 }] });
    expect([ev.calculated('children', r), ev.calculated('earners', r), ev.calculated('total', r)]).toEqual([2, 2, 5100]);
    const none = ctx({ size: 1, members: [{}] });
    expect([ev.calculated('children', none), ev.calculated('earners', none), ev.calculated('total', none)]).toEqual([0, 0, undefined]);
    expect(ev.calculated('children', ctx({ size: 1 }))).toBe(0);
  });

  it('reads the response around each instance, and nested groups per instance', () => {
    const text = `survey jobs {
  title "工作" en: "Jobs"
  languages zh, en
  number size "几口人?" en: "How many people?" min 1 max 4 integer
  number std_hours "标准工时" en: "Standard hours" min 1 max 80
  repeat members "成员" en: "Member" for size {
    number age "年龄" en: "Age" min 0 max 120 integer
    number jobs_n "几份工作?" en: "How many jobs?" min 0 max 3 integer
    repeat job_loop "工作" en: "Job" for jobs_n {
      number hours "每周小时数" en: "Hours a week" min 0 max 80
    }
  }
  let over = count(members where age >= 18 and count(job_loop where hours > std_hours) >= 1)
  let hours_given = count(members.hours)
  let all_hours = sum(members.hours)
}`;
    const result = compileText(text);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const input2 = surveyInputOf(result);
    const ev2 = new Evaluator(input2.analysis, input2.sections);
    const r = ctx({
      size: 3,
      std_hours: 40,
      members: [
        { age: 50, jobs_n: 2, job_loop: [{ hours: 30 }, { hours: 45 }] },
        { age: 16, jobs_n: 1, job_loop: [{ hours: 50 }] },
        { age: 30, jobs_n: 1, job_loop: [{}] },
      ],
    });
    expect([ev2.calculated('over', r), ev2.calculated('hours_given', r), ev2.calculated('all_hours', r)]).toEqual([1, 3, 125]);
  });
});
