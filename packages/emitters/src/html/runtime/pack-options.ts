// The option texts of questions on one shared choice list, as the page carries them. Every
// question on a list names its options' texts `opt.<question>.<code>`, and the text table
// writes each of them as the key of the first question's text (`"opt.q23.1": "opt.q15.1"`):
// about 36 bytes an option, 0.19 MB of a 5,000-question survey. The page says instead which
// questions' options are those of which question (`sameOptions: {"q15": ["q23", …]}`) and
// the runtime writes the keys back, exactly, before it starts.
import type { Code, RuntimeData } from './data.ts';

type Texts = RuntimeData['texts'];
type Coded = { id: string; codes?: Code[] };

/** The question whose option texts all of `q`'s option texts name, if there is one. */
function sameAs(q: Coded, texts: Texts): string | undefined {
  if (!q.codes?.length) return undefined;
  let first: string | undefined;
  for (const code of q.codes) {
    const ref = texts[`opt.${q.id}.${code}`];
    const suffix = `.${code}`;
    if (typeof ref !== 'string' || !ref.startsWith('opt.') || !ref.endsWith(suffix)) return undefined;
    const other = ref.slice(4, -suffix.length);
    if (other === q.id || (first !== undefined && other !== first)) return undefined;
    first = other;
  }
  return first;
}

/** The texts without the option keys that `sameOptions` puts back, and `sameOptions`. */
export function packOptionTexts(texts: Texts, questions: readonly Coded[]): { texts: Texts; sameOptions: Record<string, string[]> } {
  const sameOptions: Record<string, string[]> = {};
  const dropped = new Set<string>();
  for (const q of questions) {
    const other = sameAs(q, texts);
    if (other === undefined) continue;
    (sameOptions[other] ??= []).push(q.id);
    for (const code of q.codes!) dropped.add(`opt.${q.id}.${code}`);
  }
  if (!dropped.size) return { texts, sameOptions };
  const out: Texts = {};
  for (const k in texts) if (!dropped.has(k)) out[k] = texts[k];
  return { texts: out, sameOptions };
}

/** Writes back the option keys `packOptionTexts` left out (into `texts`). */
export function unpackOptionTexts(texts: Texts, questions: readonly Coded[], sameOptions: Record<string, string[]>): void {
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const [other, ids] of Object.entries(sameOptions))
    for (const id of ids) for (const code of byId.get(id)?.codes ?? []) texts[`opt.${id}.${code}`] = `opt.${other}.${code}`;
}
