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

/** A BCP 47 tag in its canonical case: EN → en, zh-hant → zh-Hant, pt-br → pt-BR. */
export function canonicalTag(tag: string): string {
  return tag
    .trim()
    .split(/[-_]/)
    .map((part, i) =>
      i === 0
        ? part.toLowerCase()
        : part.length === 4
          ? part[0].toUpperCase() + part.slice(1).toLowerCase()
          : part.length === 2
            ? part.toUpperCase()
            : part.toLowerCase(),
    )
    .join('-');
}

/** `Chinese (zh)` → zh; `English` → en; `EN` → en; `default` → undefined. */
export function languageFromColumnName(name: string): string | undefined {
  const m = /\(([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)\)\s*$/.exec(name);
  if (m) return canonicalTag(m[1]);
  if (
    /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/.test(name.trim()) &&
    !Object.values(names).some((n) => n.toLowerCase() === name.trim().toLowerCase())
  )
    return canonicalTag(name);
  const hit = Object.entries(names).find(([, n]) => n.toLowerCase() === name.trim().toLowerCase());
  return hit?.[0];
}
