// SurveyJS form JSON (loaded by survey-core): the title and intro, one page per
// section (a section's `when` is the page's visibleIf) and one element per question.
// Pipes `{q}` keep their spelling: SurveyJS texts use the same placeholders.
import type { SurveyIndex } from '../../model.ts';
import type { Notes } from '../notes.ts';
import { questionElement } from './questions.ts';
import { localized, surveyJsLocale } from './texts.ts';
import { completion, sectionPages } from './flow.ts';

function surveyJsDocument(ix: SurveyIndex, notes: Notes): Record<string, unknown> {
  const { doc } = ix;
  const description = doc.intro && doc.confidentiality ? join(doc.intro, doc.confidentiality) : (doc.intro ?? doc.confidentiality);
  for (const s of doc.scores) notes.add(s.id, 'scores are not exported to SurveyJS (compute them from the analysis configuration).');
  const locale = doc.languages.length > 1 && doc.defaultLanguage !== 'en' ? surveyJsLocale(doc.defaultLanguage) : undefined;
  return {
    ...(locale ? { locale } : {}),
    title: localized(doc.title, ix),
    ...(description ? { description: localized(description, ix) } : {}),
    // Hidden variables: the host sets them with survey.setVariable(); includeIntoResult
    // puts them into the response (a question with visible: false would be cleared).
    ...(doc.hidden?.length
      ? { calculatedValues: doc.hidden.map((h) => ({ name: h.id, expression: `{${h.id}}`, includeIntoResult: true })) }
      : {}),
    pages: doc.sections.flatMap((s) => sectionPages(s, ix, notes, (q) => questionElement(q, ix, notes))),
    ...completion(ix, notes),
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
