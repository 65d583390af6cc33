// Sections, questions and matrix rows. A question's translations and attributes follow
// its text on the same line while it fits, otherwise they go on indented continuation
// lines (see joinPieces in pieces.ts).
import { doc, type Doc } from 'prettier';
import { flagsWithRole, wordsWithRole, type LimitDecl, type QuestionDecl, type RowDecl, type SectionDecl } from '@survey/syntax';
import type { SourceContext } from '../context.ts';
import { constraintPieces, nameListPieces, stringListPieces } from './leaves.ts';
import { seq, type Part } from './seq.ts';
import { segmentPieces, segments, within, type Segment } from './segments.ts';
import { declaration, statement } from './declaration.ts';
import type { LineShape } from './token-line.ts';
import { printOption } from './scales.ts';
import { printPage, printScreenOut, sectionChildren } from './flow.ts';
import { printRepeat } from './repeat.ts';

const { line } = doc.builders;

const SECTION_WORDS: ReadonlySet<string> = new Set(wordsWithRole('section-attribute'));
const QUESTION_WORDS: ReadonlySet<string> = new Set(wordsWithRole('question-attribute'));
const ROW_WORDS: ReadonlySet<string> = new Set(wordsWithRole('row-attribute'));
const FLAGS: ReadonlySet<string> = new Set(flagsWithRole('question-attribute'));

export function printLimit(ctx: SourceContext, l: LimitDecl): Doc {
  return statement(ctx, l.range, () => seq(ctx, l.range.start, ['limit', l.unit, l.value]));
}

export function printSection(ctx: SourceContext, s: SectionDecl): Doc {
  return declaration(
    ctx,
    s,
    (headEnd) => {
      const head = seq(ctx, s.range.start, ['section', s.id, s.title]);
      const modifiers = segments(ctx, head[head.length - 1].end, headEnd, SECTION_WORDS);
      return [...head, ...segmentPieces(ctx, modifiers, (seg) => sectionModifier(ctx, s, seg), line)];
    },
    sectionChildren([...s.questions, ...(s.repeats ?? [])], s.flow),
    (q) =>
      q.kind === 'Page'
        ? printPage(ctx, q)
        : q.kind === 'ScreenOut'
          ? printScreenOut(ctx, q)
          : q.kind === 'Repeat'
            ? printRepeat(ctx, q, (x) => printQuestion(ctx, x))
            : printQuestion(ctx, q),
  );
}

function sectionModifier(ctx: SourceContext, s: SectionDecl, seg: Segment): Part[] | false {
  switch (seg.word) {
    case 'points':
      return within(seg, s.points) && ['points', s.points];
    case 'weight':
      return within(seg, s.weight) && ['weight', s.weight];
    case 'limit':
      return within(seg, s.limit) && !!s.limit && seq(ctx, s.limit.range.start, ['limit', s.limit.unit, s.limit.value]);
    case 'when':
      return within(seg, s.when) && ['when', s.when];
    case 'randomize':
    case 'fixed':
      return seg.tokens.length === 1 && [seg.word];
  }
  return false;
}

export function printQuestion(ctx: SourceContext, q: QuestionDecl): Doc {
  return declaration(
    ctx,
    q,
    (headEnd) => {
      const head = seq(ctx, q.range.start, [q.questionKind, q.id, q.text]);
      const attributes = segments(ctx, head[head.length - 1].end, headEnd, QUESTION_WORDS);
      return [...head, ...segmentPieces(ctx, attributes, (seg) => questionAttribute(ctx, q, seg), line)];
    },
    [...q.options, ...q.rows],
    (item) => (item.kind === 'Row' ? printRow(ctx, item) : printOption(ctx, item)),
    (headEnd) => q.text && attributeShape(ctx, q.text.range.end, headEnd, QUESTION_WORDS, q),
  );
}

/**
 * The head (through the text) and the attribute segments after it, for printing from the
 * tokens (token-line.ts). An attribute holding a translated text is taken only as the
 * pieces would print it (`help` or `unit` with exactly its text); any other is left to them.
 */
function attributeShape(
  ctx: SourceContext,
  headEnd: number,
  end: number,
  words: ReadonlySet<string>,
  q?: QuestionDecl,
): LineShape | undefined {
  const attributes: LineShape['attributes'] = [];
  for (const seg of segments(ctx, headEnd, end, words)) {
    const translated = seg.tokens.some((t) => t.image.endsWith(':'));
    if (translated) {
      const text = seg.word === 'help' ? q?.help : seg.word === 'unit' ? q?.unit : undefined;
      if (!text || seg.tokens.length < 2 || text.range.start !== seg.tokens[1].start || text.range.end !== seg.end) return undefined;
    }
    attributes.push({ start: seg.start, end: seg.end, translated });
  }
  return { headEnd, attributes };
}

function questionAttribute(ctx: SourceContext, q: QuestionDecl, seg: Segment): Part[] | false {
  if (FLAGS.has(seg.word)) return seg.tokens.length === 1 && [seg.word];
  switch (seg.word) {
    case 'help':
      return within(seg, q.help) && ['help', q.help];
    case 'unit':
      return within(seg, q.unit) && ['unit', q.unit];
    case 'from':
      return within(seg, q.from) && ['from', q.from, q.fromSelected === false && 'not', q.fromSelected !== undefined && 'selected'];
    case 'as':
      return within(seg, q.format) && ['as', q.format];
    case 'default':
      return within(seg, q.default) && ['default', q.default];
    case 'on':
      return within(seg, q.scale) && ['on', q.scale];
    case 'min':
      return within(seg, q.min) && !!q.min && ['min', constraintPieces(ctx, q.min)];
    case 'max':
      return within(seg, q.max) && !!q.max && ['max', constraintPieces(ctx, q.max), q.max.unit];
    case 'accept':
      return !!q.accept && within(seg, q.accept[0]) && ['accept', stringListPieces(ctx, q.accept)];
    case 'pattern':
      return within(seg, q.pattern) && ['pattern', q.pattern];
    case 'tag':
      return [
        'tag',
        nameListPieces(
          ctx,
          q.tags.filter((t) => within(seg, t)),
        ),
      ];
    case 'when':
      return within(seg, q.when) && ['when', q.when];
  }
  return false;
}

function printRow(ctx: SourceContext, r: RowDecl): Doc {
  const shape = () => (r.text ? attributeShape(ctx, r.text.range.end, r.range.end, ROW_WORDS) : undefined);
  return statement(
    ctx,
    r.range,
    () => {
      const head = seq(ctx, r.range.start, ['row', r.id, r.text]);
      const attributes = segments(ctx, head[head.length - 1].end, r.range.end, ROW_WORDS);
      return [
        ...head,
        ...segmentPieces(
          ctx,
          attributes,
          (seg) =>
            seg.word === 'tag'
              ? [
                  'tag',
                  nameListPieces(
                    ctx,
                    r.tags.filter((t) => within(seg, t)),
                  ),
                ]
              : seg.tokens.length === 1 && [seg.word],
          line,
        ),
      ];
    },
    0,
    r.range.end,
    shape,
  );
}
