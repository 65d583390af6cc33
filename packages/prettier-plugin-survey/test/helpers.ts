// Shared by the formatter tests: fixture and example discovery, and the two
// invariants every formatted text must keep (same tree, same comments).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@survey/syntax';
import { positionKeys as massagePositionKeys } from '../src/massage.ts';

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = join(packageDir, '..', '..');
export const fixturesDir = join(packageDir, 'test', 'fixtures');

/** Input fixtures: every `*.survey` that is not itself a `*.formatted.survey`. */
export function fixtureNames(): string[] {
  return readdirSync(fixturesDir)
    .filter((f) => f.endsWith('.survey') && !f.endsWith('.formatted.survey'))
    .sort();
}

export function readFixture(name: string): string {
  return readFileSync(join(fixturesDir, name), 'utf8');
}

/** Every `.survey` under examples/, read at test time (examples are written concurrently). */
export function exampleFiles(): string[] {
  const dir = join(repoRoot, 'examples');
  let entries: string[] = [];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries
    .filter((f) => f.endsWith('.survey'))
    .map((f) => relative(repoRoot, join(dir, f)))
    .sort();
}

const positionKeys = new Set(massagePositionKeys);

/** The tree without source positions. */
export function stripRanges(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripRanges);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (!positionKeys.has(key)) out[key] = stripRanges(v);
  return out;
}

export function treeOf(text: string): unknown {
  const result = parse(text);
  if (result.diagnostics.length) throw new Error(`syntax errors: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return stripRanges(result.ast);
}

/** Comment texts as a sorted multiset (line comments without trailing blanks). */
export function commentTexts(text: string): string[] {
  return parse(text)
    .comments.map((c) => (c.kind === 'line' ? c.text.trimEnd() : c.text.replace(/\r\n?/g, '\n')))
    .sort();
}
