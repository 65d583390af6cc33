// `quality { exclude … }` and `analysis { items … breakdown by … }`.
import type { Doc } from 'prettier';
import type { AnalysisDecl, AnalysisRequest, QualityDecl, QualityRule } from '@survey/syntax';
import type { SourceContext } from '../context.ts';
import { nameListPieces } from './leaves.ts';
import { tokenPieces } from './pieces.ts';
import { seq, type Part } from './seq.ts';
import { declaration, statement } from './declaration.ts';

export function printQuality(ctx: SourceContext, q: QualityDecl): Doc {
  return declaration(
    ctx,
    q,
    () => seq(ctx, q.range.start, ['quality']),
    q.rules,
    (r) => statement(ctx, r.range, () => seq(ctx, r.range.start, ['exclude', ...ruleParts(ctx, r)])),
  );
}

function ruleParts(ctx: SourceContext, r: QualityRule): Part[] {
  switch (r.kind) {
    case 'ExcludeAnswered':
      return ['answered', r.op, r.value];
    case 'ExcludeDuration':
      return ['duration', r.op, r.value];
    case 'ExcludeStraightline':
      return ['straightline', r.target];
    case 'ExcludeAttention':
      // The comparison as written (`!=` today), not re-spelled.
      return [
        'attention',
        r.question,
        !!r.question && !!r.expected && tokenPieces(ctx, r.question.range.end, r.expected.range.start),
        r.expected,
      ];
    case 'ExcludeWhen':
      return ['when', r.expr];
  }
  return [];
}

export function printAnalysis(ctx: SourceContext, a: AnalysisDecl): Doc {
  return declaration(
    ctx,
    a,
    () => seq(ctx, a.range.start, ['analysis']),
    a.requests,
    (r) => statement(ctx, r.range, () => seq(ctx, r.range.start, requestParts(ctx, r))),
  );
}

function requestParts(ctx: SourceContext, r: AnalysisRequest): Part[] {
  switch (r.kind) {
    case 'Items':
      return ['items', nameListPieces(ctx, r.stats)];
    case 'Breakdown':
      return ['breakdown', 'by', nameListPieces(ctx, r.by)];
    case 'Top':
      return ['top', r.count, r.name, r.op, r.value];
    case 'Drivers':
      return ['drivers', r.outcome, 'on', nameListPieces(ctx, r.drivers)];
    case 'Chart':
      return ['chart', r.chartType, r.subject, r.by && 'by', r.by];
    case 'Alpha':
      return ['alpha', r.subject];
  }
  return [];
}
