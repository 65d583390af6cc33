// Facts about repeat groups (rosters) that the checker, the emitters and the language
// server share: how many instances a roster can have at most, which roster a question
// is asked in, and which functions may read a roster question from outside its roster.
import type * as A from '@survey/syntax';
import type { Binding } from './binder/bind.ts';
import type { Question, Roster, Survey } from './model.ts';

export const ROSTER_LIMITS = {
  /** Rosters inside rosters: a household > person > job is three; deeper is a design mistake. */
  depth: 3,
  /** Instances of one roster (a household of 100 members, a fixed 100 visits). */
  instances: 100,
} as const;

/**
 * Functions that read every instance of a roster question from outside the roster
 * (`sum(age)`, `mean(age)`): the question stands for its instances, as a matrix for its rows.
 */
export const rosterAggregates: ReadonlySet<string> = new Set(['sum', 'mean', 'min', 'max']);

/** The rosters a question is asked in, outermost first. */
export function rosterChain(q: Question | undefined): Roster[] {
  const out: Roster[] = [];
  for (let r = q?.roster; r; r = r.parent) out.unshift(r);
  return out;
}

/** True when `inner` is `outer` or nested in it. */
export function within(inner: Roster | undefined, outer: Roster): boolean {
  for (let r = inner; r; r = r.parent) if (r === outer) return true;
  return false;
}

/** The roster whose source text contains an offset of a file (the innermost), if any. */
export function rosterAt(s: Survey, file: string, offset: number): Roster | undefined {
  let found: Roster | undefined;
  for (const r of s.rosters) {
    if (r.file === file && r.node.range.start <= offset && offset < r.node.range.end && (!found || r.depth > found.depth)) found = r;
  }
  return found;
}

/** The most instances a roster can have: its fixed count, else the least of its `max`, its source's `max` and option count. */
export function rosterBound(r: Roster, s: Survey): number | undefined {
  const bounds: number[] = [];
  if (r.count.kind === 'fixed') bounds.push(r.count.n);
  if (r.max !== undefined) bounds.push(r.max);
  if (r.count.kind !== 'fixed') {
    const src = s.variables.get(r.count.source);
    if (src && !('matrix' in src)) {
      if (r.count.kind === 'answer' && typeof src.max === 'number') bounds.push(src.max);
      if (r.count.kind === 'each' && src.choices) bounds.push(src.choices.options.length);
    }
  }
  const finite = bounds.filter((b) => Number.isFinite(b) && b >= 0).map((b) => Math.floor(b));
  return finite.length ? Math.min(...finite, ROSTER_LIMITS.instances) : undefined;
}

/** The source question of a `for q` / `for each q` roster. */
export function rosterSource(r: Roster, s: Survey): Question | undefined {
  if (r.count.kind === 'fixed') return undefined;
  const v = s.variables.get(r.count.source);
  return v && !('matrix' in v) ? v : undefined;
}

/**
 * `count(members)`: a `count` whose one argument is a repeat group's name counts the
 * group's instances (the same number as the bare name outside the group); the roster, else
 * undefined. Every other `count` counts the conditions that hold.
 */
export function countedRoster(e: A.Call, binding: Binding): Roster | undefined {
  if (e.callee.name !== 'count' || e.args.length !== 1 || e.args[0].kind !== 'NameRef') return undefined;
  const ref = binding.referenceAt.get(e.args[0]);
  if (ref?.target?.kind !== 'roster') return undefined;
  return binding.survey?.rosters.find((r) => r.id === ref.target!.name);
}

/** The most instances a roster has in one response, all its enclosing instances together; undefined when unbounded. */
export function rosterTotalBound(r: Roster, s: Survey): number | undefined {
  let n = 1;
  for (let x: Roster | undefined = r; x; x = x.parent) {
    const b = rosterBound(x, s);
    if (b === undefined) return undefined;
    n *= b;
  }
  return n;
}
