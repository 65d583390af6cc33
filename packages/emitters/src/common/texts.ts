// Texts in the survey's language order, and the few labels the emitters supply
// themselves (yes/no), in the languages the compiler knows.
import type { LText, Survey } from '@survey/compiler';
import { uiText } from './ui-text/index.ts';

/** The text with its languages in survey order (the model keeps first-seen order). */
export function ordered(text: LText | undefined, languages: string[]): LText | undefined {
  if (!text) return undefined;
  const out: LText = {};
  for (const lang of languages) if (text[lang] !== undefined) out[lang] = text[lang];
  for (const [lang, v] of Object.entries(text)) if (!(lang in out)) out[lang] = v;
  return out;
}

/** Text in `lang`, else the default language, else any language. */
export function textIn(text: LText | undefined, lang: string, survey: Survey): string {
  if (!text) return '';
  return text[lang] ?? text[survey.defaultLanguage] ?? Object.values(text)[0] ?? '';
}

/** A label for yes or no in every survey language (English where we have no word). */
export function yesNoLabel(code: 'yes' | 'no', languages: string[]): LText {
  const out: LText = {};
  for (const lang of languages) out[lang] = uiText(code, lang);
  return out;
}
