// SurveyJS localizable strings. SurveyJS's own default locale is English, whose
// text sits under "default"; every other language under its SurveyJS locale name
// (zh → zh-cn, zh-Hant → zh-tw). The survey's `locale` is its default language, so
// a Chinese-first survey opens in Chinese. A single-language survey uses plain strings.
import type { SurveyIndex, Text } from '../../model.ts';

const toLocale: Record<string, string> = { zh: 'zh-cn', 'zh-Hans': 'zh-cn', 'zh-Hant': 'zh-tw', 'zh-TW': 'zh-tw' };

export function surveyJsLocale(lang: string): string {
  return toLocale[lang] ?? lang.toLowerCase();
}

/** Our language code for a SurveyJS locale key ("default" is English). */
export function languageOfLocale(key: string): string {
  if (key === 'default') return 'en';
  const back = Object.entries(toLocale).find(([, v]) => v === key);
  return back ? back[0] : key;
}

export function localized(t: Text | undefined, ix: SurveyIndex): string | Record<string, string> | undefined {
  if (!t) return undefined;
  const { defaultLanguage, languages } = ix.doc;
  if (languages.length === 1) return t[defaultLanguage];
  const out: Record<string, string> = {};
  for (const l of languages) if (t[l] !== undefined) out[l === 'en' ? 'default' : surveyJsLocale(l)] = t[l];
  return out;
}
