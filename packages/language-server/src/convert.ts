// Compiler offsets (UTF-16, [start, end)) to LSP positions and back, through the
// line map the parser already built for each file.
import type { Position, Range } from 'vscode-languageserver';
import type { CompileResult } from '@survey/compiler';
import type { LineMap, TextRange } from '@survey/syntax';

export function toRange(lineMap: LineMap, r: TextRange): Range {
  return { start: lineMap.position(r.start), end: lineMap.position(r.end) };
}

export function toOffset(lineMap: LineMap, p: Position): number {
  return lineMap.offset(p);
}

/** The line map of any file a compile read; undefined for files outside it (the config file). */
function lineMapOf(result: CompileResult, path: string): LineMap | undefined {
  return result.files.get(path)?.parse.lineMap;
}

/** A range in `path`, or the file start when the file is not part of the compile. */
export function rangeIn(result: CompileResult, path: string, r: TextRange): Range {
  const map = lineMapOf(result, path);
  return map ? toRange(map, r) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

export function contains(r: TextRange, offset: number): boolean {
  return r.start <= offset && offset <= r.end;
}
