// What the differential tests of incremental binding and checking edit: every example
// (read once) plus one generated survey, named under examples/generated so that it sits
// beside them as a file of the same program.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const examplesDir = join(dirname(fileURLToPath(import.meta.url)), '../../../examples');
const surveyFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? surveyFiles(p) : p.endsWith('.survey') ? [p] : [];
  });

/** Every example's text by path. */
export const disk = new Map(surveyFiles(examplesDir).map((p) => [p, readFileSync(p, 'utf8')]));

/** The path of a generated survey of `questions` questions, and the files to edit: the surveys among the examples, then it. */
export function editCorpus(questions: number): { generatedPath: string; corpus: string[] } {
  const generatedPath = join(examplesDir, 'generated', `bench-${questions}.survey`);
  return { generatedPath, corpus: [...[...disk.keys()].filter((p) => /\bsurvey\s/.test(disk.get(p)!)), generatedPath] };
}
