// Whether a parse needs `limitExpressionDepth`'s walk of the whole tree (nesting.ts).
// Every compound expression node (Binary, Unary, Paren, Call, InstanceFilter) has its own
// operator token (the operator, `not`, `-`, `(`, `where`) inside its parent's tokens, so an
// expression's depth is at most the number of operator tokens in its token range. Without
// syntax errors an expression's tokens are consecutive and never include a brace or a
// keyword that cannot be part of an expression. So when every run of tokens between two
// such tokens holds at most MAX_EXPRESSION_DEPTH operators, no expression is too deep.
import type { IToken, TokenType } from 'chevrotain';
import * as T from './tokens.ts';
import { MAX_EXPRESSION_DEPTH } from './nesting.ts';

const operators = new Set<TokenType>([
  T.Or,
  T.And,
  T.Not,
  T.EqEq,
  T.NotEq,
  T.LtEq,
  T.GtEq,
  T.Lt,
  T.Gt,
  T.Has,
  T.Plus,
  T.Minus,
  T.Star,
  T.Slash,
  T.LParen,
  T.Where,
]);

/** Keywords an expression may hold: its operators and the names that are also keywords (parser.ts, `primary`). */
const inExpressions = new Set<TokenType>([...operators, T.Nps, T.Answered, T.ResponseRate, T.Reverse, T.Min, T.Max]);

let breaks: boolean[] | undefined;
let counts: boolean[] | undefined;

/** Token kinds (by `tokenTypeIdx`) that end a run: braces and every keyword that is neither a name nor part of an expression. */
function tables(): { breaks: boolean[]; counts: boolean[] } {
  if (!breaks || !counts) {
    breaks = [];
    counts = [];
    for (const t of [T.LBrace, T.RBrace]) breaks[t.tokenTypeIdx!] = true;
    for (const t of T.keywordTokenTypes) {
      const isName = (t.CATEGORIES ?? []).includes(T.Identifier);
      if (!isName && !inExpressions.has(t)) breaks[t.tokenTypeIdx!] = true;
    }
    for (const t of operators) counts[t.tokenTypeIdx!] = true;
  }
  return { breaks, counts };
}

/** False when no expression in a parse of these tokens without syntax errors can be deeper than MAX_EXPRESSION_DEPTH. */
export function mayBeTooDeep(tokens: readonly IToken[]): boolean {
  const { breaks, counts } = tables();
  let run = 0;
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens[i].tokenTypeIdx;
    if (breaks[kind] === true) run = 0;
    else if (counts[kind] === true && ++run > MAX_EXPRESSION_DEPTH) return true;
  }
  return false;
}
