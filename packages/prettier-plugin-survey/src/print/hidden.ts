// `hidden customer_id text "客户编号" en: "Customer id" optional` and
// `hidden size from sizes`: one statement; the label breaks at its translations
// only when the line is too long, like a score's label.
import type { Doc } from 'prettier';
import type { HiddenDecl } from '@survey/syntax';
import type { SourceContext } from '../context.ts';
import { compound } from './pieces.ts';
import { seq } from './seq.ts';
import { statement } from './declaration.ts';

export function printHidden(ctx: SourceContext, h: HiddenDecl): Doc {
  return statement(ctx, h.range, () => [
    compound(
      ctx,
      seq(ctx, h.range.start, [
        'hidden',
        h.id,
        h.valueType,
        h.from && 'from',
        h.from,
        h.label,
        h.required === true && 'required',
        h.required === false && 'optional',
      ]),
    ),
  ]);
}
