// Nesting limits, so that the recursive-descent parser and every recursive tree walk
// after it (binder, checker, emitters, formatter, the form's runtime) stay far from
// the stack limit whatever the input. Two limits, each reported as SVY1008:
// - MAX_NESTING: parentheses, calls and prefix operators (`not`, `-`) inside one
//   another. Enforced on the tokens before parsing: a group that would go deeper is
//   replaced by one placeholder `0`, extra prefix operators are dropped.
// - MAX_EXPRESSION_DEPTH: the depth of an expression tree, which long chains of
//   binary operators (`a + b + c + …`, built iteratively) also make deep. Enforced on
//   the tree: such an expression is removed (the slot reads as missing).
import type { IToken } from 'chevrotain';
import { LParen, RParen, LBrace, RBrace, Not, Minus, NumberLiteral, Identifier, Nps, Answered, ResponseRate, Reverse } from './tokens.ts';
import { statementStarts, type Block } from './vocabulary.ts';
import { syntaxDiagnostic, type SyntaxDiagnostic } from './diagnostic-messages.ts';
import type { TextRange } from './ast.ts';

export const MAX_NESTING = 32;
export const MAX_EXPRESSION_DEPTH = 256;

function tooDeep(range: TextRange, how: 'nested' | 'chained'): SyntaxDiagnostic {
  const max = how === 'nested' ? MAX_NESTING : MAX_EXPRESSION_DEPTH;
  return syntaxDiagnostic({ code: 'SVY1008', messageId: how, range, args: { max } });
}

/** The tokens with every group nested deeper than MAX_NESTING collapsed; never recursive. */
export function limitTokenNesting(tokens: IToken[]): { tokens: IToken[]; diagnostics: SyntaxDiagnostic[] } {
  const diagnostics: SyntaxDiagnostic[] = [];
  let out: IToken[] | undefined;
  let depth = 0;
  let run = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const type = t.tokenType;
    if (type === LParen && depth + run + 1 > MAX_NESTING) {
      const j = matchingParen(tokens, i);
      const last = tokens[j];
      out ??= tokens.slice(0, i);
      // A call's name goes with its parentheses: `mean(` becomes the one placeholder too.
      const callee = i > 0 && callees.has(tokens[i - 1].tokenType) ? out.pop() : undefined;
      const first = callee ?? t;
      out.push({ ...first, image: '0', tokenType: NumberLiteral, tokenTypeIdx: NumberLiteral.tokenTypeIdx! });
      diagnostics.push(tooDeep({ start: first.startOffset, end: last.startOffset + last.image.length }, 'nested'));
      i = j;
      run = 0;
      continue;
    }
    if (type === Not || type === Minus) {
      run++;
      if (depth + run > MAX_NESTING) {
        out ??= tokens.slice(0, i);
        let k = i;
        while (k + 1 < tokens.length && (tokens[k + 1].tokenType === Not || tokens[k + 1].tokenType === Minus)) k++;
        diagnostics.push(tooDeep({ start: t.startOffset, end: tokens[k].startOffset + tokens[k].image.length }, 'nested'));
        i = k;
        continue;
      }
    } else run = 0;
    if (type === LParen) depth++;
    else if (type === RParen) depth = Math.max(0, depth - 1);
    else if (type === LBrace || type === RBrace) depth = 0;
    out?.push(t);
  }
  return { tokens: out ?? tokens, diagnostics };
}

const callees = new Set([Identifier, Nps, Answered, ResponseRate, Reverse]);
const blocks: Block[] = ['document', 'survey', 'section', 'options', 'sample', 'quality', 'analysis'];
let starters: Set<string> | undefined;

/** Index of the `)` closing the `(` at `i`; when it is never closed, of the last token before the next statement. */
function matchingParen(tokens: IToken[], i: number): number {
  starters ??= new Set(blocks.flatMap((b) => statementStarts(b)));
  let d = 0;
  for (let k = i; k < tokens.length; k++) {
    const type = tokens[k].tokenType;
    const startsStatement = type !== Identifier && type.name.startsWith('Kw_') && starters.has(tokens[k].image);
    if (type === LBrace || type === RBrace || (startsStatement && !callees.has(type))) return Math.max(i, k - 1);
    if (type === LParen) d++;
    else if (type === RParen && --d === 0) return k;
  }
  return tokens.length - 1;
}

const exprKinds = new Set(['Binary', 'Unary', 'Paren', 'Call', 'InstanceFilter']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function isCompound(v: unknown): v is Record<string, unknown> & { kind: string; range: TextRange } {
  return isObject(v) && exprKinds.has((v as { kind?: string }).kind ?? '');
}

/** Depth of an expression tree, counted without recursion. */
export function expressionDepth(root: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    if (!isCompound(node)) continue;
    if (d > max) max = d;
    for (const key in node) {
      if (key === 'range' || key === 'opRange') continue;
      const v = node[key];
      if (Array.isArray(v)) for (const x of v) stack.push([x, d + 1]);
      else if (isObject(v)) stack.push([v, d + 1]);
    }
  }
  return max;
}

/**
 * Removes every expression deeper than MAX_EXPRESSION_DEPTH from the tree (in place, before
 * anyone holds it). Every parse walks its whole tree here, so the walk allocates nothing
 * but its stack: a list is copied only when an expression is removed from it.
 */
export function limitExpressionDepth(root: unknown): SyntaxDiagnostic[] {
  const diagnostics: SyntaxDiagnostic[] = [];
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (!isObject(node)) continue;
    for (const key in node) {
      if (key === 'range' || !Object.hasOwn(node, key)) continue;
      const v = node[key];
      if (!isObject(v)) continue;
      if (Array.isArray(v)) {
        let kept: unknown[] | undefined;
        for (let i = 0; i < v.length; i++) {
          const x: unknown = v[i];
          if (isCompound(x)) {
            if (overLimit(x, diagnostics)) {
              kept ??= v.slice(0, i);
              continue;
            }
          } else if (isObject(x)) stack.push(x);
          kept?.push(x);
        }
        if (kept) node[key] = kept;
      } else if (isCompound(v)) {
        if (overLimit(v, diagnostics)) delete node[key];
      } else stack.push(v);
    }
  }
  return diagnostics;
}

function overLimit(expr: Record<string, unknown> & { range: TextRange }, diagnostics: SyntaxDiagnostic[]): boolean {
  if (expressionDepth(expr) <= MAX_EXPRESSION_DEPTH) return false;
  diagnostics.push(tooDeep({ ...expr.range }, 'chained'));
  return true;
}
