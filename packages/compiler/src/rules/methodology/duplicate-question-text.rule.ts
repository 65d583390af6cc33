// SVY4010: two questions (or two matrix rows) whose texts are the same once case,
// spacing, punctuation and full-width forms are ignored. Parallel items that differ
// in one content word ("…产品质量…" / "…服务质量…") are different questions and
// are not reported.
import { defineRule } from '../rule.ts';
import type { Question, Row } from '../../model.ts';
import { questionTexts, type TextSite } from '../../wording/index.ts';
import { memoize } from '../../memo.ts';

export default defineRule({
  name: 'duplicate-question-text',
  diagnostics: [
    {
      code: 'SVY4010',
      name: 'duplicate-question-text',
      severity: 'warning',
      message:
        "'{id}' has the same text as '{other}'. Respondents will think they are answering the same question twice: say what differs, or remove one.",
      docs: {
        summary:
          'Identical or near-identical question (or row) texts: equal after ignoring case, spaces, punctuation and full-width forms.',
        rationale:
          'Repeated questions annoy respondents and invite straight-lining; if the two items measure different things, the texts must say how (QAS-99 item 3; Krosnick & Presser 2010 on questionnaire flow).',
        bad: 'rating q1 "您对我们的服务满意吗?" on sat5\nrating q2 "您对我们的服务满意吗？" on sat5',
        good: 'rating q1 "您对我们售前服务的满意度如何?" on sat5\nrating q2 "您对我们售后服务的满意度如何?" on sat5',
      },
    },
  ],
  check(ctx) {
    const first = new Map<string, TextSite>();
    const reported = new Set<Question | Row>();
    for (const site of questionTexts(ctx)) {
      const norm = normal(site.value);
      if (norm.length < 2) continue;
      const key = site.lang + '\u0000' + norm;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, site);
        continue;
      }
      if (earlier.owner === site.owner || reported.has(site.owner)) continue;
      reported.add(site.owner);
      ctx.report({
        code: 'SVY4010',
        file: site.file,
        range: site.range(0, site.value.length),
        args: { id: site.owner.id, other: earlier.owner.id },
        related: [
          { file: earlier.file, range: earlier.range(0, earlier.value.length), message: `'${earlier.owner.id}' has the same text` },
        ],
      });
    }
  },
});

const normal = memoize((s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}{}]/gu, ''),
);
