// What `survey build` writes for one compiled survey: up to four files named after
// the survey id. Only surveys without errors are built; the CLI checks that first.
import type { CompileResult } from '@survey/compiler';
import { emitSurveyJson } from './survey-json/emit.ts';
import { emitResponseSchema } from './json-schema/emit.ts';
import { emitAnalysis } from './analysis/emit.ts';
import { emitHtml } from './html/emit.ts';
import { checkSubmitUrl } from './html/submit-url.ts';

export type OutputKind = 'json' | 'schema' | 'analysis' | 'html';
export const outputKinds: readonly OutputKind[] = ['json', 'schema', 'analysis', 'html'];

export interface BuildOptions {
  /** Which outputs; all four by default. */
  only?: readonly OutputKind[] | readonly string[];
  /** The HTML form POSTs responses here (http or https) instead of downloading them. */
  submitUrl?: string;
}

export interface OutputFile {
  fileName: string;
  contents: string;
}

export function build(result: CompileResult, options: BuildOptions = {}): OutputFile[] {
  const { survey, binding } = result;
  if (!survey || !result.ok) throw new Error('build() needs a compiled survey without errors; check result.ok first');
  if (options.submitUrl !== undefined) {
    const checked = checkSubmitUrl(options.submitUrl);
    if (!checked.ok) throw new Error(`submitUrl '${options.submitUrl}' is refused: ${checked.reason}`);
  }
  const only = new Set(options.only ?? outputKinds);
  const files: OutputFile[] = [];
  if (only.has('json')) files.push({ fileName: `${survey.id}.survey.json`, contents: emitSurveyJson(survey, binding) });
  if (only.has('schema')) files.push({ fileName: `${survey.id}.schema.json`, contents: emitResponseSchema(survey, binding) });
  if (only.has('analysis')) files.push({ fileName: `${survey.id}.analysis.json`, contents: emitAnalysis(survey, binding) });
  if (only.has('html'))
    files.push({ fileName: `${survey.id}.html`, contents: emitHtml(survey, binding, { submitUrl: options.submitUrl }) });
  return files;
}

/** All outputs as a map from file name to contents. */
export function emitAll(result: CompileResult, options: BuildOptions = {}): Map<string, string> {
  return new Map(build(result, options).map((f) => [f.fileName, f.contents]));
}
