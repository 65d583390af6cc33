// The form's pages: one per section, or several when `page` breaks split it. A split
// section repeats its heading on each of its pages (with its own id), so focus always
// lands on a labelled page. Returns the markup and the runtime's page table.
import { pageStarts, type Section, type Survey } from '@survey/compiler';
import { esc } from './escape.ts';
import { textKey } from './runtime/data.ts';
import { renderQuestion, renderSection } from './question.ts';
import type { Ctx } from './controls.ts';

export interface FormPage {
  id: string;
  section: string;
  questions: string[];
}

export function renderPages(
  survey: Survey,
  sections: Section[],
  c: Ctx,
  /** How a section on one page is drawn (repeat groups need their own). */
  sectionHtml: (s: Section, index: number) => string = (s, index) => renderSection(s, index, c),
): { html: string; pages: FormPage[] } {
  const html: string[] = [];
  const pages: FormPage[] = [];
  for (const s of sections) {
    const starts = pageStarts(survey.flow, s.id, s.questions.length);
    if (starts.length === 1) {
      html.push(sectionHtml(s, pages.length));
      pages.push({ id: s.id, section: s.id, questions: s.questions.map((q) => q.id) });
      continue;
    }
    starts.forEach((start, k) => {
      const qs = s.questions.slice(start, starts[k + 1] ?? s.questions.length);
      const id = k === 0 ? s.id : `${s.id}.${k + 1}`;
      const index = pages.length;
      const heading = s.title ? c.t.el('h2', textKey.section(s.id), s.title, ` id="h-${esc(id)}"`) : '';
      const labelled = s.title ? ` aria-labelledby="h-${esc(id)}"` : '';
      html.push(
        `<section class="page" id="page-${esc(id)}" data-page="${index}" tabindex="-1"${labelled}${index > 0 ? ' hidden' : ''}>${heading}${qs.map((q) => renderQuestion(q, c)).join('')}</section>`,
      );
      pages.push({ id, section: s.id, questions: qs.map((q) => q.id) });
    });
  }
  return { html: html.join('\n'), pages };
}
