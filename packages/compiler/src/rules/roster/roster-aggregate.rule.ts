// Aggregates over the instances of a repeat group (roster-filters.ts):
// SVY2170: `members.age` where `age` is not asked in `members` (or not in any group).
// SVY2171: sum/mean/min/max of a roster question that is not numeric.
// SVY2172: a `where` condition reading a question of another repeat group, which has no one
//          answer in the instance the condition is read in.
// SVY2173: `where` outside count(), or without a repeat group as count's one argument.
// SVY2174: a dotted path whose group encloses the place it is read (the name alone means
//          this instance), or whose group is nested in one that does not (`job_loop.hours`
//          outside `members`; SVY2106's rule for the group's count).
import type * as A from '@survey/syntax';
import { defineRule } from '../rule.ts';
import { enclosingCall, surveyExpressions, walkExpr } from '../../expr-walk.ts';
import { rosterAggregates, rosterAt, within } from '../../roster.ts';
import { filterAt, filteredRoster, instanceFilters, qualifierRoster, questionOfName, readInInstance } from '../../roster-filters.ts';
import type { Roster } from '../../model.ts';

const household = `number size "您家有几口人?" en: "How many people live in your household?" min 1 max 10 integer
repeat members "家庭成员" en: "Household member" for size {
  text name "姓名" en: "Name"
  number age "年龄" en: "Age" min 0 max 120 integer
  single sex "性别" en: "Sex" { female "女" en: "Female"  male "男" en: "Male" }
}`;

export default defineRule({
  name: 'roster-aggregate',
  diagnostics: [
    {
      code: 'SVY2170',
      name: 'roster-path',
      severity: 'error',
      message: {
        otherGroup: "'{name}' is not asked in repeat group '{group}' but in '{owner}': name it through its own group, `{owner}.{name}`.",
        noGroup: "'{name}' is not asked in a repeat group: it has one answer per response. Read it as '{name}', without '{group}.'.",
      },
      docs: {
        summary: 'A dotted path `group.question` whose question is not asked in that repeat group.',
        rationale:
          '`sum(members.age)` says which instances are added: those of the group the question is asked in. A path through another group, or to a question asked once per response, names instances that do not exist.',
        bad: `${household}\nnumber rooms "几间卧室?" en: "How many bedrooms?" min 1 max 9 integer\nlet total = sum(members.rooms)`,
        good: `${household}\nlet total_age = sum(members.age)`,
      },
    },
    {
      code: 'SVY2171',
      name: 'roster-aggregate-type',
      severity: 'error',
      message: {
        choice:
          "{fn}() needs numbers, and '{name}' is a {kind} question. Count the instances of '{group}' that answered it, `count({group}.{name})`, or those with one answer, `count({group} where {name} == {code})`.",
        other:
          "{fn}() needs numbers, and '{name}' is a {kind} question. Count the instances of '{group}' that answered it instead: `count({group}.{name})`.",
      },
      docs: {
        summary: 'sum, mean, min or max over the instances of a repeat group of a question that is not numeric.',
        rationale:
          'A name, a sex or a date has no sum or mean. What a form usually needs is how many members answered, or how many gave one answer; `count` says that.',
        bad: `${household}\nlet women = sum(members.sex)`,
        good: `${household}\nlet women = count(members where sex == female)`,
      },
    },
    {
      code: 'SVY2172',
      name: 'roster-filter-scope',
      severity: 'error',
      message:
        "In `count({group} where …)` the condition is read in each instance of '{group}', and '{name}' is asked in repeat group '{owner}', which does not enclose it: there it has no one answer. Filter '{owner}' itself, `count({owner} where …)`, or read '{name}' through an aggregate.",
      docs: {
        summary: 'A `where` condition that reads a question of another repeat group without an aggregate.',
        rationale:
          "The condition of `count(members where …)` is read once per member: the member's own answers, and answers given once per response or per enclosing instance. A question of another group (visits, or each member's jobs) has many answers there, and the condition could not say which.",
        bad: `${household}\nrepeat visits "就诊" en: "Visit" 3 {\n  number fee "费用" en: "Cost" min 0 max 10000\n}\nlet many = count(members where fee > 100)`,
        good: `${household}\nrepeat visits "就诊" en: "Visit" 3 {\n  number fee "费用" en: "Cost" min 0 max 10000\n}\nlet many = count(visits where fee > 100)`,
      },
    },
    {
      code: 'SVY2173',
      name: 'roster-filter-call',
      severity: 'error',
      message:
        '`where` keeps the instances of a repeat group that meet a condition: it goes in count() with the group as its one argument, as in `count(members where age < 18)`.',
      docs: {
        summary: '`where` in another function than count(), or without a repeat group as its argument.',
        bad: `${household}\nlet kids = count(age where age < 18)`,
        good: `${household}\nlet kids = count(members where age < 18)`,
      },
    },
    {
      code: 'SVY2174',
      name: 'roster-path-scope',
      severity: 'error',
      message: {
        inside: "Inside repeat group '{group}', '{name}' already means this instance's answer: write '{name}'.",
        nested:
          "Repeat group '{group}' is nested in '{parent}': outside '{parent}' it has instances per '{parent}' instance. Name the question through '{parent}', `{parent}.{name}` (every {group} of every {parent}), or read it inside '{parent}'.",
      },
      docs: {
        summary: 'A dotted path read inside its own group, or through a nested group outside the group it is nested in.',
        rationale:
          "Inside a member, `age` is that member's age; `members.age` would say the same thing twice. Outside the members' group a member's jobs are many groups of jobs, one per member: the path goes through the outermost group that is not already read.",
        bad: `${household}\nlet older = count(members where members.age >= 60)`,
        good: `${household}\nlet older = count(members where age >= 60)`,
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s || s.rosters.length === 0) return;
    const b = ctx.binding;
    /** The group an offset is read in: a `where` condition's, else the enclosing repeat group. */
    const scopeAt = (file: string, offset: number): Roster | undefined => filterAt(b, file, offset)?.roster ?? rosterAt(s, file, offset);
    for (const { expr, file } of surveyExpressions(s)) {
      walkExpr(expr, (e, parents) => {
        if (e.kind === 'Call' && e.where && !filteredRoster(e, b)) ctx.report({ code: 'SVY2173', file, range: e.where.keywordRange });
        if (e.kind !== 'NameRef') return;
        const q = questionOfName(e, b);
        const call = enclosingCall(parents);
        const aggregate = call && rosterAggregates.has(call.callee.name) ? call.callee.name : undefined;
        // SVY2171: sum(members.sex)
        if (q?.roster && aggregate && call?.args.includes(e) && !readInInstance(s, b, q, file, e.range.start)) {
          const v = s.variables.get(e.name);
          const kind = v && !('matrix' in v) ? v.kind : undefined;
          if (kind && !['number', 'rating', 'nps', 'matrix'].includes(kind)) {
            const group = q.roster.id;
            const code = q.choices?.options[0]?.code ?? (kind === 'yesno' ? 'yes' : undefined);
            const nameRange = { start: e.range.end - e.name.length, end: e.range.end };
            if (code !== undefined)
              ctx.report({
                code: 'SVY2171',
                messageId: 'choice',
                file,
                range: nameRange,
                args: { fn: aggregate, name: e.name, kind, group, code: String(code) },
              });
            else
              ctx.report({
                code: 'SVY2171',
                messageId: 'other',
                file,
                range: nameRange,
                args: { fn: aggregate, name: e.name, kind, group },
              });
          }
        }
        if (!e.qualifier) return;
        const group = qualifierRoster(e, b);
        if (!group || !q) return; // an unknown or wrong kind of name: SVY2002
        const qualifier = e.qualifier;
        // SVY2170: members.rooms
        if (!q.roster) {
          ctx.report({
            code: 'SVY2170',
            messageId: 'noGroup',
            file,
            range: e.range,
            args: { name: e.name, group: group.id },
            fixes: [dropQualifier(file, qualifier, e)],
          });
          return;
        }
        if (!within(q.roster, group)) {
          const owner = outermostUnread(q.roster, scopeAt(file, e.range.start));
          ctx.report({
            code: 'SVY2170',
            messageId: 'otherGroup',
            file,
            range: qualifier.range,
            args: { name: e.name, group: group.id, owner: owner.id },
          });
          return;
        }
        // SVY2174: the group encloses the place, or its parent does not
        const at = scopeAt(file, e.range.start);
        if (within(at, group)) {
          ctx.report({
            code: 'SVY2174',
            messageId: 'inside',
            file,
            range: qualifier.range,
            args: { group: group.id, name: e.name },
            fixes: [dropQualifier(file, qualifier, e)],
          });
          return;
        }
        if (group.parent && !within(at, group.parent)) {
          const parent = outermostUnread(group, at);
          ctx.report({
            code: 'SVY2174',
            messageId: 'nested',
            file,
            range: qualifier.range,
            args: { group: group.id, parent: parent.id, name: e.name },
          });
        }
      });
    }
    // SVY2172: count(members where fee > 100), `fee` asked once per visit
    for (const site of instanceFilters(b)) {
      if (!site.roster) continue;
      walkExpr(site.cond, (e, parents) => {
        if (e.kind !== 'NameRef') return;
        const q = questionOfName(e, b);
        if (!q?.roster) return;
        const call = enclosingCall(parents);
        if (call && rosterAggregates.has(call.callee.name) && call.args.includes(e)) return;
        if (call?.callee.name === 'count' && call.args.includes(e) && e.qualifier) return; // count(visits.fee)
        // the innermost filter around the name decides (a nested `where` is its own site)
        if (filterAt(b, site.file, e.range.start) !== site) return;
        if (readInInstance(s, b, q, site.file, e.range.start)) return;
        const range = { start: e.range.end - e.name.length, end: e.range.end };
        ctx.report({ code: 'SVY2172', file: site.file, range, args: { group: site.roster!.id, name: e.name, owner: q.roster.id } });
      });
    }
  },
});

/** The outermost group of `r`'s chain that does not enclose `at`: the one a path from `at` goes through. */
function outermostUnread(r: Roster, at: Roster | undefined): Roster {
  let g = r;
  while (g.parent && !within(at, g.parent)) g = g.parent;
  return g;
}

function dropQualifier(file: string, qualifier: A.Identifier, e: A.NameRef) {
  return {
    title: `Write '${e.name}'`,
    edits: [{ file, range: { start: qualifier.range.start, end: e.range.end - e.name.length }, newText: '' }],
  };
}
