// SurveyJS form JSON (loaded by survey-core): the title and intro, one page per
// section (a section's `when` is the page's visibleIf) and one element per question.
// Pipes `{q}` keep their spelling: SurveyJS texts use the same placeholders.
import type { SurveyIndex } from '../../model.ts';
import type { Notes } from '../notes.ts';
import { condition, type SjContext } from './questions.ts';
import { elementsOf, loopSources } from './rosters.ts';
import { localized, surveyJsLocale } from './texts.ts';
import { completion, sectionPages } from './flow.ts';

function surveyJsDocument(ix: SurveyIndex, notes: Notes): Record<string, unknown> {
  const { doc } = ix;
  const description = doc.intro && doc.confidentiality ? join(doc.intro, doc.confidentiality) : (doc.intro ?? doc.confidentiality);
  for (const s of doc.scores) notes.add(s.id, 'scores are not exported to SurveyJS (compute them from the analysis configuration).');
  // Calculated values first: conditions may read those exported.
  const ctx: SjContext = { open: [], calcs: new Set<string>() };
  const calculated: Record<string, unknown>[] = [];
  for (const c of doc.calculations ?? []) {
    const expression = condition(c.expr, c.id, ix, notes, ctx);
    if (!expression) continue;
    (ctx.calcs as Set<string>).add(c.id);
    calculated.push({ name: c.id, expression, includeIntoResult: true });
  }
  const pages = doc.sections.flatMap((s) => sectionPages(s, ix, notes, ctx, (qs) => elementsOf(qs, ix, notes, ctx)));
  loopSources(pages, ix, notes);
  const locale = doc.languages.length > 1 && doc.defaultLanguage !== 'en' ? surveyJsLocale(doc.defaultLanguage) : undefined;
  return {
    ...(locale ? { locale } : {}),
    title: localized(doc.title, ix),
    ...(description ? { description: localized(description, ix) } : {}),
    // Hidden variables: the host sets them with survey.setVariable(); includeIntoResult
    // puts them into the response (a question with visible: false would be cleared).
    ...(doc.hidden?.length || calculated.length
      ? {
          calculatedValues: [
            ...(doc.hidden ?? []).map((h) => ({ name: h.id, expression: `{${h.id}}`, includeIntoResult: true })),
            ...calculated,
          ],
        }
      : {}),
    pages,
    ...completion(ix, notes, ctx),
  };
}

function join(a: Record<string, string>, b: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) out[k] = [a[k], b[k]].filter(Boolean).join('\n\n');
  return out;
}

export function emitSurveyJs(ix: SurveyIndex, notes: Notes): string {
  return JSON.stringify(surveyJsDocument(ix, notes), null, 2) + '\n';
}
