// SVY6003: a text without a translation in one of the survey's `languages`: a title,
// question, help, row, option or scale label, unit, section title … The same test for
// every pair of languages, whatever their scripts: texts with no letters (a unit "%", a
// label "1") need none, nor names ("Windows 10", "WeChat", "CRM"); an English question
// without its French text is as untranslated as a Chinese one without its English text.
import { defineRule } from '../rule.ts';
import { allTexts } from '../../wording/index.ts';
import { memoize } from '../../memo.ts';

export default defineRule({
  name: 'missing-translation',
  diagnostics: [
    {
      code: 'SVY6003',
      name: 'missing-translation',
      severity: 'warning',
      message: 'This {what} has no {langs} text. Add `{example}: "…"`: respondents who take the survey in {langs} would see it in {shown}.',
      docs: {
        summary:
          'A text (title, question, help, row, option, scale label, section title …) missing one of the languages declared in `languages`.',
        rationale:
          'A questionnaire that switches language mid-way is not the same instrument; translation gaps bias the results of that language group (ITC guidelines for test adaptation; seed surveys are bilingual).',
        bad: 'languages zh, en\nrating q1 "您对本次服务满意吗?" on sat5',
        good: 'languages zh, en\nrating q1 "您对本次服务满意吗?" en: "How satisfied are you with this service?" on sat5',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s || s.languages.length < 2) return;
    for (const t of allTexts(ctx)) {
      if (t.holder === 'Header:version') continue;
      const present = new Set(t.text.parts.map((p) => p.lang ?? s.defaultLanguage));
      if (!t.text.parts.some((p) => hasLetter(p.value))) continue;
      const missing = s.languages.filter((l) => !present.has(l));
      if (!missing.length) continue;
      // A name ("Windows 10", "CRM", "iPhone") is written the same in every language.
      if (t.text.parts.every((p) => isNameMemo(p.value))) continue;
      ctx.report({
        code: 'SVY6003',
        file: t.file,
        range: t.text.range,
        args: { what: describe(t.holder), langs: missing.join(', '), example: missing[0], shown: [...present][0] ?? s.defaultLanguage },
      });
    }
  },
});

/**
 * A product, brand or acronym rather than wording: at most four words, none of them an
 * ordinary lower-case word, all in Latin letters and digits, and at least one that no sentence has: a number ("10"), an
 * acronym ("CRM", "4G") or a capital inside a word ("iPhone", "WeChat"). "Other",
 * "Very Satisfied" and "Yes" are wording, and need a translation.
 */
export const hasLetter = memoize((text: string) => /\p{L}/u.test(text));
export const isNameMemo = memoize(isName);

export function isName(text: string): boolean {
  const words = text
    .trim()
    .split(/[\s/()+&,.-]+/u)
    .filter(Boolean);
  if (!words.length || words.length > 4 || !words.every((w) => /^[\p{Script=Latin}0-9'’]+$/u.test(w))) return false;
  const strong = (w: string) => /[0-9]/.test(w) || /^\p{Lu}{2,}s?$/u.test(w) || /^\p{L}\p{Ll}*\p{Lu}/u.test(w);
  return words.some(strong) && words.every((w) => strong(w) || /^\p{Lu}/u.test(w));
}

function describe(holder: string): string {
  if (holder.startsWith('Header:')) return holder.slice(7);
  return (
    (
      {
        'Question:text': 'question',
        'Question:help': 'help text',
        'Question:unit': 'unit',
        'Row:text': 'row',
        'Option:label': 'option label',
        'ScalePoint:label': 'scale label',
        'Section:title': 'section title',
        'Score:label': 'score label',
        'GlossaryEntry:text': 'glossary entry',
      } as Record<string, string>
    )[holder] ?? 'text'
  );
}
