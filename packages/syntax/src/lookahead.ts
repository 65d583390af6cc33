// The parser's LL(k) lookahead, computed once at build time instead of at every start.
// chevrotain's `performSelfAnalysis` derives, for every OR / OPTION / MANY / AT_LEAST_ONE,
// the token paths (k ≤ 3) that select each alternative: a grammar analysis that was the
// largest part of the CLI's cold start. scripts/build.mjs records those paths with
// `RecordingLookahead` from the same sources it bundles and defines them as
// `__SURVEY_LOOKAHEAD_JSON__`; a bundled parser then only turns paths into functions.
// Unbundled runs (the tests, tsx) compute the paths as chevrotain does. The functions
// choose exactly as chevrotain 11's own (its lookahead.ts, Apache-2.0): the first
// alternative with a path matching the next tokens; but a path list is a prefix tree here.
import {
  getLookaheadPaths,
  LLkLookaheadStrategy,
  type ILookaheadStrategy,
  type IOrAlt,
  type IToken,
  type LookaheadProductionType,
  type LookaheadSequence,
  type OptionalProductionType,
  type Rule,
  type TokenType,
} from 'chevrotain';
import type { FirstAfter } from './first-after.ts';
import type { LookaheadFunction } from './table-analysis.ts';

/** Per production (`rule|kind|occurrence`): its alternatives, each a list of token-name paths. */
export type LookaheadTable = Record<string, string[][][]>;

/** What scripts/build.mjs records from the grammar: the lookahead paths and what follows each repetition (first-after.ts). */
export interface RecordedGrammar {
  lookahead: LookaheadTable;
  firstAfter: Record<string, FirstAfter>;
}

/** Defined by scripts/build.mjs in bundles: the `RecordedGrammar` of this grammar, as JSON. */
declare const __SURVEY_LOOKAHEAD_JSON__: string | undefined;

type AlternationOptions = Parameters<ILookaheadStrategy['buildLookaheadForAlternation']>[0];
type OptionalOptions = Parameters<ILookaheadStrategy['buildLookaheadForOptional']>[0];
/** The parser as the lookahead functions see it (`this`): chevrotain's unchecked token access. */
type Reader = { LA_FAST(howMuch: number): IToken };

const key = (rule: Rule, kind: LookaheadProductionType, occurrence: number) => `${rule.name}|${kind}|${occurrence}`;

/** Computes the paths as chevrotain does and keeps them by production, token names only. */
export class RecordingLookahead extends LLkLookaheadStrategy {
  readonly table: LookaheadTable = {};

  override buildLookaheadForAlternation(o: AlternationOptions) {
    this.record(o.rule, 'Alternation', o.prodOccurrence, o.maxLookahead);
    return super.buildLookaheadForAlternation(o);
  }

  override buildLookaheadForOptional(o: OptionalOptions) {
    this.record(o.rule, o.prodType, o.prodOccurrence, o.maxLookahead);
    return super.buildLookaheadForOptional(o);
  }

  private record(rule: Rule, kind: LookaheadProductionType, occurrence: number, maxLookahead: number): void {
    const paths = getLookaheadPaths({ occurrence, rule, prodType: kind, maxLookahead });
    this.table[key(rule, kind, occurrence)] = paths.map((alt) => alt.map((path) => path.map((t) => t.name)));
  }
}

/**
 * Builds the lookahead functions from token paths: a recorded table's when it has the
 * production, otherwise the paths computed as chevrotain computes them.
 */
export class PathLookahead implements ILookaheadStrategy {
  private readonly byName = new Map<string, TokenType>();
  private readonly computed: ILookaheadStrategy;

  constructor(
    private readonly table: LookaheadTable,
    /** What follows each repetition, when recorded with the table. */
    readonly firstAfter: Record<string, FirstAfter>,
    tokens: readonly TokenType[],
    maxLookahead: number,
  ) {
    this.computed = new LLkLookaheadStrategy({ maxLookahead });
    const add = (t: TokenType) => {
      if (this.byName.has(t.name)) return;
      this.byName.set(t.name, t);
      for (const c of t.CATEGORIES ?? []) add(c);
    };
    for (const t of tokens) add(t);
  }

  /** A token type of the grammar by name. */
  token(name: string): TokenType | undefined {
    return this.byName.get(name);
  }

  /** The productions of the recorded table (`rule|kind|occurrence`); none when nothing was recorded. */
  recordedProductions(): string[] {
    return Object.keys(this.table);
  }

  validate(options: Parameters<ILookaheadStrategy['validate']>[0]) {
    return this.computed.validate(options);
  }

  buildLookaheadForAlternation(o: AlternationOptions): (orAlts?: IOrAlt<unknown>[]) => number | undefined {
    const alts = this.paths(o.rule, 'Alternation', o.prodOccurrence, o.maxLookahead);
    return alternativesLookahead(alts, o.hasPredicates, o.dynamicTokensEnabled);
  }

  buildLookaheadForOptional(o: OptionalOptions): () => boolean {
    const alts = this.paths(o.rule, o.prodType as OptionalProductionType, o.prodOccurrence, o.maxLookahead);
    return singleAlternativeLookahead(alts[0] ?? [], o.dynamicTokensEnabled);
  }

  /**
   * One production's function from the table alone (no recorded grammar), as the two
   * methods above build it; undefined when the table does not have all of its paths.
   */
  fromTable(production: string, hasPredicates: boolean, dynamicTokensEnabled: boolean): LookaheadFunction | undefined {
    const alts = this.recorded(production);
    if (!alts) return undefined;
    return production.split('|')[1] === 'Alternation'
      ? alternativesLookahead(alts, hasPredicates, dynamicTokensEnabled)
      : singleAlternativeLookahead(alts[0] ?? [], dynamicTokensEnabled);
  }

  private paths(rule: Rule, kind: LookaheadProductionType, occurrence: number, maxLookahead: number): LookaheadSequence[] {
    return this.recorded(key(rule, kind, occurrence)) ?? getLookaheadPaths({ occurrence, rule, prodType: kind, maxLookahead });
  }

  /** A production's paths as token types, if the table has it and knows every token name. */
  private recorded(production: string): LookaheadSequence[] | undefined {
    const names = this.table[production];
    if (!names) return undefined;
    const alts: LookaheadSequence[] = [];
    for (const alt of names) {
      const paths: TokenType[][] = [];
      for (const path of alt) {
        const types: TokenType[] = [];
        for (const name of path) {
          const t = this.byName.get(name);
          if (!t) return undefined;
          types.push(t);
        }
        paths.push(types);
      }
      alts.push(paths);
    }
    return alts;
  }
}

/**
 * The parser configuration's lookahead: in bundles the recorded table, elsewhere the paths
 * computed at start-up; either way turned into functions here (prefix trees, see below).
 */
export function pathLookahead(tokens: readonly TokenType[], maxLookahead: number): { lookaheadStrategy: PathLookahead } {
  const json = typeof __SURVEY_LOOKAHEAD_JSON__ === 'undefined' ? undefined : __SURVEY_LOOKAHEAD_JSON__;
  const recorded: RecordedGrammar = json ? (JSON.parse(json) as RecordedGrammar) : { lookahead: {}, firstAfter: {} };
  return { lookaheadStrategy: new PathLookahead(recorded.lookahead, recorded.firstAfter, tokens, maxLookahead) };
}

/** The token kinds a path element accepts: itself, and for a category every kind in it. */
function kindsOf(type: TokenType): number[] {
  return type.isParent === true ? [type.tokenTypeIdx!, ...type.categoryMatches!] : [type.tokenTypeIdx!];
}

function matches(token: IToken, type: TokenType): boolean {
  return token.tokenTypeIdx === type.tokenTypeIdx || (type.isParent === true && type.categoryMatchesMap![token.tokenTypeIdx] === true);
}

/**
 * The paths as a prefix tree over token kinds: a walk reads each next token once, where
 * chevrotain's functions try the paths one by one (1,444 of them for a question's body).
 * `alt` at a node is the first alternative with a path ending there.
 */
interface Trie {
  alt: number | undefined;
  next: Array<Trie | undefined>;
}

function trieOf(alts: LookaheadSequence[]): Trie {
  const root: Trie = { alt: undefined, next: [] };
  const insert = (node: Trie, path: TokenType[], i: number, alt: number): void => {
    if (i === path.length) {
      if (node.alt === undefined || alt < node.alt) node.alt = alt;
      return;
    }
    for (const kind of kindsOf(path[i]!)) insert((node.next[kind] ??= { alt: undefined, next: [] }), path, i + 1, alt);
  };
  alts.forEach((alt, idx) => {
    for (const path of alt) insert(root, path, 0, idx);
  });
  return root;
}

function alternativesLookahead(
  alts: LookaheadSequence[],
  hasPredicates: boolean,
  dynamicTokensEnabled: boolean,
): (orAlts?: IOrAlt<unknown>[]) => number | undefined {
  const count = alts.length;
  if (hasPredicates) {
    return function (this: Reader, orAlts?: IOrAlt<unknown>[]): number | undefined {
      const gates = orAlts!.map((a) => a.GATE);
      for (let t = 0; t < count; t++) {
        const gate = gates[t];
        if (gate !== undefined && gate.call(this) === false) continue;
        if (anyPathMatches(this, alts[t]!)) return t;
      }
      return undefined;
    };
  }
  if (!dynamicTokensEnabled && alts.every((alt) => alt.every((path) => path.length === 1))) {
    const choice: Array<number | undefined> = [];
    alts.forEach((alt, idx) => {
      for (const path of alt) for (const kind of kindsOf(path[0]!)) choice[kind] ??= idx;
    });
    return function (this: Reader): number | undefined {
      return choice[this.LA_FAST(1).tokenTypeIdx];
    };
  }
  if (dynamicTokensEnabled) {
    return function (this: Reader): number | undefined {
      for (let t = 0; t < count; t++) if (anyPathMatches(this, alts[t]!)) return t;
      return undefined;
    };
  }
  // The first alternative with a matching path: the least `alt` on the walk's way down.
  const root = trieOf(alts);
  return function (this: Reader): number | undefined {
    let best = root.alt;
    let node: Trie | undefined = root;
    // A token is read only while some path goes on (as chevrotain reads them).
    for (let i = 1; node.next.length > 0; i++) {
      node = node.next[this.LA_FAST(i).tokenTypeIdx];
      if (node === undefined) break;
      if (node.alt !== undefined && (best === undefined || node.alt < best)) best = node.alt;
    }
    return best;
  };
}

function singleAlternativeLookahead(alt: LookaheadSequence, dynamicTokensEnabled: boolean): () => boolean {
  if (dynamicTokensEnabled) {
    return function (this: Reader): boolean {
      return anyPathMatches(this, alt);
    };
  }
  if (alt.every((path) => path.length === 1)) {
    const types = alt.map((path) => path[0]!);
    if (types.length === 1 && types[0]!.isParent !== true) {
      const expected = types[0]!.tokenTypeIdx;
      return function (this: Reader): boolean {
        return this.LA_FAST(1).tokenTypeIdx === expected;
      };
    }
    const accepted: boolean[] = [];
    for (const type of types) for (const kind of kindsOf(type)) accepted[kind] = true;
    return function (this: Reader): boolean {
      return accepted[this.LA_FAST(1).tokenTypeIdx] === true;
    };
  }
  // Whether some path matches: a node where a path ends is reached.
  const root = trieOf([alt]);
  return function (this: Reader): boolean {
    let node: Trie | undefined = root;
    for (let i = 1; node.alt === undefined; i++) {
      node = node.next[this.LA_FAST(i).tokenTypeIdx];
      if (node === undefined) return false;
    }
    return true;
  };
}

function anyPathMatches(parser: Reader, alt: LookaheadSequence): boolean {
  next: for (const path of alt) {
    for (let i = 0; i < path.length; i++) if (!matches(parser.LA_FAST(i + 1), path[i]!)) continue next;
    return true;
  }
  return false;
}
