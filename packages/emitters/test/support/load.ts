// Surveys the tests run on: every example with a survey block (shared files such as
// examples/shared/ are skipped), and this package's fixtures.
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileFile, type CompileResult } from '@survey/compiler';

export const packageDir = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const repoDir = resolve(packageDir, '../..');
export const fixturesDir = join(packageDir, 'test/fixtures');
export const schemasDir = join(packageDir, 'schemas');

function surveyFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.survey'))
    .sort()
    .map((f) => join(dir, f));
}

export interface Case {
  name: string;
  path: string;
  result: CompileResult;
}

const cache = new Map<string, CompileResult>();

function load(path: string): CompileResult {
  let r = cache.get(path);
  if (!r) cache.set(path, (r = compileFile(path)));
  return r;
}

/** Examples with a survey block; a survey with errors fails loudly rather than vanishing. */
export function exampleCases(): Case[] {
  return surveyFiles(join(repoDir, 'examples'))
    .map((path) => ({ name: relative(repoDir, path), path, result: load(path) }))
    .filter((c) => c.result.survey !== undefined);
}

export function fixtureCases(): Case[] {
  return surveyFiles(fixturesDir).map((path) => ({ name: relative(packageDir, path), path, result: load(path) }));
}

export function allCases(): Case[] {
  return [...exampleCases(), ...fixtureCases()];
}
