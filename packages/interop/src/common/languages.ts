// Language names as XLSForm and ODK spell them in column headers and itext
// (`label::Chinese (zh)`), and back: the code in parentheses is the BCP 47 code.
const names: Record<string, string> = {
  zh: 'Chinese',
  'zh-Hant': 'Chinese (Traditional)',
  en: 'English',
  ja: 'Japanese',
  ko: 'Korean',
  fr: 'French',
  de: 'German',
  es: 'Spanish',
  pt: 'Portuguese',
  ru: 'Russian',
  ar: 'Arabic',
};

export function languageColumnName(code: string): string {
  return `${names[code] ?? code} (${code})`;
}

/** `Chinese (zh)` → zh; `English` → en; `default` → undefined. */
export function languageFromColumnName(name: string): string | undefined {
  const m = /\(([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)\)\s*$/.exec(name);
  if (m) return m[1];
  const hit = Object.entries(names).find(([, n]) => n.toLowerCase() === name.trim().toLowerCase());
  return hit?.[0];
}
