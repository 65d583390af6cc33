// `sample { population 1200  strata size by size { large 100 sd 1.2 invited 40 } allocate neyman … }`.
import type { Doc } from 'prettier';
import { wordsWithRole, type OversampleDecl, type SampleDecl, type SampleSetting, type StrataDecl, type StratumDecl } from '@survey/syntax';
import type { SourceContext } from '../context.ts';
import { piece } from './pieces.ts';
import { seq } from './seq.ts';
import { segmentPieces, segments, within } from './segments.ts';
import { declaration, statement } from './declaration.ts';

const STRATUM_WORDS: ReadonlySet<string> = new Set(wordsWithRole('stratum-setting'));

export function printSample(ctx: SourceContext, s: SampleDecl): Doc {
  return declaration(
    ctx,
    s,
    () => seq(ctx, s.range.start, ['sample']),
    [...s.settings, ...s.strata, ...s.oversample],
    (item) => printSampleItem(ctx, item),
  );
}

function printSampleItem(ctx: SourceContext, item: SampleSetting | StrataDecl | OversampleDecl): Doc {
  switch (item.kind) {
    case 'SampleSetting':
      return statement(ctx, item.range, () => seq(ctx, item.range.start, [piece(item.key, item.keyRange), item.value ?? item.method]));
    case 'Oversample':
      return statement(ctx, item.range, () => seq(ctx, item.range.start, ['oversample', item.stratum, item.factor]));
    case 'Strata':
      return declaration(
        ctx,
        item,
        () => seq(ctx, item.range.start, ['strata', item.id, item.variable && 'by', item.variable]),
        item.strata,
        (s) => printStratum(ctx, s),
      );
  }
}

function printStratum(ctx: SourceContext, s: StratumDecl): Doc {
  return statement(ctx, s.range, () => {
    const head = seq(ctx, s.range.start, [s.id, s.size]);
    const values = { sd: s.sd, proportion: s.proportion, cost: s.cost, completes: s.completes, invited: s.invited } as const;
    const attributes = segments(ctx, head[head.length - 1].end, s.range.end, STRATUM_WORDS);
    return [
      ...head,
      ...segmentPieces(
        ctx,
        attributes,
        (seg) => {
          if (seg.word === 'take_all') return seg.tokens.length === 1 && ['take_all'];
          const value = values[seg.word as keyof typeof values];
          return within(seg, value) && [seg.word, value];
        },
        ' ',
      ),
    ];
  });
}
