// The survey's flow in LimeSurvey terms: each question group is a page (format G), so
// page breaks inside a section, screen-outs and end screens are noted as not exported
// (no quotas are generated). Random orders are exported (emit.ts, randomGroups); what
// LimeSurvey does not record is noted.
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
  if (f.randomSections?.length || f.groups?.length)
    notes.add('order', 'LimeSurvey shuffles with randomization groups but does not record the order shown in the response.');
}
