// Choice filters, carry-forward, defaults and forms of text answers (`as email`) in a format that does not carry them (yet):
// one note per construct, so `survey build` says what the exported form will not do
// instead of offering every option or leaving fields empty without a word.
import type { SurveyIndex } from '../model.ts';
import type { Notes } from './notes.ts';

export function flowNotes(ix: SurveyIndex, notes: Notes, format: string): void {
  for (const q of ix.doc.sections.flatMap((s) => s.questions)) {
    // Own options or a shared list's (a carried list's filters are the source's, noted there).
    const filtered = (q.carryForward ? [] : ix.options(q)).filter((o) => o.when).map((o) => String(o.code));
    if (filtered.length) notes.add(q.id, `choice filters not exported to ${format}: options ${filtered.join(', ')} are always offered.`);
    if (q.carryForward)
      notes.add(
        q.id,
        `carry-forward not exported to ${format}: every option of '${q.carryForward.from}' is offered, not only those ${q.carryForward.selected ? 'chosen' : 'not chosen'} there.`,
      );
    if (q.default) notes.add(q.id, `the default answer is not exported to ${format}.`);
    if (q.slider) notes.add(q.id, `the slider is not exported to ${format}: a number field.`);
    if (q.format) notes.add(q.id, `the form of the text answer (as ${q.format}) is not exported to ${format}: a plain text field.`);
  }
}
