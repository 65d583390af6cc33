// The bundles' parser reads its lookahead from a table recorded at build time
// (src/lookahead.ts, scripts/build.mjs): it must parse exactly like the parser that
// computes its lookahead, valid and broken text alike (recovery reads the same functions).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parse as computedParse } from '../src/index.ts';
import { recordLookahead } from '../src/lookahead-record.ts';

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
const table = recordLookahead();

/** A fresh copy of the syntax package whose parser is built as in a bundle, from the table. */
async function tableParse(): Promise<typeof computedParse> {
  computedParse(''); // builds the computed parser first (both are built on first use)
  vi.resetModules();
  vi.stubGlobal('__SURVEY_LOOKAHEAD_JSON__', JSON.stringify(table));
  try {
    const mod = await import('../src/index.ts');
    mod.parse('');
    return mod.parse;
  } finally {
    vi.unstubAllGlobals();
  }
}

const outcome = (r: ReturnType<typeof computedParse>) => JSON.stringify({ ast: r.ast, diagnostics: r.diagnostics });

describe('the recorded lookahead table', () => {
  it('covers every production of the grammar with token names only', () => {
    expect(Object.keys(table).length).toBeGreaterThan(50);
    expect(Object.keys(table)).toContain('questionDecl|Repetition|0');
    for (const alts of Object.values(table))
      for (const alt of alts) for (const path of alt) for (const n of path) expect(typeof n).toBe('string');
  });

  it('parses every example and fixture, whole and cut short, like the computed lookahead', async () => {
    const parse = await tableParse();
    expect(parse).not.toBe(computedParse);
    expect(files.length).toBeGreaterThan(60);
    let compared = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // Whole, and cut at a few places, so that recovery runs through the same lookahead.
      const cuts = [text.length, ...[0.2, 0.45, 0.7, 0.9].map((f) => Math.floor(text.length * f))];
      for (const cut of cuts) {
        const piece = text.slice(0, cut) + (cut < text.length ? ' }\n问题 ?? ' + text.slice(cut + 7) : '');
        expect(outcome(parse(piece)), `${relative(root, file)} cut at ${cut}`).toBe(outcome(computedParse(piece)));
        compared++;
      }
    }
    expect(compared).toBe(files.length * 5);
  });
});
