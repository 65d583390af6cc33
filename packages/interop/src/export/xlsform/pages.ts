// Page breaks in XLSForm: each page of a section split by `page` is a group with the
// `field-list` appearance (ODK Collect shows a field-list group on one screen; Enketo's
// pages theme does the same). A section without breaks is written as before.
import type { SectionDoc, SurveyIndex } from '../../model.ts';
import type { SurveyRow } from './form.ts';

export function writePages(
  ix: SurveyIndex,
  s: SectionDoc,
  rows: SurveyRow[],
  question: (q: SectionDoc['questions'][number]) => void,
): void {
  const starts = ix.doc.flow?.pages?.find((p) => p.section === s.id)?.starts;
  if (!starts) {
    for (const q of s.questions) question(q);
    return;
  }
  starts.forEach((start, k) => {
    const name = `${s.id}_page${k + 1}`;
    rows.push({ type: 'begin group', name, appearance: 'field-list' });
    for (const q of s.questions.slice(start, starts[k + 1] ?? s.questions.length)) question(q);
    rows.push({ type: 'end group', name });
  });
}
