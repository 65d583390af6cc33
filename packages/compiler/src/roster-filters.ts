// Expressions over the instances of a repeat group, shared by the checker, the emitters
// and the language server: a question named through its group (`members.age`, the
// documented spelling of an aggregate's argument), the count of instances that answered a
// question (`count(members.age)`) and the count of instances that meet a condition
// (`count(members where age < 18)`), whose condition is read in each instance.
import type * as A from '@survey/syntax';
import type { Binding } from './binder/bind.ts';
import { surveyExpressions, walkExpr } from './expr-walk.ts';
import { isRow, type Question, type Roster, type Survey } from './model.ts';
import { countedRoster, rosterAt, within } from './roster.ts';

/** The repeat group a name is qualified by (`members` of `members.age`), when it is one. */
export function qualifierRoster(e: A.NameRef, binding: Binding): Roster | undefined {
  if (!e.qualifier) return undefined;
  const ref = binding.referenceAt.get(e.qualifier);
  if (ref?.target?.kind !== 'roster') return undefined;
  return binding.survey?.rosters.find((r) => r.id === ref.target!.name);
}

/** The question a name reads (a matrix for its rows), when it is a question. */
export function questionOfName(e: A.NameRef, binding: Binding): Question | undefined {
  const ref = binding.referenceAt.get(e);
  if (ref?.target?.kind !== 'question' && ref?.target?.kind !== 'row') return undefined;
  const v = binding.survey?.variables.get(e.name);
  return v ? (isRow(v) ? v.matrix : v) : undefined;
}

/**
 * `count(members.age)`: a count whose one argument is a question named through its group
 * counts the instances that answered it; the group and the question, else undefined.
 */
export function countedAnswers(e: A.Call, binding: Binding): { roster: Roster; question: Question; name: A.NameRef } | undefined {
  if (e.callee.name !== 'count' || e.where || e.args.length !== 1) return undefined;
  const a = e.args[0];
  if (a.kind !== 'NameRef' || !a.qualifier) return undefined;
  const roster = qualifierRoster(a, binding);
  const question = questionOfName(a, binding);
  if (!roster || !question?.roster || !within(question.roster, roster)) return undefined;
  return { roster, question, name: a };
}

/** `count(members where …)`: the group whose instances a call filters (undefined without `where` or a group). */
export function filteredRoster(e: A.Call, binding: Binding): Roster | undefined {
  return e.where ? countedRoster({ ...e, where: undefined }, binding) : undefined;
}

/** A `where` condition of a survey: the call that holds it, the group it filters, its file. */
export interface InstanceFilterSite {
  call: A.Call;
  cond: A.Expr;
  roster: Roster | undefined;
  file: string;
}

/** Per survey model (a new one per bind, so an edit never reads a stale list). */
const sitesCache = new WeakMap<Survey, InstanceFilterSite[]>();

/** Every `where` condition in the survey's expressions. */
export function instanceFilters(binding: Binding): InstanceFilterSite[] {
  const s = binding.survey;
  if (!s || s.rosters.length === 0) return [];
  const cached = sitesCache.get(s);
  if (cached) return cached;
  const out: InstanceFilterSite[] = [];
  for (const { expr, file } of surveyExpressions(s)) {
    walkExpr(expr, (e) => {
      if (e.kind === 'Call' && e.where?.cond) out.push({ call: e, cond: e.where.cond, roster: filteredRoster(e, binding), file });
    });
  }
  sitesCache.set(s, out);
  return out;
}

/** The innermost `where` condition that contains an offset of a file, if any. */
export function filterAt(binding: Binding, file: string, offset: number): InstanceFilterSite | undefined {
  let found: InstanceFilterSite | undefined;
  for (const f of instanceFilters(binding)) {
    const r = f.cond.range;
    if (f.file === file && r.start <= offset && offset < r.end && (!found || r.start >= found.cond.range.start)) found = f;
  }
  return found;
}

/**
 * Whether a question's answer has one value at an offset: outside every repeat group
 * it is in, or inside them (the current instance), or inside a `where` over its group.
 */
export function readInInstance(s: Survey, binding: Binding, q: Question, file: string, offset: number): boolean {
  if (!q.roster) return true;
  if (within(rosterAt(s, file, offset), q.roster)) return true;
  const f = filterAt(binding, file, offset);
  return !!f?.roster && within(f.roster, q.roster);
}
