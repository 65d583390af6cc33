// Page breaks in XLSForm: each page of a section split by `page` is a group with the
// `field-list` appearance (ODK Collect shows a field-list group on one screen; Enketo's
// pages theme does the same). A section without breaks is written as before.
import type { SectionDoc, SurveyIndex } from '../../model.ts';
import type { SurveyRow } from './form.ts';

export function writePages(ix: SurveyIndex, s: SectionDoc, rows: SurveyRow[], questions: (qs: SectionDoc['questions']) => void): void {
  const starts = ix.doc.flow?.pages?.find((p) => p.section === s.id)?.starts;
  if (!starts) {
    questions(s.questions);
    return;
  }
  starts.forEach((start, k) => {
    const name = `${s.id}_page${k + 1}`;
    rows.push({ type: 'begin group', name, appearance: 'field-list' });
    questions(s.questions.slice(start, starts[k + 1] ?? s.questions.length));
    rows.push({ type: 'end group', name });
  });
}
