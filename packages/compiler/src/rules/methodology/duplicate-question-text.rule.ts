// SVY4010: two questions (or two matrix rows) whose texts are the same once case,
// spacing, punctuation and full-width forms are ignored. Parallel items that differ
// in one content word ("…产品质量…" / "…服务质量…") are different questions and
// are not reported.
import type { Text, TextPart } from '@survey/syntax';
import { defineRule, type RuleContext } from '../rule.ts';
import type { Question, Row } from '../../model.ts';
import { partRange } from '../../wording/index.ts';
import { LIMITS } from '../../limits.ts';
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
    const s = ctx.survey;
    if (!s) return;
    // The question and matrix row texts in source order (questionTexts' order), keyed
    // per text node: an edit in the language server normalises only the texts it changed.
    const first = new Map<string, Site>();
    const reported = new Set<Question | Row>();
    const visit = (owner: Question | Row, text: Text | undefined, file: string) => {
      if (!text) return;
      const keys = keysOf(text, s.defaultLanguage);
      text.parts.forEach((part, i) => {
        const key = keys[i];
        if (key === undefined) return;
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, { owner, part, file });
          return;
        }
        if (earlier.owner === owner || reported.has(owner)) return;
        reported.add(owner);
        ctx.report({
          code: 'SVY4010',
          file,
          range: wholeValue(ctx, file, part),
          args: { id: owner.id, other: earlier.owner.id },
          related: [
            { file: earlier.file, range: wholeValue(ctx, earlier.file, earlier.part), message: `'${earlier.owner.id}' has the same text` },
          ],
        });
      });
    };
    for (const q of s.questions) {
      visit(q, q.node.text, q.file);
      for (const r of q.rows) visit(r, r.node.text, r.file);
    }
  },
});

interface Site {
  owner: Question | Row;
  part: TextPart;
  file: string;
}

/** The source range of a part's value (as read by the wording rules: up to the literal limit). */
const wholeValue = (ctx: RuleContext, file: string, part: TextPart) =>
  partRange(ctx.files.get(file)?.text ?? '', part, 0, readValue(part).length);

const readValue = (part: TextPart) => (part.value.length > LIMITS.literal ? part.value.slice(0, LIMITS.literal) : part.value);

/** Per part of a text, `lang \0 normal form`, or undefined when that is shorter than 2 characters. */
const keysOfText = new WeakMap<Text, { defaultLanguage: string; keys: Array<string | undefined> }>();

function keysOf(text: Text, defaultLanguage: string): Array<string | undefined> {
  const hit = keysOfText.get(text);
  if (hit && hit.defaultLanguage === defaultLanguage) return hit.keys;
  const keys = text.parts.map((part) => {
    const norm = normal(readValue(part));
    return norm.length < 2 ? undefined : (part.lang ?? defaultLanguage) + '\u0000' + norm;
  });
  keysOfText.set(text, { defaultLanguage, keys });
  return keys;
}

/** The normal form two texts are compared in, when it is their whole (incremental/text-rules.ts); undefined past the literal limit. */
export function wholeTextKey(value: string): string | undefined {
  return value.length > LIMITS.literal ? undefined : normal(value);
}

const normal = memoize((s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}{}]/gu, ''),
);
