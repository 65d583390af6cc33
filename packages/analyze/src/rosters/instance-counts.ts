// `count(members where age < 18)` and `count(members.age)` on one response (the analysis
// configuration's `instances` expression): the instances of a group in the scope being
// read — every instance at the response's level, the current instance's own inside an
// enclosing group — each read in its own scope (its answers over those around it), as
// the form reads each instance's copy of the questions.
import type { ExprJson, RosterDoc } from '../config.ts';

type Instances = Extract<ExprJson, { type: 'instances' }>;

interface InstanceScope {
  answers: Record<string, unknown>;
  instance?: Record<string, string | number>;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The instances of a group seen from a scope, each with its own scope. */
function scopedInstances(rosterId: string, rosters: readonly RosterDoc[], scope: InstanceScope): InstanceScope[] {
  const byId = new Map(rosters.map((r) => [r.id, r]));
  const chain: RosterDoc[] = [];
  for (let r = byId.get(rosterId); r && !chain.includes(r); r = r.parent ? byId.get(r.parent) : undefined) chain.unshift(r);
  if (chain.length === 0) return [];
  // Groups whose instance the scope is in stay fixed; the first one it is not in (or the group itself) is walked.
  let start = chain.findIndex((r) => !(scope.instance && r.id in scope.instance));
  if (start < 0) start = chain.length - 1;
  let level: InstanceScope[] = [{ answers: scope.answers, instance: { ...(scope.instance ?? {}) } }];
  for (const r of chain.slice(start)) {
    level = level.flatMap((s) => {
      const list = s.answers[r.id];
      if (!Array.isArray(list)) return [];
      return list.flatMap((item, i) => {
        if (!isObject(item)) return [];
        const option = typeof item._option === 'string' || typeof item._option === 'number' ? item._option : undefined;
        return [{ answers: { ...s.answers, ...item }, instance: { ...s.instance, [r.id]: option ?? i + 1 } }];
      });
    });
  }
  return level;
}

/** How many instances meet the condition, or answered the question; `holds` and `answered` evaluate in an instance's scope. */
export function countInstances(
  e: Instances,
  rosters: readonly RosterDoc[],
  scope: InstanceScope,
  holds: (cond: ExprJson, scope: InstanceScope) => boolean,
  answered: (name: string, scope: InstanceScope) => boolean,
): number {
  const list = scopedInstances(e.roster, rosters, scope);
  if (e.where) {
    const cond = e.where;
    return list.filter((s) => holds(cond, s)).length;
  }
  const name = e.answered;
  return name ? list.filter((s) => answered(name, s)).length : list.length;
}
