// The tokens of the language. Keywords come before Identifier and use `longer_alt`
// so `scales` stays an identifier while `scale` is a keyword. A keyword token can only
// be made for a word of the vocabulary table (vocabulary.ts): `kw` takes a `Keyword`.
import { createToken, Lexer, type TokenType } from 'chevrotain';
import type { Keyword } from './vocabulary.ts';

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n\u3000\uFEFF]+/, group: Lexer.SKIPPED, line_breaks: true });
export const LineComment = createToken({ name: 'LineComment', pattern: /\/\/[^\r\n]*/, group: 'comments' });
export const BlockComment = createToken({ name: 'BlockComment', pattern: /\/\*[\s\S]*?\*\//, group: 'comments', line_breaks: true });

/** A name where a keyword is also allowed (`allocate fixed`); a token category, never lexed itself. */
export const MethodName = createToken({ name: 'MethodName', pattern: Lexer.NA });
export const Identifier = createToken({ name: 'Identifier', pattern: /[A-Za-z_][A-Za-z0-9_]*/, categories: [MethodName] });
/** `en:` — a language tag that introduces a translation (`en :` is accepted; the formatter writes `en:`). */
export const LangTag = createToken({ name: 'LangTag', pattern: /[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*[ \t]*:/ });
// Written as an unrolled loop (`"[^"\\]*(?:\\.[^"\\]*)*"`): the same strings as `"(?:[^"\\\r\n]|\\.)*"`, matched
// without an alternation at every character.
export const StringLiteral = createToken({ name: 'StringLiteral', pattern: /"[^"\\\r\n]*(?:\\.[^"\\\r\n]*)*"/ });
/** An unterminated string: lexed as its own token so the parser can report it precisely. */
export const UnterminatedString = createToken({ name: 'UnterminatedString', pattern: /"(?:[^"\\\r\n]|\\.)*/ });
/**
 * `members.age`: a question of a repeat group named through its group. One token (tried
 * before the keywords), so a stray `.` stays an unexpected character.
 */
export const QualifiedName = createToken({ name: 'QualifiedName', pattern: /[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*/ });
export const NumberLiteral = createToken({ name: 'NumberLiteral', pattern: /\d+(?:\.\d+)?%?/ });

export const DotDot = createToken({ name: 'DotDot', pattern: /\.\./ });
export const LBrace = createToken({ name: 'LBrace', pattern: /\{/ });
export const RBrace = createToken({ name: 'RBrace', pattern: /\}/ });
export const LParen = createToken({ name: 'LParen', pattern: /\(/ });
export const RParen = createToken({ name: 'RParen', pattern: /\)/ });
export const Comma = createToken({ name: 'Comma', pattern: /,/ });
export const EqEq = createToken({ name: 'EqEq', pattern: /==/ });
export const NotEq = createToken({ name: 'NotEq', pattern: /!=/ });
export const LtEq = createToken({ name: 'LtEq', pattern: /<=/ });
export const GtEq = createToken({ name: 'GtEq', pattern: />=/ });
export const Lt = createToken({ name: 'Lt', pattern: /</ });
export const Gt = createToken({ name: 'Gt', pattern: />/ });
export const Assign = createToken({ name: 'Assign', pattern: /=/ });
export const Plus = createToken({ name: 'Plus', pattern: /\+/ });
export const Minus = createToken({ name: 'Minus', pattern: /-/ });
export const Star = createToken({ name: 'Star', pattern: /\*/ });
export const Slash = createToken({ name: 'Slash', pattern: /\// });

const keywordTokens: TokenType[] = [];
const tokenOfWord = new Map<string, TokenType>();
function kw(word: Keyword, categories: TokenType[] = []): TokenType {
  const t = createToken({ name: 'Kw_' + word, pattern: new RegExp(word), longer_alt: [LangTag, Identifier], categories });
  keywordTokens.push(t);
  tokenOfWord.set(word, t);
  return t;
}

// Declarations
export const Survey = kw('survey');
export const Import = kw('import');
export const Scale = kw('scale');
export const Choices = kw('choices');
export const Section = kw('section');
export const Score = kw('score');
export const Target = kw('target');
export const Sample = kw('sample');
// Contextual (also an Identifier): a common field name, so `quality` stays usable as an id.
export const Quality = kw('quality', [Identifier]);
export const Analysis = kw('analysis');
export const Glossary = kw('glossary');
export const Hidden = kw('hidden');
export const Let = kw('let');
// Also an Identifier (a token category): `single check "…"` keeps working as a question id;
// only a survey member that starts with it is a check.
export const Check = kw('check', [Identifier]);
// Survey header
export const Title = kw('title');
export const Languages = kw('languages');
// Contextual (also an Identifier): a common field name, so `intro` stays usable as an id.
export const Intro = kw('intro', [Identifier]);
export const Confidentiality = kw('confidentiality');
export const Version = kw('version');
export const Mode = kw('mode');
export const Frequency = kw('frequency');
export const Owner = kw('owner');
export const Tags = kw('tags');
// `answers optional`: contextual, so `answers` stays usable as an id.
export const Answers = kw('answers', [Identifier]);
export const Limit = kw('limit');
export const Questions = kw('questions');
export const Minutes = kw('minutes');
// Question kinds
export const Single = kw('single');
export const Multi = kw('multi');
// Contextual (also an Identifier): a common field name, so `rating` stays usable as an id.
export const Rating = kw('rating', [Identifier]);
export const Matrix = kw('matrix');
export const Nps = kw('nps');
export const Ranking = kw('ranking');
export const Text = kw('text');
export const NumberKw = kw('number');
export const DateKw = kw('date');
export const YesNo = kw('yesno');
// Question attributes
export const Help = kw('help');
export const Optional = kw('optional');
export const Required = kw('required');
export const From = kw('from');
export const On = kw('on');
export const Min = kw('min');
export const Max = kw('max');
export const Pattern = kw('pattern');
// Contextual (also an Identifier): a common field name, so `tag` stays usable as an id.
export const Tag = kw('tag', [Identifier]);
export const Reverse = kw('reverse');
export const When = kw('when');
export const Randomize = kw('randomize');
export const Row = kw('row');
export const Integer = kw('integer');
export const Unit = kw('unit');
// Scales and choices
export const Step = kw('step');
export const Descending = kw('descending');
export const Anchored = kw('anchored');
export const Missing = kw('missing');
export const Specify = kw('specify');
export const Exclusive = kw('exclusive');
export const Fixed = kw('fixed', [MethodName]);
// Carry-forward (`from q3 selected`) and defaults (`default 3`): contextual, so
// `selected` and `default` stay usable as ids.
export const Selected = kw('selected', [Identifier]);
export const Default = kw('default', [Identifier]);
// `text site "…" as url`: contextual too.
export const As = kw('as', [Identifier]);
// `number score "…" min 0 max 100 slider`: contextual too.
export const Slider = kw('slider', [Identifier]);
// Repeat groups (rosters): `repeat members for household_size max 12 { … }`, `for each brands`.
// `repeat` is contextual (a common field name: `yesno repeat "会再次购买吗?"`).
export const Repeat = kw('repeat', [Identifier]);
export const For = kw('for');
export const Each = kw('each');
// `count(members where age < 18)`: the instances of a repeat group that meet a condition.
// Contextual, so `where` stays usable as an id (`single where "您住在哪里?"`).
export const Where = kw('where', [Identifier]);
// Answer types: file upload (`accept`, `max 5 MB`), image choice (`image "…" alt "…"`),
// geopoint and signature. All contextual, so existing ids such as `file` or `signature` stay ids.
export const FileKw = kw('file', [Identifier]);
export const Geopoint = kw('geopoint', [Identifier]);
export const Signature = kw('signature', [Identifier]);
export const Accept = kw('accept', [Identifier]);
export const Image = kw('image', [Identifier]);
export const Alt = kw('alt', [Identifier]);
// Sections and scores
export const Points = kw('points');
// Contextual (also an Identifier): a common field name, so `weight` stays usable as an id.
export const Weight = kw('weight', [Identifier]);
export const Require = kw('require');
export const All = kw('all');
// Sampling
export const Population = kw('population');
export const Strata = kw('strata');
export const Allocate = kw('allocate');
export const Completes = kw('completes');
export const Margin = kw('margin');
export const Confidence = kw('confidence');
export const Proportion = kw('proportion');
export const Sd = kw('sd');
export const Cost = kw('cost');
export const ResponseRate = kw('response_rate');
export const Oversample = kw('oversample');
export const TakeAll = kw('take_all');
export const Invited = kw('invited');
// Quality and analysis
export const Exclude = kw('exclude');
export const Answered = kw('answered');
export const Straightline = kw('straightline');
export const Duration = kw('duration');
export const Attention = kw('attention');
export const Items = kw('items');
export const Breakdown = kw('breakdown');
export const By = kw('by');
export const Top = kw('top');
export const Drivers = kw('drivers');
export const Chart = kw('chart');
export const Alpha = kw('alpha');
// Flow (page breaks, screen-outs, end screens, randomisation groups): contextual, so
// `page`, `end`, `screenout` and `shuffle` stay usable as ids.
export const Page = kw('page', [Identifier]);
export const ScreenOut = kw('screenout', [Identifier]);
export const End = kw('end', [Identifier]);
export const Shuffle = kw('shuffle', [Identifier]);
// Expressions
export const And = kw('and');
export const Or = kw('or');
export const Not = kw('not');
export const Has = kw('has');

// `response_rate` must be tried before `Identifier`; longer keywords first so that
// e.g. `questions` is not cut into `question` + `s` (longer_alt handles prefixes of identifiers).
const sortedKeywords = [...keywordTokens].sort((a, b) => String(b.PATTERN).length - String(a.PATTERN).length);

export const allTokens: TokenType[] = [
  MethodName,
  WhiteSpace,
  LineComment,
  BlockComment,
  StringLiteral,
  UnterminatedString,
  NumberLiteral,
  LangTag,
  QualifiedName,
  ...sortedKeywords,
  Identifier,
  DotDot,
  LBrace,
  RBrace,
  LParen,
  RParen,
  Comma,
  EqEq,
  NotEq,
  LtEq,
  GtEq,
  Lt,
  Gt,
  Assign,
  Plus,
  Minus,
  Star,
  Slash,
];

/** Every reserved word, for completion, the TextMate grammar and its drift test. */
export const keywords: readonly string[] = keywordTokens.map((t) => String(t.PATTERN).slice(1, -1)).sort();
export const keywordTokenTypes: readonly TokenType[] = keywordTokens;
/** Keywords that are also names (token category Identifier): `weight`, `tag`, `check` … usable as ids. */
export const contextualKeywords: readonly string[] = keywordTokens
  .filter((t) => (t.CATEGORIES ?? []).includes(Identifier))
  .map((t) => String(t.PATTERN).slice(1, -1))
  .sort();

/** The lexer token of a vocabulary word; throws for a word with no token (the vocabulary test checks there is none). */
export function keywordToken(word: Keyword): TokenType {
  const t = tokenOfWord.get(word);
  if (!t) throw new Error(`The vocabulary word '${word}' has no keyword token in tokens.ts.`);
  return t;
}

/** Defined as true by scripts/build.mjs in bundles. */
declare const __SURVEY_BUNDLED__: boolean | undefined;

/**
 * The one lexer configuration (full parse and incremental re-parse). The token patterns are
 * validated in the tests and in every unbundled run; the bundled CLI and server skip that
 * check at start-up (it was a third of `survey check`'s cold start), as the parser does.
 */
export function newLexer(): Lexer {
  return new KeywordLexer(lexedTokens, {
    positionTracking: 'onlyOffset',
    ensureOptimizations: true,
    skipValidations: typeof __SURVEY_BUNDLED__ !== 'undefined' && __SURVEY_BUNDLED__,
  });
}

// ------------------------------------------------------------ keywords after lexing
// The lexer matches words as Identifier and gives a word that spells a keyword its
// keyword token afterwards, by one lookup. Same tokens as trying the 109 keyword patterns
// at every word (longest first, with `longer_alt` Identifier): a keyword pattern wins
// there exactly when the identifier at that offset is the keyword itself (LangTag and
// QualifiedName are tried before either, as here). Several times faster per word.
const lexedTokens: TokenType[] = allTokens.filter((t) => !keywordTokens.includes(t));

class KeywordLexer extends Lexer {
  override tokenize(text: string, initialMode?: string): ReturnType<Lexer['tokenize']> {
    const result = super.tokenize(text, initialMode);
    const tokens = result.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.tokenType !== Identifier) continue;
      const kwType = tokenOfWord.get(t.image);
      if (kwType !== undefined) {
        t.tokenType = kwType;
        t.tokenTypeIdx = kwType.tokenTypeIdx!;
      }
    }
    return result;
  }
}
