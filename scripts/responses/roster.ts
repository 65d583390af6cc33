// The instances of a repeat group in one synthetic response, as the form writes them: an
// array under the group's id with one object per instance (as many as its count says:
// a fixed number, an earlier answer, or one per option chosen, `_option` naming it),
// each holding the instance's own answers and its nested groups. The profile decides
// what it knows of each instance (a member's age and relationship); every other question
// of the group is answered by the generator in the instance's scope — its conditions
// and choice filters read the instance's answers over the response's.
import type { AnalysisDoc, VariableDoc } from '@survey/analyze';
import type { Env } from './condition.ts';
import type { Rng } from './prng.ts';
import type { Profile } from './profile.ts';

type RosterDoc = NonNullable<AnalysisDoc['rosters']>[number];
type Answers = Record<string, unknown>;

/** Answers one question in a scope (undefined when not shown or nothing is offered). */
type Ask = (v: VariableDoc, env: Env) => unknown;

export function instancesOf(
  r: Rng,
  roster: RosterDoc,
  analysis: AnalysisDoc,
  profile: Profile,
  env: Env,
  language: string,
  ask: Ask,
): Answers[] {
  const seen = (n: string) => env.answers[n];
  const options = roster.count?.each ? ((seen(roster.count.each) as unknown[] | undefined) ?? []) : [];
  const count = roster.count?.fixed ?? (roster.count?.from ? Number(seen(roster.count.from) ?? 0) : options.length);
  const preset = profile.instances?.[roster.id]?.(r, count, env.answers, language) ?? [];
  const own = analysis.variables.filter((v) => v.roster === roster.id && !(v.parent && v.type === 'binary'));
  const nested = (analysis.rosters ?? []).filter((x) => x.parent === roster.id);
  const out: Answers[] = [];
  for (let i = 0; i < count; i++) {
    const instance: Answers = { ...(roster.count?.each ? { _option: options[i] } : {}), ...(preset[i] ?? {}) };
    const scoped: Env = { ...env, answers: { ...env.answers, ...instance } };
    for (const v of own) {
      if (v.name in instance) continue;
      const value = ask(v, scoped);
      if (value !== undefined) instance[v.name] = scoped.answers[v.name] = value;
    }
    for (const c of nested)
      instance[c.id] = instancesOf(r, c, analysis, profile, { ...env, answers: { ...env.answers, ...instance } }, language, ask);
    out.push(instance);
  }
  return out;
}
