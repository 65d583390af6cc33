// The prettier printer. It prints the whole tree from the root and places comments
// itself (from the parser's list), marking each one printed so prettier's own check
// catches any that would be lost.
import type { Printer } from 'prettier';
import { contextOf } from './context.ts';
import type { SurveyRoot } from './parser.ts';
import { printDocument } from './print/statement.ts';
import { getVisitorKeys, massageAstNode } from './massage.ts';
import { fastLayout } from './print/render.ts';

export const surveyPrinter: Printer<SurveyRoot> = {
  print(path, options) {
    const root = path.node;
    if (root.kind !== 'Document') throw new Error(`prettier-plugin-survey: cannot print a ${String(root.kind)} on its own.`);
    const ctx = contextOf(root);
    const { printWidth, tabWidth, useTabs } = options ?? {};
    ctx.layout =
      fastLayout.enabled && typeof printWidth === 'number' && typeof tabWidth === 'number'
        ? { printWidth, tabWidth, useTabs: !!useTabs }
        : undefined;
    return printDocument(ctx, root);
  },
  massageAstNode,
  getVisitorKeys,
};
