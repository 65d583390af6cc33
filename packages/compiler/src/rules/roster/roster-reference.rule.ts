// SVY2102: a question of a repeat group (roster) read from outside it — a condition,
// formula or piped text of another question, a calculated value, a score — other than
// through an aggregate (`sum(age)`, `mean(age)`, `min(age)`, `max(age)`). Outside its
// roster a question has one answer per instance, so a bare name says nothing about which.
import { defineRule } from '../rule.ts';
import { isRow, type Roster } from '../../model.ts';
import { surveyExpressions, walkExpr } from '../../expr-walk.ts';
import { rosterAggregates, rosterAt, within } from '../../roster.ts';
import { filterAt } from '../../roster-filters.ts';

export default defineRule({
  name: 'roster-reference',
  diagnostics: [
    {
      code: 'SVY2102',
      name: 'roster-reference-outside',
      severity: 'error',
      message:
        "'{name}' is asked once per instance of repeat group '{roster}': outside it, read it through an aggregate (sum({name}), mean({name}), min({name}), max({name})) or count the instances with '{roster}'.",
      docs: {
        summary: 'A question inside a repeat group read from outside it without an aggregate.',
        rationale:
          'A roster question has one answer per instance (the age of each household member); outside the roster a bare name cannot say which instance is meant. Inside the roster it means the current instance.',
        bad: 'number size "您家有几口人?" en: "How many people live in your household?" min 1 max 10 integer\nrepeat members "家庭成员" en: "Household member" for size {\n  number age "年龄" en: "Age" min 0 max 120 integer\n}\ntext care "谁照顾老人?" en: "Who looks after the elderly?" when age >= 65',
        good: 'number size "您家有几口人?" en: "How many people live in your household?" min 1 max 10 integer\nrepeat members "家庭成员" en: "Household member" for size {\n  number age "年龄" en: "Age" min 0 max 120 integer\n}\ntext care "谁照顾老人?" en: "Who looks after the elderly?" when max(age) >= 65',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s || s.rosters.length === 0) return;
    // Names that are direct arguments of an aggregate, by file and offset.
    const aggregated = new Set<string>();
    for (const { expr, file } of surveyExpressions(s)) {
      walkExpr(expr, (e, parents) => {
        const p = parents[parents.length - 1];
        if (e.kind === 'NameRef' && p?.kind === 'Call' && rosterAggregates.has(p.callee.name))
          aggregated.add(`${file}:${e.range.end - e.name.length}`);
        // count(members.age): the instances that answered it (roster-filters.ts)
        if (e.kind === 'NameRef' && e.qualifier && p?.kind === 'Call' && p.callee.name === 'count')
          aggregated.add(`${file}:${e.range.end - e.name.length}`);
      });
    }
    // `for q` is read where the roster starts, that is in the enclosing roster.
    const sourceOf = new Map<string, Roster>();
    for (const r of s.rosters) if (r.node.source) sourceOf.set(`${r.file}:${r.node.source.range.start}`, r);
    for (const ref of ctx.binding.references) {
      if (!ref.target || (ref.target.kind !== 'question' && ref.target.kind !== 'row')) continue;
      if (ref.context !== 'condition' && ref.context !== 'formula' && ref.context !== 'pipe') continue;
      const v = s.variables.get(ref.name);
      const owner = v ? (isRow(v) ? v.matrix : v) : undefined;
      if (!owner?.roster) continue;
      const key = `${ref.file}:${ref.range.start}`;
      const source = sourceOf.get(key);
      const at = source ? source.parent : rosterAt(s, ref.file, ref.range.start);
      if (within(at, owner.roster)) continue;
      // Inside `count(members where …)`: read in each instance; SVY2172 says when that is ambiguous.
      if (!source && filterAt(ctx.binding, ref.file, ref.range.start)?.roster) continue;
      if (!source && aggregated.has(key)) continue;
      ctx.report({ code: 'SVY2102', file: ref.file, range: ref.range, args: { name: ref.name, roster: owner.roster.id } });
    }
  },
});
