// Shared by the answer-type rule tests: a tiny PNG, and compiling a survey with image files.
import { compileText, type CompileResult } from '../src/index.ts';
import { survey, where } from './helpers.ts';

/** A 1×1 PNG. */
export const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
export const png = (): Uint8Array => new Uint8Array(Buffer.from(PNG_1PX, 'base64'));

export function compileWith(body: string, binaries: Record<string, Uint8Array> = {}, files: Record<string, string> = {}): CompileResult {
  return compileText(survey(body), { binaries, files });
}

/** `line:col CODE 'text'` for the given codes. */
export function codesOf(r: CompileResult, only: string[]): string[] {
  return r.diagnostics
    .filter((d) => only.includes(d.code))
    .map((d) => `${where(r, d)} ${d.code} '${r.files.get(d.file)?.text.slice(d.range.start, d.range.end) ?? ''}'`);
}
