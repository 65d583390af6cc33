// A roster question read from outside its roster (SVY2102): only through an aggregate.
import { describe, expect, it } from 'vitest';
import { codes, survey } from '../helpers.ts';
import { getDiagnosticDef } from '../../src/index.ts';

const household = `  number size "您家有几口人?" en: "How many people live in your household?" min 1 max 8 integer
  repeat members "家庭成员" en: "Household member" for size {
    text name "姓名" en: "Name"
    number age "{name}的年龄" en: "Age of {name}" min 0 max 120 integer
    yesno works "{name}有工作吗?" en: "Does {name} work?" when age >= 16
  }`;

describe('roster-reference', () => {
  it('lets a question of the instance read the instance, and anything read the aggregates', () => {
    const text = survey(`${household}
  let oldest = max(age)
  let mean_age = mean(age)
  text care "谁照顾老人?" en: "Who looks after the elderly?" optional when oldest >= 65 and members >= 2
  score total_age = sum(age)`);
    expect(codes(text, { only: ['SVY2102'] })).toEqual([]);
  });

  it('reports a bare roster question in a condition, a pipe, a calculated value and a score', () => {
    const text = survey(`${household}
  text care "谁照顾{name}?" en: "Who looks after {name}?" optional when age >= 65
  let first_age = age + 0
  score s = age * 2`);
    expect(codes(text, { only: ['SVY2102'] })).toEqual([
      "17:18 SVY2102 'name'",
      "17:48 SVY2102 'name'",
      "17:70 SVY2102 'age'",
      "18:19 SVY2102 'age'",
      "19:13 SVY2102 'age'",
    ]);
  });

  it('reports an inner roster question read by the outer roster, and a roster counted by its own question', () => {
    const text = survey(`  number n "人数" en: "People" min 1 max 4 integer
  repeat person "人员" en: "Person" for n {
    multi jobs "工作" en: "Jobs" { a "全职" en: "Full time"  b "兼职" en: "Part time" }
    repeat job "工作" en: "Job" for each jobs {
      number hours "每周小时数" en: "Hours a week" min 0 max 80
    }
    text busy "为什么这么忙?" en: "Why so busy?" optional when hours > 60
    text busy2 "X" en: "X" optional when max(hours) > 60
    number k "几个?" en: "How many?" min 0 max 3 integer
    repeat self "X" en: "X" for inner {
      number inner "X" en: "X" min 0 max 3 integer
    }
  }`);
    expect(codes(text, { only: ['SVY2102'] })).toEqual(["17:58 SVY2102 'hours'", "20:33 SVY2102 'inner'"]);
  });

  it("SVY2102: the doc's bad example fires, the good one does not", () => {
    const d = getDiagnosticDef('SVY2102')!;
    const indent = (s: string) =>
      s
        .split('\n')
        .map((l) => '  ' + l)
        .join('\n');
    expect(codes(survey(indent(d.docs.good!)), { only: ['SVY2102'] })).toEqual([]);
    expect(codes(survey(indent(d.docs.bad!)), { only: ['SVY2102'] }).length).toBe(1);
  });
});
