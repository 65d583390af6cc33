// Test helpers: compile a fixture or an example and get its canonical survey document;
// import a file and check the importer's contract.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { compileFile, compileText } from '@survey/compiler';
import { checkFormatted } from 'prettier-plugin-survey';
import { importSurvey, type ImportFormat } from '../src/index.ts';
import { documentOf } from '../src/load.ts';
import type { SurveyDoc } from '../src/model.ts';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

export function compiled(path: string): SurveyDoc {
  const result = compileFile(path);
  if (!result.ok) throw new Error(`${path} does not compile: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return documentOf(result);
}

export const text = (path: string) => readFileSync(path, 'utf8');

/** Every example survey (examples/<name>/*.survey, the shared folder left out). */
export const exampleSurveys: string[] = readdirSync(join(repoRoot, 'examples'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'shared')
  .flatMap((d) =>
    readdirSync(join(repoRoot, 'examples', d.name))
      .filter((f) => f.endsWith('.survey'))
      .map((f) => join(repoRoot, 'examples', d.name, f)),
  );

/** Imports a file and checks what every import promises: no errors left, formatted text, no error when compiled. */
export async function importClean(path: string, data: Uint8Array | string = readFileSync(path), from?: ImportFormat) {
  const r = await importSurvey(path, data, from);
  expect(r.errors.map((e) => `${e.code} ${e.message}`)).toEqual([]);
  expect(await checkFormatted(r.text)).toBe(true);
  const result = compileText(r.text);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { ...r, result };
}
