// The formatter's contract on one input, shared by formatter.test.ts and the
// regression replay: on anything that parses, format is idempotent and lossless
// (the same tree without positions, the same comments); on anything that does not,
// it refuses with SurveySyntaxError and nothing else.
import { expect } from 'vitest';
import { parse } from '@survey/syntax';
import { formatSurvey, SurveySyntaxError } from 'prettier-plugin-survey';
import { stripRanges, type FuzzCase } from './fuzz-kit.ts';

/** Comments as the reader sees them: same text, in the same order (trailing blanks ignored). */
function commentTexts(text: string): string[] {
  return parse(text).comments.map((c) => c.text.replace(/[ \t]+$/gm, ''));
}

export async function formatsLosslessly({ text }: FuzzCase): Promise<void> {
  const before = parse(text);
  let once: string;
  try {
    once = await formatSurvey(text);
  } catch (e) {
    if (before.diagnostics.length > 0 && e instanceof SurveySyntaxError) return;
    throw new Error(`formatSurvey threw ${(e as Error)?.name}: ${(e as Error)?.message}`);
  }
  if (before.diagnostics.length > 0)
    throw new Error(`formatted a text with syntax errors: ${before.diagnostics[0].code} ${before.diagnostics[0].message}`);
  const after = parse(once);
  if (after.diagnostics.length > 0)
    throw new Error(`formatted text does not parse: ${after.diagnostics[0].code} ${after.diagnostics[0].message}`);
  expect(stripRanges(after.ast), 'the tree changed').toEqual(stripRanges(before.ast));
  expect(commentTexts(once), 'the comments changed').toEqual(commentTexts(text));
  const twice = await formatSurvey(once);
  if (twice !== once) throw new Error('format is not idempotent: formatting the output changes it again');
}
