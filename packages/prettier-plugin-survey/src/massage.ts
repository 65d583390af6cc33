// For `prettier --debug-check`: the trees of the input and of the output must be equal
// once positions are gone. Comments are compared by text, so a lost or altered
// comment fails the check too.
import type { Printer } from 'prettier';

/** Every property that holds a source position (ranges, never content). */
export const positionKeys: readonly string[] = [
  'range',
  'keyRange',
  'kindRange',
  'opRange',
  'langRange',
  'valueRange',
  'whenRange',
  'defaultRange',
  'requiredRange',
  'flagRanges',
  'typeRange',
  'acceptRange',
  // `where` in `count(members where age < 18)`
  'keywordRange',
];

export const getVisitorKeys = (node: object): string[] =>
  Object.entries(node)
    .filter(([key, value]) => typeof value === 'object' && value !== null && !positionKeys.includes(key))
    .map(([key]) => key);

export const massageAstNode: Printer['massageAstNode'] = Object.assign(
  (original: { kind?: string; text?: string; value?: unknown }, cloned: Record<string, unknown>) => {
    // A parser comment ({kind: 'line' | 'block', text}): trailing blanks of a line comment are not kept.
    if ((original.kind === 'line' || original.kind === 'block') && typeof original.text === 'string') {
      return { kind: original.kind, text: original.kind === 'line' ? original.text.trimEnd() : original.text };
    }
    return cloned;
  },
  { ignoredProperties: new Set(positionKeys) },
);
