// Repeat groups (rosters) in the compiled survey: how each counts its instances, its
// bound, its parent and its questions. The questions themselves stay in their sections,
// each marked with `roster`.
import { rosterBound, type Roster, type Survey } from '@survey/compiler';
import { compact } from '../common/json.ts';
import { ordered } from '../common/texts.ts';

export function rosterJson(r: Roster, survey: Survey) {
  const count =
    r.count.kind === 'fixed' ? { fixed: r.count.n } : r.count.kind === 'answer' ? { from: r.count.source } : { each: r.count.source };
  return compact({
    id: r.id,
    title: ordered(r.title, survey.languages),
    count,
    max: rosterBound(r, survey),
    parent: r.parent?.id,
    questions: r.questions.map((q) => q.id),
    rosters: r.rosters.length ? r.rosters.map((c) => c.id) : undefined,
  });
}
