// SVY2020: a translation in a language the survey does not declare in `languages`.
import { defineRule } from './rule.ts';

export default defineRule({
  name: 'language-tag',
  diagnostics: [
    {
      code: 'SVY2020',
      name: 'undeclared-language',
      severity: 'error',
      message: "'{lang}' is not one of the survey's languages ({languages}). Add it to `languages` or fix the tag.",
      docs: {
        summary: 'A text tagged with a language that the survey does not declare.',
        bad: 'languages zh, en\ntitle "满意度调查" fr: "Enquête"',
        good: 'languages zh, en, fr\ntitle "满意度调查" en: "Satisfaction survey" fr: "Enquête"',
      },
    },
  ],
  check(ctx) {
    const langs = ctx.survey?.languages;
    if (!langs) return;
    for (const stray of ctx.binding.strayLanguages) {
      ctx.report({
        code: 'SVY2020',
        file: stray.file,
        range: stray.range,
        args: { lang: stray.lang, languages: langs.join(', ') },
      });
    }
  },
});
