// Repeat groups in the page: each instance's group is shown while the instance exists,
// and on submit the instances' copies of the answers fold back into one array of
// instance objects per group (a loop's instance with its option as `_option`).
import type { RuntimeRoster } from './data.ts';
import { truth, type Env } from './evaluate.ts';
import type { Answers } from './controls.ts';

type Instance = RuntimeRoster['instances'][number];

const exists = (i: Instance, env: Env) => !i.when || truth(i.when, env);

/** Hides the group of every instance that does not exist now. */
export function showInstances(rosters: RuntimeRoster[], env: Env): void {
  for (const r of rosters)
    for (const i of r.instances) {
      const el = document.getElementById(`inst-${i.key}`);
      if (el) el.hidden = !exists(i, env);
      showInstances(i.rosters, env);
    }
}

/** The answers with each group's copies replaced by its array of existing instances. */
export function foldRosters(answers: Answers, rosters: RuntimeRoster[], env: Env): Record<string, unknown> {
  const out: Record<string, unknown> = { ...answers };
  const drop = (r: RuntimeRoster): void =>
    r.instances.forEach((i) => {
      for (const [copy] of i.names) delete out[copy];
      i.rosters.forEach(drop);
    });
  const take = (r: RuntimeRoster): Array<Record<string, unknown>> =>
    r.instances
      .filter((i) => exists(i, env))
      .map((i) => {
        const o: Record<string, unknown> = {};
        if (i.option !== undefined) o._option = i.option;
        for (const [copy, name] of i.names) if (answers[copy] !== undefined) o[name] = answers[copy];
        for (const c of i.rosters) o[c.id] = take(c);
        return o;
      });
  rosters.forEach(drop);
  for (const r of rosters) out[r.id] = take(r);
  return out;
}
