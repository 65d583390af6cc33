// Where the cursor is, read from the lexer's tokens rather than the tree: tokens
// survive half-typed text (an unclosed brace, a missing name) that recovery may
// drop from the tree. Blocks are tracked by braces; inside a block, the statement
// is named by its first keyword (its "head").
import { questionKinds as syntaxQuestionKinds, statementStarts, type ParseResult } from '@survey/syntax';
import { contains } from './convert.ts';

type Token = ParseResult['tokens'][number];

export type BlockKind =
  'document' | 'survey' | 'section' | 'scale' | 'choices' | 'options' | 'glossary' | 'sample' | 'strata' | 'quality' | 'analysis' | 'other';

export const questionKinds: readonly string[] = syntaxQuestionKinds;

/** Keywords that start a statement in each block (from the vocabulary table of @survey/syntax). */
export const heads: Record<BlockKind, readonly string[]> = {
  document: statementStarts('document'),
  survey: statementStarts('survey'),
  section: statementStarts('section'),
  scale: [],
  choices: [],
  options: statementStarts('options'),
  glossary: [],
  sample: statementStarts('sample'),
  strata: [],
  quality: statementStarts('quality'),
  analysis: statementStarts('analysis'),
  other: [],
};

const blockOf: Record<string, BlockKind> = {
  survey: 'survey',
  section: 'section',
  // A repeat group's body holds questions (and nested groups), like a section's.
  repeat: 'section',
  scale: 'scale',
  choices: 'choices',
  glossary: 'glossary',
  sample: 'sample',
  strata: 'strata',
  quality: 'quality',
  analysis: 'analysis',
};

export interface CursorContext {
  kind: 'code' | 'string' | 'comment';
  block: BlockKind;
  /** The statement's first keyword, if the cursor is inside a statement. */
  head?: string;
  /** Tokens of the current statement before the cursor (head included). */
  statement: Token[];
  /** The token just before the cursor (not the word being typed). */
  prev?: Token;
  prev2?: Token;
  /** The word being typed, if any. */
  word?: Token;
  /** For a string: the text between its opening quote and the cursor. */
  stringBefore?: string;
}

export const image = (t: Token | undefined): string => t?.image ?? '';
export const typeName = (t: Token | undefined): string => t?.tokenType.name ?? '';
const isWord = (t: Token) => t.tokenType.name === 'Identifier' || t.tokenType.name.startsWith('Kw_');

export function cursorContext(parse: ParseResult, offset: number): CursorContext {
  const base = { block: 'other' as BlockKind, statement: [] };
  if (parse.comments.some((c) => c.range.start < offset && (offset < c.range.end || (c.kind === 'line' && offset === c.range.end))))
    return { ...base, kind: 'comment' };
  const tokens = parse.tokens;
  let i = 0;
  while (i < tokens.length && tokens[i].startOffset < offset) i++;
  // tokens[0..i) start before the cursor; the last of them may be the word being typed.
  let last = i - 1;
  let word: Token | undefined;
  const lastTok = tokens[last];
  const closed = (t: Token) => t.image.length > 1 && t.image.endsWith('"') && !t.image.endsWith('\\"');
  if (
    lastTok &&
    typeName(lastTok) === 'StringLiteral' &&
    (offset < lastTok.startOffset + lastTok.image.length || (!closed(lastTok) && offset === lastTok.startOffset + lastTok.image.length))
  ) {
    const ctx = scan(tokens.slice(0, last));
    return { ...ctx, kind: 'string', stringBefore: lastTok.image.slice(1, offset - lastTok.startOffset) };
  }
  if (lastTok && isWord(lastTok) && contains({ start: lastTok.startOffset, end: lastTok.startOffset + lastTok.image.length }, offset)) {
    word = lastTok;
    last--;
  }
  const ctx = scan(tokens.slice(0, last + 1));
  return { ...ctx, kind: 'code', word };
}

/** Walks the tokens before the cursor, keeping a stack of open blocks and each one's current statement. */
function scan(tokens: Token[]): Omit<CursorContext, 'kind'> {
  const stack: Array<{ block: BlockKind; headAt: number }> = [{ block: 'document', headAt: -1 }];
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j];
    const top = stack[stack.length - 1];
    const name = typeName(t);
    if (name === 'LBrace') {
      const head = top.headAt >= 0 ? image(tokens[top.headAt]) : '';
      stack.push({ block: blockOf[head] ?? (questionKinds.includes(head) ? 'options' : 'other'), headAt: -1 });
    } else if (name === 'RBrace') {
      // Attributes may follow a question's options (`{ … } default card`): its statement goes on.
      const closed = stack.length > 1 ? stack.pop() : undefined;
      if (closed?.block !== 'options') stack[stack.length - 1].headAt = -1;
    } else if (startsStatement(top.block, t, tokens[j - 1], top.headAt >= 0 ? image(tokens[top.headAt]) : undefined)) {
      top.headAt = j;
    }
  }
  const top = stack[stack.length - 1];
  // An option (`c "品牌 C" when …`) starts with a code, not a keyword: what follows its last text.
  const optionTail = () => {
    let k = tokens.length - 1;
    while (k >= 0 && !['StringLiteral', 'LBrace'].includes(typeName(tokens[k]))) k--;
    return tokens.slice(k + 1);
  };
  const statement = top.headAt >= 0 ? tokens.slice(top.headAt) : top.block === 'options' ? optionTail() : [];
  return {
    block: top.block,
    head: top.headAt >= 0 ? image(tokens[top.headAt]) : undefined,
    statement,
    prev: tokens[tokens.length - 1],
    prev2: tokens[tokens.length - 2],
  };
}

function startsStatement(block: BlockKind, t: Token, before: Token | undefined, head: string | undefined): boolean {
  const word = image(t);
  if (!typeName(t).startsWith('Kw_') || !heads[block].includes(word)) return false;
  // `on nps`: the one keyword that is also an argument.
  if (word === 'nps' && typeName(before) === 'Kw_on') return false;
  // `section usage "…" points 50 limit questions 3 {`: attributes of the section, not statements.
  if (head === 'section' && ['points', 'limit'].includes(word)) return false;
  return true;
}

/** The innermost open call around the cursor in the statement, and which argument the cursor is in. */
export function enclosingCall(ctx: CursorContext): { name: string; arg: number } | undefined {
  let depth = 0;
  let arg = 0;
  for (let i = ctx.statement.length - 1; i >= 0; i--) {
    const n = typeName(ctx.statement[i]);
    if (n === 'RParen') depth++;
    else if (n === 'LParen') {
      if (depth === 0) {
        // `nps(` is a keyword (the question kind) as well as a function.
        const callee = ctx.statement[i - 1];
        return callee && isWord(callee) ? { name: image(callee), arg } : undefined;
      }
      depth--;
    } else if (n === 'Comma' && depth === 0) arg++;
  }
  return undefined;
}
