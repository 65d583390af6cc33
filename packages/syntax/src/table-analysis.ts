// The bundled parser's start-up without chevrotain's grammar analysis. `performSelfAnalysis`
// records the grammar (every rule run once in a recording mode), computes the follow sets
// that error recovery resynchronises on, and builds a lookahead function for every
// OR / OPTION / MANY / AT_LEAST_ONE: most of the CLI's cold start. With the lookahead
// table recorded at build time (lookahead.ts) none of it is needed to parse valid text, so
// a bundled parser only installs, per production, a function that builds its lookahead from
// the table on first use. The recorded grammar and the follow sets are needed only by error
// recovery and error messages: they come from a second parser that records the grammar the
// first time one of those asks (a text with a syntax error). lookahead.test.ts parses every
// example and fixture, whole and broken, this way and with chevrotain's own analysis and
// requires the same trees and diagnostics.
//
// This sets chevrotain 11's internal fields as `performSelfAnalysis` does
// (parse/parser/parser.ts, traits/looksahead.ts; key layout from parse/grammar/keys.ts).
import type { ILookaheadStrategy, IOrAlt, Rule, TokenType } from 'chevrotain';
import type { FirstAfter } from './first-after.ts';

/** chevrotain's DSL method bits of a lookahead key (keys.ts: `n << BITS_FOR_OCCURRENCE_IDX`). */
const dslKeyBits: Record<string, number> = {
  Alternation: 1 << 8,
  Option: 2 << 8,
  Repetition: 3 << 8,
  RepetitionMandatory: 4 << 8,
  RepetitionWithSeparator: 5 << 8,
  RepetitionMandatoryWithSeparator: 6 << 8,
};

/** The parser's fields and methods that `performSelfAnalysis` sets and the parse reads. */
export interface AnalysedParser {
  selfAnalysisDone: boolean;
  fullRuleNameToShort: Record<string, number>;
  dynamicTokensEnabled: boolean;
  gastProductionsCache: Record<string, Rule>;
  resyncFollows: Record<string, TokenType[]>;
  firstAfterRepMap: Record<number, { token: TokenType | undefined; occurrence: number | undefined; isEndOfRule: boolean }>;
  setLaFuncCache(key: number, value: LookaheadFunction): void;
}

/** A lookahead function as chevrotain calls it (`this` the parser; an OR's alternatives). */
export type LookaheadFunction = (this: unknown, alts?: IOrAlt<unknown>[]) => unknown;

/** Builds one production's lookahead function, given whether its alternatives have GATEs. */
type BuildLookahead = (production: string, hasPredicates: boolean) => LookaheadFunction;

/**
 * Marks `parser` analysed and installs a lazily built lookahead function for every
 * production of `productions` (`rule|kind|occurrence`, the table's keys).
 */
export function installTableLookahead(parser: AnalysedParser, productions: readonly string[], build: BuildLookahead): void {
  parser.selfAnalysisDone = true;
  toFastProperties(parser);
  for (const production of productions) {
    const kind = production.split('|')[1];
    const key = lookaheadKey(parser, production);
    let built: LookaheadFunction | undefined;
    // chevrotain passes an OR's alternatives to its function; their GATEs are what the
    // recording phase reads as `hasPredicates`. MANY and OPTION apply their GATE themselves.
    parser.setLaFuncCache(key, function (this: unknown, alts?: IOrAlt<unknown>[]) {
      if (built === undefined) {
        built = build(production, kind === 'Alternation' && alts !== undefined && alts.some((a) => typeof a.GATE === 'function'));
        parser.setLaFuncCache(key, built);
      }
      return built.call(this, alts);
    });
  }
}

/**
 * Fills chevrotain's cache of what follows each repetition (read at the end of every
 * repetition, see first-after.ts) from the recorded `[token, occurrence, isEndOfRule]`.
 */
export function installFirstAfter(
  parser: AnalysedParser,
  firstAfter: Record<string, FirstAfter>,
  token: (name: string) => TokenType | undefined,
): void {
  for (const [production, [name, occurrence, isEndOfRule]] of Object.entries(firstAfter)) {
    const type = name === null ? undefined : token(name);
    if (name !== null && type === undefined) continue; // computed from the grammar when needed
    parser.firstAfterRepMap[lookaheadKey(parser, production)] = { token: type, occurrence: occurrence ?? undefined, isEndOfRule };
  }
}

/** chevrotain's key of a production (`rule|kind|occurrence`) in its lookahead caches. */
function lookaheadKey(parser: AnalysedParser, production: string): number {
  const [ruleName, kind, occurrence] = production.split('|') as [string, string, string];
  const bits = dslKeyBits[kind];
  const ruleKey = parser.fullRuleNameToShort[ruleName];
  if (bits === undefined || ruleKey === undefined) throw new Error(`The recorded grammar names an unknown production '${production}'.`);
  return Number(occurrence) | bits | ruleKey;
}

/** Copies the recorded grammar and follow sets of a fully analysed parser of the same grammar. */
export function adoptGrammar(parser: AnalysedParser, analysed: AnalysedParser): void {
  parser.gastProductionsCache = analysed.gastProductionsCache;
  parser.resyncFollows = analysed.resyncFollows;
}

/** For a parser that only records the grammar: it never parses, so it needs no lookahead. */
export const noLookahead: ILookaheadStrategy = {
  validate: () => [],
  buildLookaheadForAlternation: () => () => undefined,
  buildLookaheadForOptional: () => () => false,
};

/** chevrotain's `toFastProperties` (@chevrotain/utils), which `performSelfAnalysis` applies first. */
function toFastProperties(object: object): void {
  function Fake() {
    // an empty constructor whose prototype is the object
  }
  Fake.prototype = object;
  const fake = new (Fake as unknown as new () => { bar?: unknown })();
  const access = () => typeof fake.bar;
  access();
  access();
}
