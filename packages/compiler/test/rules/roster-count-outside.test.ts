// A nested repeat group's number of instances read outside its enclosing group (SVY2106).
import { describe, expect, it } from 'vitest';
import { codes, survey } from '../helpers.ts';
import { getDiagnosticDef } from '../../src/index.ts';

const household = `  number size "您家有几口人?" en: "How many people live in your household?" min 1 max 6 integer
  repeat members "家庭成员" en: "Household member" for size {
    multi jobs "有哪些工作?" en: "Which jobs?" optional { employed "受雇" en: "Employed"  own "自营" en: "Self-employed" }
    repeat job_loop "工作" en: "Job" for each jobs {
      number hours "每周小时数" en: "Hours a week" min 0 max 80
    }
    text note "备注({job_loop} 份工作)" en: "Note ({job_loop} jobs)" optional when count(job_loop) >= 1
  }`;

describe('roster-count-outside', () => {
  it('lets the enclosing group read a nested group, and anything read the outer group and aggregates', () => {
    const text = survey(`${household}
  let people = count(members) + members
  let total_hours = sum(hours)`);
    expect(codes(text, { only: ['SVY2106'] })).toEqual([]);
  });

  it('reports a nested group counted, named or piped outside its enclosing group', () => {
    const text = survey(`${household}
  let jobs_total = count(job_loop)
  text busy "{job_loop}" en: "{job_loop}" optional when job_loop >= 2`);
    expect(codes(text, { only: ['SVY2106'] })).toEqual([
      "19:26 SVY2106 'job_loop'",
      "20:15 SVY2106 'job_loop'",
      "20:32 SVY2106 'job_loop'",
      "20:57 SVY2106 'job_loop'",
    ]);
  });

  it('documents a bad and a good example that behave as documented', () => {
    const d = getDiagnosticDef('SVY2106')!;
    const indent = (s: string) =>
      s
        .split('\n')
        .map((l) => `  ${l}`)
        .join('\n');
    expect(codes(survey(indent(d.docs.good!)), { only: ['SVY2106'] })).toEqual([]);
    expect(codes(survey(indent(d.docs.bad!)), { only: ['SVY2106'] })).toHaveLength(1);
  });
});
