// The instances of the repeat groups in one response: a group is an array of instance
// objects under its id (`"members": [{ "age": 42, "job_loop": [...] }, …]`), a nested group
// an array inside each instance, a loop's instance carries its option as `_option`. Each
// instance is read in its scope: its own answers over those of the instances around it
// and the response's, so a condition inside the group reads the same instance.
import type { RosterDoc } from '../config.ts';

export interface InstanceRow {
  roster: RosterDoc;
  /** 1-based positions of the enclosing instances, then this one's, outermost first. */
  indexes: number[];
  /** A loop's option code. */
  option?: string | number;
  /** The answers in the instance's scope (inner names win). */
  answers: Record<string, unknown>;
  /** Each enclosing group's and this group's current instance: its option for a loop, else its position. */
  instance: Record<string, string | number>;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Every instance of every group in the response, depth first (an instance, then the groups nested in it), each group's in order. */
export function instancesOf(answers: Record<string, unknown>, rosters: readonly RosterDoc[]): InstanceRow[] {
  const out: InstanceRow[] = [];
  const walk = (r: RosterDoc, scope: Record<string, unknown>, outer: InstanceRow | undefined) => {
    const list = scope[r.id];
    if (!Array.isArray(list)) return;
    list.forEach((item, i) => {
      if (!isObject(item)) return;
      const option = typeof item._option === 'string' || typeof item._option === 'number' ? item._option : undefined;
      const row: InstanceRow = {
        roster: r,
        indexes: [...(outer?.indexes ?? []), i + 1],
        ...(option !== undefined ? { option } : {}),
        answers: { ...scope, ...item },
        instance: { ...(outer?.instance ?? {}), [r.id]: option ?? i + 1 },
      };
      out.push(row);
      for (const c of rosters) if (c.parent === r.id) walk(c, row.answers, row);
    });
  };
  for (const r of rosters) if (!r.parent) walk(r, answers, undefined);
  return out;
}
