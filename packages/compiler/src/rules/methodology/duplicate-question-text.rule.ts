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
    // The question and matrix row texts in source order (questionTexts' order).
    const owners: Array<Question | Row> = [];
    const texts: Array<Text | undefined> = [];
    for (const q of s.questions) {
      owners.push(q);
      texts.push(q.node.text);
      for (const r of q.rows) {
        owners.push(r);
        texts.push(r.node.text);
      }
    }
    index.update(texts, s.defaultLanguage);
    // An owner is reported at its first part whose text an earlier owner has, pointing at that owner's first such part.
    for (const p of index.repeated()) {
      const keys = index.keys[p];
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (key === undefined) continue;
        const first = index.at.get(key)![0];
        if (first >= p) continue;
        const owner = owners[p];
        const earlier = owners[first];
        const part = texts[p]!.parts[i];
        const earlierPart = texts[first]!.parts[index.keys[first].indexOf(key)];
        ctx.report({
          code: 'SVY4010',
          file: owner.file,
          range: wholeValue(ctx, owner.file, part),
          args: { id: owner.id, other: earlier.id },
          related: [
            { file: earlier.file, range: wholeValue(ctx, earlier.file, earlierPart), message: `'${earlier.id}' has the same text` },
          ],
        });
        break;
      }
    }
  },
});

/**
 * Which owners (by position in the list of question and row texts) hold each normal
 * form. Kept between compiles: the language server's re-parse keeps the Text node of
 * every question it did not re-parse, so after an edit only the texts whose node
 * changed are keyed again and moved in the index, instead of all of them.
 */
class KeyIndex {
  texts: Array<Text | undefined> = [];
  keys: Array<Array<string | undefined>> = [];
  private language = '';
  /** Normal form → the positions of the owners holding it, ascending, each once. */
  at = new Map<string, number[]>();
  /** Normal forms held by two owners or more. */
  private shared = new Set<string>();

  update(texts: Array<Text | undefined>, language: string): void {
    if (language !== this.language || texts.length !== this.texts.length) return this.rebuild(texts, language);
    const changed: number[] = [];
    for (let i = 0; i < texts.length; i++) {
      if (texts[i] === this.texts[i]) continue;
      changed.push(i);
      if (changed.length > 64) return this.rebuild(texts, language);
    }
    for (const i of changed) {
      this.remove(i);
      this.texts[i] = texts[i];
      this.keys[i] = texts[i] ? keysOf(texts[i]!, language) : [];
      this.add(i);
    }
  }

  /** Positions of the owners that share a normal form with an earlier owner, ascending. */
  repeated(): number[] {
    const out = new Set<number>();
    for (const key of this.shared) {
      const list = this.at.get(key)!;
      for (let k = 1; k < list.length; k++) out.add(list[k]);
    }
    return [...out].sort((a, b) => a - b);
  }

  private rebuild(texts: Array<Text | undefined>, language: string): void {
    this.language = language;
    this.texts = [...texts];
    this.keys = texts.map((t) => (t ? keysOf(t, language) : []));
    this.at = new Map();
    this.shared = new Set();
    for (let i = 0; i < texts.length; i++) this.add(i);
  }

  private add(i: number): void {
    for (const key of new Set(this.keys[i])) {
      if (key === undefined) continue;
      const list = this.at.get(key);
      if (!list) {
        this.at.set(key, [i]);
        continue;
      }
      // Binary search for the place of i; positions come in order when rebuilding, so mostly the end.
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid] < i) lo = mid + 1;
        else hi = mid;
      }
      list.splice(lo, 0, i);
      this.shared.add(key);
    }
  }

  private remove(i: number): void {
    for (const key of new Set(this.keys[i])) {
      if (key === undefined) continue;
      const list = this.at.get(key);
      if (!list) continue;
      const k = list.indexOf(i);
      if (k >= 0) list.splice(k, 1);
      if (list.length === 0) this.at.delete(key);
      if (list.length < 2) this.shared.delete(key);
    }
  }
}

/** The index of the last survey checked (one: a language server edits one survey at a time). */
const index = new KeyIndex();

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
