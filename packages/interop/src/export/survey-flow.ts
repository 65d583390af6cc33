// Screen-outs, end screens, page breaks and random order in the export formats: what
// each format can carry and a note for the rest. SurveyJS maps most (pages, random
// question order, `complete` triggers, `completedHtmlOnCondition`); XLSForm and XForm
// get `field-list` pages; REDCap carries none of it. No format records the order shown
// or which screen-out ended a response the way the HTML form does.
import type { SurveyIndex } from '../model.ts';
import type { Notes } from './notes.ts';

export function surveyFlowNotes(ix: SurveyIndex, notes: Notes, format: 'xlsform' | 'xform' | 'redcap' | 'surveyjs'): void {
  const f = ix.doc.flow;
  if (!f) return;
  const sj = format === 'surveyjs';
  const xls = format === 'xlsform' || format === 'xform';
  for (const s of f.screenOuts ?? [])
    notes.add(
      s.id,
      sj
        ? 'the screen-out is a `complete` trigger with its message in completedHtmlOnCondition; the response does not say which screen-out ended it.'
        : `screen-outs are not exported to ${format}: the form does not end early, and the message is not shown.`,
    );
  for (const e of f.ends ?? [])
    if (!sj) notes.add(e.id, `end screens are not exported to ${format}: the form's own closing message is shown.`);
  for (const p of f.pages ?? [])
    if (!sj && !xls) notes.add(p.section, `page breaks are not exported to ${format}: the section is one page.`);
  for (const r of f.randomSections ?? []) {
    if (sj && r.fixed.length)
      notes.add(r.section, 'SurveyJS shuffles every question of the page: the `fixed` questions are not kept in place.');
    if (!sj) notes.add(r.section, `the random question order is not exported to ${format}: the questions keep their written order.`);
  }
  for (const g of f.groups ?? [])
    notes.add(g.id, `the random order of the sections of group '${g.id}' is not exported to ${format}: they keep their written order.`);
  if ((f.randomSections?.length || f.groups?.length) && sj) notes.add('order', 'SurveyJS does not record the order shown in the response.');
}
