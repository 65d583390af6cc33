// `scale id 1..5 step 1 descending { 5 "…" en: "…" … missing 9 "…" }` and
// `choices id { a "…" other "…" specify fixed }`.
import { doc, type Doc } from 'prettier';
import { wordsWithRole, type ChoiceOption, type ChoicesDecl, type ScaleDecl, type ScalePoint } from '@survey/syntax';
import type { SourceContext } from '../context.ts';
import { compound, piece } from './pieces.ts';
import { signedPieces } from './leaves.ts';
import { seq, tight } from './seq.ts';
import { segmentPieces, segments, within } from './segments.ts';
import { declaration, statement } from './declaration.ts';
import type { LineShape } from './token-line.ts';

const { line } = doc.builders;

const SCALE_WORDS: ReadonlySet<string> = new Set(wordsWithRole('scale-attribute'));

export function printScale(ctx: SourceContext, s: ScaleDecl): Doc {
  return declaration(
    ctx,
    s,
    (headEnd) => {
      const bounds =
        s.from && s.to
          ? [
              signedPieces(ctx, !!s.fromNegative, s.from, s.range.start),
              tight('..'),
              tight(signedPieces(ctx, !!s.toNegative, s.to, s.from.range.end)),
            ]
          : [];
      const head = seq(ctx, s.range.start, ['scale', s.id, ...bounds]);
      const modifiers = segments(ctx, head[head.length - 1].end, headEnd, SCALE_WORDS);
      return [
        ...head,
        ...segmentPieces(
          ctx,
          modifiers,
          (seg) => {
            if (seg.word === 'step') return within(seg, s.step) && ['step', s.step];
            return seg.tokens.length === 1 && [seg.word];
          },
          ' ',
        ),
      ];
    },
    s.points,
    (p) => printScalePoint(ctx, p),
  );
}

function printScalePoint(ctx: SourceContext, p: ScalePoint): Doc {
  return statement(
    ctx,
    p.range,
    () => seq(ctx, p.range.start, [p.missing && 'missing', signedPieces(ctx, p.negative, p.value, p.range.start), p.label]),
    0,
    p.range.end,
    () => (p.label ? { headEnd: p.label.range.end, attributes: [] } : undefined),
  );
}

export function printChoices(ctx: SourceContext, c: ChoicesDecl): Doc {
  return declaration(
    ctx,
    c,
    () => seq(ctx, c.range.start, ['choices', c.id]),
    c.options,
    (o) => printOption(ctx, o),
  );
}

/** `a "…" en: "…" specify exclusive fixed`, flags in their written order, wrapping like a question's attributes. */
export function printOption(ctx: SourceContext, o: ChoiceOption): Doc {
  return statement(
    ctx,
    o.range,
    () => {
      const flags = o.flagRanges.map((r) => piece(ctx.slice(r), r, line));
      // A choice filter `when …` sits among the flags, printed as an expression.
      const when = o.when && o.whenRange ? [compound(ctx, seq(ctx, o.whenRange.start, ['when', o.when]), line)] : [];
      // An image `image "…" alt "…" en: "…"` is one run among the flags.
      const image = o.image
        ? [compound(ctx, seq(ctx, o.image.range.start, ['image', o.image.source, o.image.alt && 'alt', o.image.alt]), line)]
        : [];
      const after = [...flags, ...when, ...image].sort((a, b) => a.start - b.start);
      return seq(ctx, o.range.start, [o.code, o.label, after]);
    },
    0,
    o.range.end,
    () => optionShape(o),
  );
}

/** An option's head (code and label) and its flags and `when`, for printing from the tokens (token-line.ts); not with an image. */
function optionShape(o: ChoiceOption): LineShape | undefined {
  if (o.image || !o.label) return undefined;
  const attributes: LineShape['attributes'] = o.flagRanges.map((r) => ({ start: r.start, end: r.end, translated: false }));
  if (o.when && o.whenRange) attributes.push({ start: o.whenRange.start, end: o.whenRange.end, translated: false });
  attributes.sort((a, b) => a.start - b.start);
  return { headEnd: o.label.range.end, attributes };
}
