// The parser's LL(k) lookahead, computed once at build time instead of at every start.
// chevrotain's `performSelfAnalysis` derives, for every OR / OPTION / MANY / AT_LEAST_ONE,
// the token paths (k ≤ 3) that select each alternative: a grammar analysis that was the
// largest part of the CLI's cold start. scripts/build.mjs records those paths with
// `RecordingLookahead` from the same sources it bundles and defines them as
// `__SURVEY_LOOKAHEAD_JSON__`; a bundled parser then only turns paths into functions
// (`TableLookahead`). Unbundled runs (the tests, tsx) compute them as chevrotain does.
// The functions below are chevrotain 11's own (lookahead.ts, Apache-2.0), built from paths.
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

/** Per production (`rule|kind|occurrence`): its alternatives, each a list of token-name paths. */
export type LookaheadTable = Record<string, string[][][]>;

/** Defined by scripts/build.mjs in bundles: the table recorded from this grammar, as JSON. */
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

/** Builds the lookahead functions from a recorded table; a production it lacks is computed. */
class TableLookahead implements ILookaheadStrategy {
  private readonly byName = new Map<string, TokenType>();
  private readonly computed: ILookaheadStrategy;

  constructor(
    private readonly table: LookaheadTable,
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

  validate(options: Parameters<ILookaheadStrategy['validate']>[0]) {
    return this.computed.validate(options);
  }

  buildLookaheadForAlternation(o: AlternationOptions): (orAlts?: IOrAlt<unknown>[]) => number | undefined {
    const alts = this.paths(o.rule, 'Alternation', o.prodOccurrence);
    if (!alts) return this.computed.buildLookaheadForAlternation(o);
    return alternativesLookahead(alts, o.hasPredicates, o.dynamicTokensEnabled);
  }

  buildLookaheadForOptional(o: OptionalOptions): () => boolean {
    const alts = this.paths(o.rule, o.prodType as OptionalProductionType, o.prodOccurrence);
    if (!alts) return this.computed.buildLookaheadForOptional(o);
    return singleAlternativeLookahead(alts[0] ?? [], o.dynamicTokensEnabled);
  }

  private paths(rule: Rule, kind: LookaheadProductionType, occurrence: number): LookaheadSequence[] | undefined {
    const names = this.table[key(rule, kind, occurrence)];
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

/** The parser configuration's lookahead: the recorded table in bundles, none (computed) otherwise. */
export function bundledLookahead(tokens: readonly TokenType[], maxLookahead: number): { lookaheadStrategy?: ILookaheadStrategy } {
  if (typeof __SURVEY_LOOKAHEAD_JSON__ === 'undefined' || !__SURVEY_LOOKAHEAD_JSON__) return {};
  return { lookaheadStrategy: new TableLookahead(JSON.parse(__SURVEY_LOOKAHEAD_JSON__) as LookaheadTable, tokens, maxLookahead) };
}

function matches(token: IToken, type: TokenType): boolean {
  return token.tokenTypeIdx === type.tokenTypeIdx || (type.isParent === true && type.categoryMatchesMap![token.tokenTypeIdx] === true);
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
    const choice: Record<number, number> = {};
    alts.forEach((alt, idx) => {
      for (const path of alt) {
        const type = path[0]!;
        if (!(type.tokenTypeIdx! in choice)) choice[type.tokenTypeIdx!] = idx;
        for (const sub of type.categoryMatches ?? []) if (!(sub in choice)) choice[sub] = idx;
      }
    });
    return function (this: Reader): number | undefined {
      return choice[this.LA_FAST(1).tokenTypeIdx];
    };
  }
  return function (this: Reader): number | undefined {
    for (let t = 0; t < count; t++) if (anyPathMatches(this, alts[t]!)) return t;
    return undefined;
  };
}

function singleAlternativeLookahead(alt: LookaheadSequence, dynamicTokensEnabled: boolean): () => boolean {
  if (!dynamicTokensEnabled && alt.every((path) => path.length === 1)) {
    const types = alt.map((path) => path[0]!);
    if (types.length === 1 && (types[0]!.categoryMatches ?? []).length === 0) {
      const expected = types[0]!.tokenTypeIdx;
      return function (this: Reader): boolean {
        return this.LA_FAST(1).tokenTypeIdx === expected;
      };
    }
    const accepted: boolean[] = [];
    for (const type of types) {
      accepted[type.tokenTypeIdx!] = true;
      for (const sub of type.categoryMatches ?? []) accepted[sub] = true;
    }
    return function (this: Reader): boolean {
      return accepted[this.LA_FAST(1).tokenTypeIdx] === true;
    };
  }
  return function (this: Reader): boolean {
    return anyPathMatches(this, alt);
  };
}

function anyPathMatches(parser: Reader, alt: LookaheadSequence): boolean {
  next: for (const path of alt) {
    for (let i = 0; i < path.length; i++) if (!matches(parser.LA_FAST(i + 1), path[i]!)) continue next;
    return true;
  }
  return false;
}
