// Test helpers: compile an example survey into the engine's input, write response
// files into a fresh temp folder, and run the engine on them.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileFile } from '@survey/compiler';
import { analyze, surveyInputOf, type AnalyzeOptions, type SurveyInput } from '../../src/index.ts';

export const root = resolve(import.meta.dirname, '../../../..');

export function exampleInput(path: string): SurveyInput {
  const r = compileFile(join(root, 'examples', path));
  if (!r.ok) throw new Error(`example ${path} does not compile`);
  return surveyInputOf(r);
}

export function tempFiles(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'survey-analyze-'));
  for (const [name, contents] of Object.entries(files)) writeFileSync(join(dir, name), contents);
  return dir;
}

export async function run(input: SurveyInput, responses: string[], options: Partial<AnalyzeOptions> = {}) {
  return analyze(input, { responses, ...options });
}
