// The bundles' parser reads its lookahead from a table recorded at build time
// (src/lookahead.ts, scripts/build.mjs), and every parser turns the paths into prefix
// trees: both must parse exactly like chevrotain's own lookahead functions, valid and
// broken text alike (recovery reads the same functions).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LLkLookaheadStrategy, type IToken, type OptionalProductionType } from 'chevrotain';
import { describe, expect, it, vi } from 'vitest';
import { parse as computedParse, grammarParser, tokens as T } from '../src/index.ts';
import { recordLookahead } from '../src/lookahead-record.ts';
import { pathLookahead } from '../src/lookahead.ts';

const root = join(__dirname, '../../..');

function surveyFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'dist' || e.name.startsWith('.') ? [] : surveyFiles(p);
    return e.name.endsWith('.survey') ? [p] : [];
  });
}

// Every .survey text of the repository: examples and every package's test fixtures.
const files = [...surveyFiles(join(root, 'examples')), ...surveyFiles(join(root, 'packages'))];
const recorded = recordLookahead();
const table = recorded.lookahead;

/** A fresh copy of the syntax package whose parser is built as in a bundle, from the table. */
async function tableParse(): Promise<typeof computedParse> {
  computedParse(''); // builds the computed parser first (both are built on first use)
  vi.resetModules();
  vi.stubGlobal('__SURVEY_LOOKAHEAD_JSON__', JSON.stringify(recorded));
  try {
    const mod = await import('../src/index.ts');
    mod.parse('');
    return mod.parse;
  } finally {
    vi.unstubAllGlobals();
  }
}

/** A fresh copy of the syntax package whose parser uses chevrotain's own lookahead functions. */
async function chevrotainParse(): Promise<typeof computedParse> {
  vi.resetModules();
  vi.doMock('../src/lookahead.ts', async (original) => ({ ...(await original<object>()), pathLookahead: () => ({}) }));
  try {
    const mod = await import('../src/index.ts');
    mod.parse('');
    return mod.parse;
  } finally {
    vi.doUnmock('../src/lookahead.ts');
  }
}

const outcome = (r: ReturnType<typeof computedParse>) => JSON.stringify({ ast: r.ast, diagnostics: r.diagnostics });

describe('the recorded lookahead table', () => {
  it('covers every production of the grammar with token names only', () => {
    expect(Object.keys(table).length).toBeGreaterThan(50);
    // A question's attribute loop needs three tokens of lookahead: paths longer than one are recorded.
    expect(Object.values(table).some((alts) => alts.some((alt) => alt.some((path) => path.length > 1)))).toBe(true);
    for (const alts of Object.values(table))
      for (const alt of alts) for (const path of alt) for (const n of path) expect(typeof n).toBe('string');
  });

  it('parses every example and fixture, whole and cut short, as chevrotain does, computed or from the table', async () => {
    const parse = await tableParse();
    const reference = await chevrotainParse();
    expect(new Set([parse, reference, computedParse]).size).toBe(3);
    expect(files.length).toBeGreaterThan(60);
    let compared = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // Whole, and cut at a few places, so that recovery runs through the same lookahead.
      const cuts = [text.length, ...[0.2, 0.45, 0.7, 0.9].map((f) => Math.floor(text.length * f))];
      for (const cut of cuts) {
        const piece = text.slice(0, cut) + (cut < text.length ? ' }\n问题 ?? ' + text.slice(cut + 7) : '');
        const expected = outcome(reference(piece));
        expect(outcome(computedParse(piece)), `${relative(root, file)} cut at ${cut}`).toBe(expected);
        expect(outcome(parse(piece)), `${relative(root, file)} cut at ${cut}, table`).toBe(expected);
        compared++;
      }
    }
    expect(compared).toBe(files.length * 5);
  });
});

describe('the lookahead functions built from paths', () => {
  it("choose as chevrotain's own for every production, on random and on near-miss token sequences", () => {
    const rules = grammarParser().getGAstProductions();
    const ours = pathLookahead(T.allTokens, 3).lookaheadStrategy;
    const theirs = new LLkLookaheadStrategy({ maxLookahead: 3 });
    const kinds = T.allTokens.map((t) => t.tokenTypeIdx!);
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let compared = 0;
    for (const [production, alts] of Object.entries(table)) {
      const [ruleName, kind, occurrence] = production.split('|') as [string, string, string];
      const rule = rules[ruleName]!;
      const common = { prodOccurrence: Number(occurrence), rule, maxLookahead: 3, dynamicTokensEnabled: false };
      type Choose = (this: { LA_FAST(i: number): IToken }, alts: never[]) => number | boolean | undefined;
      const [mine, reference] = (
        kind === 'Alternation'
          ? [ours, theirs].map((s) => s.buildLookaheadForAlternation({ ...common, hasPredicates: false }))
          : [ours, theirs].map((s) => s.buildLookaheadForOptional({ ...common, prodType: kind as OptionalProductionType }))
      ) as Choose[];
      const idxOf = (name: string) => T.allTokens.find((t) => t.name === name)?.tokenTypeIdx ?? kinds[0]!;
      // Token kinds of the paths, so that sequences often match a path, or all of it but one token.
      const used = [...new Set(alts.flat(2).map((name) => idxOf(name)))];
      const pick = () => (random(4) === 0 ? kinds[random(kinds.length)]! : used[random(used.length)]!);
      const paths = alts.flat();
      for (let n = 0; n < 400; n++) {
        const seq: IToken[] = Array.from({ length: 4 }, () => ({ tokenTypeIdx: pick() }) as IToken);
        // Every other sequence starts as a path of the production, with one token changed now and then.
        const path = n % 2 === 1 && paths.length > 0 ? paths[random(paths.length)]! : [];
        path.forEach((name, i) => (seq[i] = { tokenTypeIdx: idxOf(name) } as IToken));
        if (path.length > 0 && random(3) === 0) seq[random(path.length)] = { tokenTypeIdx: pick() } as IToken;
        const reader = { LA_FAST: (i: number) => seq[i - 1] };
        expect(mine!.call(reader, []), `${production} on ${seq.map((t) => t.tokenTypeIdx)}`).toBe(reference!.call(reader, []));
        compared++;
      }
    }
    expect(compared).toBe(Object.keys(table).length * 400);
  });
});

describe('what follows each repetition, recorded with the table', () => {
  it("is what chevrotain's error recovery computes from the grammar, for every repetition a parse reached", () => {
    const parser = grammarParser() as unknown as {
      fullRuleNameToShort: Record<string, number>;
      firstAfterRepMap: Record<number, { token?: { name: string }; occurrence?: number; isEndOfRule?: boolean }>;
    };
    // chevrotain fills its map at the end of each repetition a parse runs through.
    for (const file of files) computedParse(readFileSync(file, 'utf8'));
    const bits: Record<string, number> = { Repetition: 3 << 8, RepetitionMandatory: 4 << 8, RepetitionWithSeparator: 5 << 8 };
    let compared = 0;
    for (const [production, [token, occurrence, isEndOfRule]] of Object.entries(recorded.firstAfter)) {
      const [rule, kind, idx] = production.split('|') as [string, string, string];
      const theirs = parser.firstAfterRepMap[Number(idx) | bits[kind]! | parser.fullRuleNameToShort[rule]!];
      if (!theirs) continue;
      expect([theirs.token?.name ?? null, theirs.occurrence ?? null, theirs.isEndOfRule], production).toEqual([
        token,
        occurrence,
        isEndOfRule,
      ]);
      compared++;
    }
    // Every repetition of the grammar is in the record, and most of them were reached.
    const repetitions = Object.keys(table).filter((p) => /\|Repetition/.test(p));
    expect(Object.keys(recorded.firstAfter).sort()).toEqual(repetitions.sort());
    expect(compared).toBeGreaterThan(repetitions.length * 0.6);
  });
});
