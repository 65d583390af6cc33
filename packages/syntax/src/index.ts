export * from './ast.ts';
export { parse, grammarParser, type ParseResult, type SyntaxDiagnostic, type Comment } from './parse.ts';
export { LineMap, type Position } from './line-map.ts';
export { keywords, contextualKeywords } from './tokens.ts';
export * as tokens from './tokens.ts';
export { unescapeString, quoteString } from './strings.ts';
export { walk, childrenOf, type AnyNode } from './walk.ts';
export { reparse, reparseText, reparseWithInfo, changeBetween, type TextChange, type ReparseInfo } from './incremental.ts';
export { reparseOrigin, type ReparseOrigin } from './incremental.ts';
export {
  vocabulary,
  roleRules,
  wordsWithRole,
  statementStarts,
  flagsWithRole,
  modifiersAfter,
  keywordEntry,
  questionKinds,
  type Keyword,
  type KeywordEntry,
  type Role,
  type Block,
  type WordWithRole,
} from './vocabulary.ts';
export { MAX_NESTING, MAX_EXPRESSION_DEPTH, expressionDepth } from './nesting.ts';
export {
  formatMessage,
  messageTemplate,
  messageVariants,
  type MessageTemplates,
  type MessageArgs,
  type MessageParams,
  type MessageFor,
} from './message-format.ts';
export { syntaxMessages, syntaxDiagnostic, type SyntaxCode } from './diagnostic-messages.ts';
