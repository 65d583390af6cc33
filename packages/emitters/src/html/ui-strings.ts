// The form's own words in each survey language, from the per-language tables in
// common/ui-text/ (English where a language or a key has none).
// `{n}`, `{total}` and `{label}` are filled in by the runtime.
import type { LText } from '@survey/compiler';
import { en, uiText, type UiKey } from '../common/ui-text/index.ts';

export { isRtl } from '../common/ui-text/index.ts';

/** Every interface string in each survey language. */
export function uiStrings(languages: string[]): Record<string, LText> {
  const out: Record<string, LText> = {};
  for (const key of Object.keys(en) as UiKey[]) {
    out[key] = {};
    for (const lang of languages) out[key][lang] = uiText(key, lang);
  }
  return out;
}

/** Names of languages in themselves, for the language switch. */
const endonyms: Record<string, string> = {
  zh: '中文',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  'zh-TW': '繁體中文(台灣)',
  'zh-HK': '繁體中文(香港)',
  sw: 'Kiswahili',
  en: 'English',
  ja: '日本語',
  ko: '한국어',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  pt: 'Português',
  ru: 'Русский',
  ar: 'العربية',
  he: 'עברית',
  fa: 'فارسی',
  vi: 'Tiếng Việt',
  th: 'ไทย',
  id: 'Bahasa Indonesia',
  ms: 'Bahasa Melayu',
};

export function languageName(lang: string): string {
  return endonyms[lang] ?? endonyms[lang.split('-')[0]] ?? lang;
}
