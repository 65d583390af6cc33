// SVY5002: a bipolar scale with more positive than negative labels (or the reverse),
// which pulls answers towards the heavier side. SVY5003: an `anchored` bipolar scale
// with an odd number of points whose midpoint has no label. Label polarity comes from
// wording/polarity.ts; a scale is judged only in languages where every label can be
// classified, and only reported when those languages agree.
import { defineRule } from '../rule.ts';
import type { Scale } from '../../model.ts';
import { hasBuiltinLexicon, polarity, type Polarity } from '../../wording/index.ts';

const midpointWords: Record<string, string> = { zh: '一般', en: 'Neutral' };

/** "Very dissatisfied" … "Very satisfied" → "Neither satisfied nor dissatisfied". */
function englishMidpoint(lo: string, hi: string): string {
  const core = (s: string) =>
    s
      .trim()
      .replace(/^(very|strongly|extremely|completely|totally|highly)\s+/i, '')
      .toLowerCase();
  const [neg, pos] = [core(lo), core(hi)];
  return /^[a-z-]+$/.test(neg) && /^[a-z-]+$/.test(pos) && neg !== pos ? `Neither ${pos} nor ${neg}` : midpointWords.en;
}

export default defineRule({
  name: 'scale-balance',
  diagnostics: [
    {
      code: 'SVY5002',
      name: 'unbalanced-scale',
      severity: 'warning',
      message:
        "Scale '{scale}' has {positive} positive and {negative} negative labels ({labels}). Balance it: as many points on each side of the midpoint.",
      docs: {
        summary: 'A bipolar scale whose labels are not balanced: more positive than negative points, or the reverse.',
        rationale:
          'Unbalanced scales shift the distribution towards the heavier side and overstate satisfaction (Krosnick & Presser 2010; GB/T 19038 uses balanced 5-point satisfaction scales).',
        bad: 'scale q5 1..5 { 1 "差" 2 "一般" 3 "好" 4 "很好" 5 "非常好" }',
        good: 'scale q5 1..5 { 1 "很差" 2 "较差" 3 "一般" 4 "较好" 5 "很好" }',
      },
    },
    {
      code: 'SVY5003',
      name: 'unlabelled-midpoint',
      severity: 'warning',
      message:
        'Scale \'{scale}\' runs from a negative to a positive label but its midpoint {mid} has no label. Label it (a neutral "{word}") so respondents know what the middle means.',
      docs: {
        summary:
          'An `anchored` bipolar scale with an odd number of points whose midpoint is unlabelled. The quick fix adds a neutral label.',
        rationale:
          "Respondents read an unlabelled middle point differently (neutral, don't know, average); labelling it improves reliability (Krosnick & Presser 2010, on labelling scale points).",
        bad: 'scale sat7 1..7 anchored { 1 "非常不满意" en: "Very dissatisfied" 7 "非常满意" en: "Very satisfied" }',
        good: 'scale sat7 1..7 anchored { 1 "非常不满意" en: "Very dissatisfied" 4 "一般" en: "Neither satisfied nor dissatisfied" 7 "非常满意" en: "Very satisfied" }',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    for (const scale of s.scales.values()) {
      if (scale.builtin || !scale.node?.id || ![scale.min, scale.max, scale.step].every(Number.isFinite) || scale.step <= 0) continue;
      const substantive = scale.points.filter((p) => !p.missing);
      const gridSize = Math.round((scale.max - scale.min) / scale.step) + 1;
      const langs = s.languages;
      if (!scale.anchored && substantive.length === gridSize && gridSize >= 2) {
        const judged = langs.map((lang) => ({ lang, verdict: classifyAll(scale, lang) })).filter((x) => x.verdict);
        const counts = judged.map(({ lang, verdict }) => ({
          lang,
          pos: verdict!.filter((p) => p === 'positive').length,
          neg: verdict!.filter((p) => p === 'negative').length,
        }));
        const bipolar = counts.filter((c) => c.pos > 0 && c.neg > 0);
        if (bipolar.length && bipolar.length === counts.length && counts.every((c) => c.pos !== c.neg)) {
          const c = counts[0];
          ctx.report({
            code: 'SVY5002',
            file: scale.file,
            range: scale.node.id.range,
            args: {
              scale: scale.id,
              positive: c.pos,
              negative: c.neg,
              labels: substantive.map((p) => `${p.value} "${p.label[c.lang] ?? ''}"`).join(', '),
            },
          });
        }
      }
      // 0–10 and other long scales are conventionally labelled at the ends only.
      if (scale.anchored && gridSize >= 3 && gridSize <= 7 && gridSize % 2 === 1) {
        const mid = scale.min + ((gridSize - 1) / 2) * scale.step;
        if (substantive.some((p) => p.value === mid)) continue;
        const lo = substantive.find((p) => p.value === scale.min);
        const hi = substantive.find((p) => p.value === scale.max);
        if (!lo || !hi) continue;
        // Every language with a word list must read the ends as opposite poles ("Not at all likely" is unipolar).
        const judged = langs
          .filter(hasBuiltinLexicon)
          .map((lang) => [polarity(lo.label[lang] ?? '', lang), polarity(hi.label[lang] ?? '', lang)]);
        const opposite = (a?: Polarity, b?: Polarity) => (a === 'negative' && b === 'positive') || (a === 'positive' && b === 'negative');
        if (!judged.length || !judged.every(([a, b]) => opposite(a, b))) continue;
        const fixable = langs.every((l) => midpointWords[l.split('-')[0]]);
        const word = (l: string) =>
          l.split('-')[0] === 'en' ? englishMidpoint(lo.label[l] ?? '', hi.label[l] ?? '') : (midpointWords[l.split('-')[0]] ?? '');
        const label = langs.map((l, i) => (i === 0 ? '' : `${l}: `) + JSON.stringify(word(l))).join(' ');
        const insert = insertion(ctx.files.get(scale.file)?.text ?? '', scale, mid, label);
        ctx.report({
          code: 'SVY5003',
          file: scale.file,
          range: scale.node.id.range,
          args: { scale: scale.id, mid, word: word(s.defaultLanguage) || 'neutral' },
          fixes: fixable && insert ? [{ title: `Label the midpoint ${mid}`, edits: [{ file: scale.file, ...insert }] }] : undefined,
        });
      }
    }
  },
});

function classifyAll(scale: Scale, lang: string): Polarity[] | undefined {
  const out: Polarity[] = [];
  for (const p of scale.points) {
    if (p.missing) continue;
    const label = p.label[lang];
    if (label === undefined) return undefined;
    const pol = polarity(label, lang);
    if (!pol) return undefined;
    out.push(pol);
  }
  return out;
}

/** Where to insert `mid "…"`: before the second labelled point in source order, on its own line if it has one. */
function insertion(
  text: string,
  scale: Scale,
  mid: number,
  label: string,
): { range: { start: number; end: number }; newText: string } | undefined {
  const pts = scale.node?.points.filter((p) => !p.missing) ?? [];
  if (pts.length < 2) return undefined;
  const second = pts[1];
  const lineStart = text.lastIndexOf('\n', second.range.start - 1) + 1;
  const before = text.slice(lineStart, second.range.start);
  const at = { start: second.range.start, end: second.range.start };
  return /^\s*$/.test(before) ? { range: at, newText: `${mid} ${label}\n${before}` } : { range: at, newText: `${mid} ${label} ` };
}
