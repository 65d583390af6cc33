// SVY2106: a nested repeat group's name — bare or in count() — read outside the group it
// is nested in (`job_loop` inside `members`, read at the survey level). There a member has
// jobs, the household has none of its own: the number has one value per enclosing
// instance, so the form and the analysis could not agree on one.
import { defineRule } from '../rule.ts';
import { rosterAt, within } from '../../roster.ts';
import { filterAt } from '../../roster-filters.ts';

export default defineRule({
  name: 'roster-count-outside',
  diagnostics: [
    {
      code: 'SVY2106',
      name: 'roster-count-outside',
      severity: 'error',
      message:
        "Repeat group '{name}' is nested in '{parent}': outside '{parent}' it has a number of instances per '{parent}' instance, not one. Read '{name}' inside '{parent}', or aggregate one of its questions (sum, mean, min, max).",
      docs: {
        summary: "A nested repeat group's number of instances read outside the group it is nested in.",
        rationale:
          "Each member has their own jobs: outside the members' group 'job_loop' would be one count per member, so a bare name or count(job_loop) has no single value. A question of the nested group can be aggregated over every instance (sum(hours)); its count can be read inside the enclosing group.",
        bad: 'number size "您家有几口人?" en: "How many people live in your household?" min 1 max 6 integer\nrepeat members "家庭成员" en: "Household member" for size {\n  number jobs_n "几份工作?" en: "How many jobs?" min 0 max 3 integer\n  repeat job_loop "工作" en: "Job" for jobs_n {\n    number hours "每周小时数" en: "Hours a week" min 0 max 80\n  }\n}\ntext busy "…" en: "…" optional when count(job_loop) >= 3',
        good: 'number size "您家有几口人?" en: "How many people live in your household?" min 1 max 6 integer\nrepeat members "家庭成员" en: "Household member" for size {\n  number jobs_n "几份工作?" en: "How many jobs?" min 0 max 3 integer\n  repeat job_loop "工作" en: "Job" for jobs_n {\n    number hours "每周小时数" en: "Hours a week" min 0 max 80\n  }\n}\ntext busy "…" en: "…" optional when sum(hours) >= 60',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s?.rosters.some((r) => r.parent)) return;
    for (const ref of ctx.binding.references) {
      if (ref.target?.kind !== 'roster') continue;
      if (ref.context !== 'condition' && ref.context !== 'formula' && ref.context !== 'pipe') continue;
      const r = s.rosters.find((x) => x.id === ref.name);
      if (!r?.parent || within(rosterAt(s, ref.file, ref.range.start), r.parent)) continue;
      // Inside `count(members where count(job_loop) > 1)`: read in each member.
      if (within(filterAt(ctx.binding, ref.file, ref.range.start)?.roster, r.parent)) continue;
      ctx.report({ code: 'SVY2106', file: ref.file, range: ref.range, args: { name: r.id, parent: r.parent.id } });
    }
  },
});
