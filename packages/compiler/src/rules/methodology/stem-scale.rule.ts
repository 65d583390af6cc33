// SVY5015: a question that asks about one thing and is answered on a scale that measures
// another: "您对服务满意吗?" on an agree–disagree scale, "Do you agree …" on a
// satisfaction scale, "How important …" on a satisfaction scale. Respondents answer the
// labels they see, not the question, and the item's score means neither.
import { defineRule } from '../rule.ts';
import type { Question, Scale } from '../../model.ts';

type Dimension = 'satisfaction' | 'agreement' | 'importance' | 'likelihood' | 'frequency';

// Words that name what a stem asks about or what a scale's end labels measure.
const stemWords: Record<Dimension, RegExp> = {
  satisfaction: /\b(dis)?satisf(ied|action|y|ying)\b|满意|滿意/i,
  agreement: /\b(dis)?agree(ment)?\b|同意/i,
  importance: /\b(un)?important\b|\bimportance\b|重要/i,
  likelihood: /\b(un)?likely\b|\blikelihood\b|可能性|多大可能|有多可能/i,
  frequency: /\bhow (often|frequently)\b|多久一次|频率|頻率|多常/i,
};
const labelWords: Record<Dimension, RegExp> = {
  ...stemWords,
  likelihood: /\b(un)?likely\b|可能/i,
  frequency: /\b(never|always|rarely|often|seldom)\b|从不|從不|从来不|從來不|总是|總是|很少|经常|經常|每次/i,
};
const dimensions = Object.keys(stemWords) as Dimension[];

// A question rather than a statement: statements ("我对服务很满意。") are what an agreement
// scale is for, whatever they are about.
const interrogative = /[?？]\s*$|[吗嗎呢][?？。]?\s*$|^\s*(how|what|which|do|does|did|are|is|was|were|would|will|to what extent)\b/i;

/** What the scale's two end labels measure, when both say the same thing in some language. */
function scaleDimension(scale: Scale): { dim: Dimension; low: string; high: string } | undefined {
  const points = scale.points.filter((p) => !p.missing);
  const low = points[0];
  const high = points[points.length - 1];
  if (!low || !high || low === high) return undefined;
  for (const lang of Object.keys(low.label)) {
    const a = low.label[lang];
    const b = high.label[lang];
    if (!a || !b) continue;
    const dim = dimensions.find((d) => labelWords[d].test(a) && labelWords[d].test(b));
    if (dim) return { dim, low: a, high: b };
  }
  return undefined;
}

/** The dimensions the question's text names, in any of its languages, with the word that named each. */
function stemDimensions(q: Question): Map<Dimension, string> {
  const found = new Map<Dimension, string>();
  for (const text of Object.values(q.text))
    for (const d of dimensions) {
      const m = stemWords[d].exec(text);
      if (m && !found.has(d)) found.set(d, m[0]);
    }
  return found;
}

export default defineRule({
  name: 'stem-scale',
  diagnostics: [
    {
      code: 'SVY5015',
      name: 'stem-scale-mismatch',
      severity: 'warning',
      message:
        '\'{id}\' asks about {asks} ("{word}") but is answered on scale \'{scale}\', whose labels measure {measures} ("{low}" … "{high}"). Answer it on a scale that measures {asks}, or word the question to ask about {measures}.',
      docs: {
        summary:
          "A rating or matrix question whose text asks about one dimension (satisfaction, agreement, importance, likelihood, frequency) while its scale's end labels measure another.",
        rationale:
          'Respondents answer the labels they read: "您对服务满意吗?" answered from 非常不同意 to 非常同意 mixes two judgements, and the item\'s score means neither. Construct-specific response options, matched to the stem, give more valid answers than agree–disagree scales put under any question (Saris et al. 2010; Dillman, Smyth & Christian 2014).',
        bad: 'rating service "您对我们的服务满意吗?" en: "How satisfied are you with our service?" on agree5',
        good: 'rating service "您对我们的服务满意吗?" en: "How satisfied are you with our service?" on sat5',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    const measured = new Map<Scale, ReturnType<typeof scaleDimension>>();
    for (const q of s.questions) {
      if ((q.kind !== 'rating' && q.kind !== 'matrix') || !q.scale || q.scale.builtin) continue;
      if (!measured.has(q.scale)) measured.set(q.scale, scaleDimension(q.scale));
      const scale = measured.get(q.scale);
      if (!scale) continue;
      const asked = stemDimensions(q);
      // A stem that names no dimension ("服务态度"), or names the scale's own, fits it.
      if (asked.size === 0 || asked.has(scale.dim)) continue;
      if (scale.dim === 'agreement' && !Object.values(q.text).some((t) => interrogative.test(t))) continue;
      const [asks, word] = [...asked][0]!;
      ctx.report({
        code: 'SVY5015',
        file: q.file,
        range: q.node.scale?.range ?? q.node.id?.range ?? q.node.range,
        args: { id: q.id, asks, word, scale: q.scale.id, measures: scale.dim, low: scale.low, high: scale.high },
      });
    }
  },
});
