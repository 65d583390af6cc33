// SVY5007 (only when survey.config.json sets `requireNonResponseOption: true`): a
// sensitive question — tagged `sensitive`, or about income, age, health … — that
// forces an answer: no "prefer not to say" / "don't know" option, no missing code on
// its scale, and not optional.
import { defineRule } from '../rule.ts';
import type { Question } from '../../model.ts';
import { findTerms, sensitiveTopics, tokenize, wordList, type WordListOptions } from '../../wording/index.ts';

export default defineRule({
  name: 'nonresponse-option',
  diagnostics: [
    {
      code: 'SVY5007',
      name: 'missing-nonresponse-option',
      severity: 'warning',
      message:
        '\'{id}\' is a sensitive question ({why}) but offers no way out: add a "prefer not to say" / "不便透露" option (exclusive), a `missing` code on its scale, or make it `optional`.',
      docs: {
        summary:
          'With `requireNonResponseOption: true` in survey.config.json: a sensitive question (tag `sensitive`, or income, age, health … in its text) without a non-response option.',
        rationale:
          'Forcing an answer to a sensitive question produces break-offs and made-up answers; an explicit "prefer not to say" keeps both the respondent and data quality (Krosnick & Presser 2010; AAPOR guidance on sensitive items).',
        bad: 'single income "您的月收入是多少?" { a "5000元以下" b "5000-10000元" c "10000元以上" }',
        good: 'single income "您的月收入是多少?" { a "5000元以下" b "5000-10000元" c "10000元以上" na "不便透露" en: "Prefer not to say" exclusive }',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s || !ctx.config.requireNonResponseOption) return;
    const opts = ctx.options<WordListOptions & { tags?: string[] }>('SVY5007', {});
    const tags = new Set(opts.tags ?? ['sensitive']);
    for (const q of s.questions) {
      if (!q.required || q.kind === 'matrix') continue;
      const tagged = q.tags.find((t) => tags.has(t));
      let word: string | undefined;
      if (!tagged) {
        for (const [lang, value] of Object.entries(q.text)) {
          const m = findTerms(value, tokenize(value, lang), lang, wordList(sensitiveTopics, lang, opts))[0];
          if (m) {
            word = value.slice(m.index, m.end);
            break;
          }
        }
      }
      if (!tagged && !word) continue;
      if (offersWayOut(q)) continue;
      ctx.report({
        code: 'SVY5007',
        file: q.file,
        range: q.node.id?.range ?? q.node.kindRange,
        args: { id: q.id, why: tagged ? `tag ${tagged}` : `'${word}'` },
      });
    }
  },
});

const wayOut =
  /prefer not|rather not|don'?t know|do not know|not sure|decline|refuse|n\/a|not applicable|不便|不愿|不願|不想回答|拒绝回答|拒絕回答|不知道|不清楚|不适用|不適用|保密/i;

function offersWayOut(q: Question): boolean {
  if (q.scale?.points.some((p) => p.missing)) return true;
  return q.choices?.options.some((o) => Object.values(o.label).some((l) => wayOut.test(l))) ?? false;
}
