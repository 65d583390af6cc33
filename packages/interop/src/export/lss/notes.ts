// The survey's flow in LimeSurvey terms: each question group is a page (format G), so
// page breaks inside a section, screen-outs, end screens and random orders are noted
// as not exported; LimeSurvey's randomisation groups and quotas are not generated.
import type { SurveyIndex } from '../../model.ts';
import type { Notes } from '../notes.ts';

export function lssFlowNotes(ix: SurveyIndex, notes: Notes): void {
  const f = ix.doc.flow;
  if (!f) return;
  for (const s of f.screenOuts ?? [])
    notes.add(s.id, 'screen-outs are not exported to LimeSurvey: the survey does not end early, and the message is not shown.');
  for (const e of f.ends ?? []) notes.add(e.id, "end screens are not exported to LimeSurvey: the survey's own end text is shown.");
  for (const p of f.pages ?? [])
    notes.add(p.section, 'page breaks inside a section are not exported to LimeSurvey: each question group is one page.');
  for (const r of f.randomSections ?? [])
    notes.add(r.section, 'the random question order is not exported to LimeSurvey: the questions keep their written order.');
  for (const g of f.groups ?? [])
    notes.add(g.id, `the random order of the sections of group '${g.id}' is not exported to LimeSurvey: they keep their written order.`);
}
