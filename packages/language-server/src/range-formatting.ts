// Range and on-type formatting that give exactly what `survey fmt` gives for the
// lines they touch: the whole text goes through the same formatter call, then only
// the whitespace between the lines' characters is taken from its output. The
// formatter changes nothing but whitespace (outside strings, where it changes
// nothing at all), so the characters of both texts pair up one to one; should they
// not, the one changed span is used when it lies inside the lines, else nothing.
// On-type: `}` formats the block it closes, Enter the line it ends (the new line's
// indentation, where the cursor is, is left to the editor).
import type { FormattingOptions, Position, Range, TextEdit } from 'vscode-languageserver';
import { LineMap } from '@survey/syntax';
import { formatSurvey } from 'prettier-plugin-survey';
import { toOffset } from './convert.ts';
import type { Workspace } from './workspace.ts';

interface Gap {
  /** [start, end) of a whitespace run (possibly empty) in the text before. */
  start: number;
  end: number;
  /** The formatter's whitespace at the same place. */
  text: string;
}

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Pairs the non-whitespace characters of both texts; undefined when they differ. */
function gaps(before: string, after: string): Gap[] | undefined {
  const out: Gap[] = [];
  let i = 0;
  let j = 0;
  for (;;) {
    const gi = i;
    const gj = j;
    while (i < before.length && isSpace(before[i])) i++;
    while (j < after.length && isSpace(after[j])) j++;
    if (before.slice(gi, i) !== after.slice(gj, j)) out.push({ start: gi, end: i, text: after.slice(gj, j) });
    if (i >= before.length || j >= after.length) return i >= before.length && j >= after.length ? out : undefined;
    if (before[i] !== after[j]) return undefined;
    i++;
    j++;
  }
}

async function formatted(ws: Workspace, path: string): Promise<{ text: string; after: string; map: LineMap } | undefined> {
  const text = ws.docs.get(path)?.text ?? ws.host.readFile(path);
  if (text === undefined || !ws.editable(path)) return undefined;
  // Positions from the text itself: formatting needs no compile (Enter is typed often).
  const map = new LineMap(text);
  try {
    return { text, after: await formatSurvey(text), map };
  } catch (e) {
    if ((e as Error)?.name === 'SurveySyntaxError') return undefined; // the diagnostics say why
    throw e;
  }
}

/** The edits of `survey fmt` that touch the lines from `first` to `last` (offsets), `keep` excepted. */
function editsWithin(f: { text: string; after: string; map: LineMap }, first: number, last: number, keep?: number): TextEdit[] {
  const lineStart = f.map.offset({ line: f.map.position(first).line, character: 0 });
  const nextLine = f.map.position(last).line + 1;
  const lineEnd = Math.min(f.text.length, f.map.offset({ line: nextLine, character: 0 }));
  const touches = (s: number, e: number) => s <= lineEnd && e >= lineStart && (keep === undefined || keep < s || keep > e);
  const edit = (s: number, e: number, newText: string): TextEdit => ({
    range: { start: f.map.position(s), end: f.map.position(e) },
    newText,
  });
  const paired = gaps(f.text, f.after);
  if (paired) return paired.filter((g) => touches(g.start, g.end)).map((g) => edit(g.start, g.end, g.text));
  // Not whitespace only: take the one changed span if it lies inside the lines.
  let s = 0;
  while (s < f.text.length && s < f.after.length && f.text[s] === f.after[s]) s++;
  let e = 0;
  while (e < f.text.length - s && e < f.after.length - s && f.text[f.text.length - 1 - e] === f.after[f.after.length - 1 - e]) e++;
  if (s >= lineStart && f.text.length - e <= lineEnd && touches(s, f.text.length - e))
    return [edit(s, f.text.length - e, f.after.slice(s, f.after.length - e))];
  return [];
}

/** `_options` are ignored on purpose, as for the whole document: one style, the formatter's. */
export async function formatRange(ws: Workspace, path: string, range: Range, _options?: FormattingOptions): Promise<TextEdit[]> {
  const f = await formatted(ws, path);
  if (!f) return [];
  return editsWithin(f, toOffset(f.map, range.start), toOffset(f.map, range.end));
}

export async function formatOnType(ws: Workspace, path: string, position: Position, ch: string): Promise<TextEdit[]> {
  const f = await formatted(ws, path);
  if (!f) return [];
  const offset = toOffset(f.map, position);
  if (ch === '\n') {
    const line = position.line - 1;
    if (line < 0) return [];
    const start = f.map.offset({ line, character: 0 });
    return editsWithin(f, start, start, offset);
  }
  if (ch === '}') {
    const close = f.text.lastIndexOf('}', offset - 1);
    const open = close >= 0 ? openingBrace(ws, path, close) : undefined;
    return open === undefined ? [] : editsWithin(f, open, close);
  }
  return [];
}

/** The `{` that the `}` at `close` closes, from the compile's tokens (strings and comments skipped). */
function openingBrace(ws: Workspace, path: string, close: number): number | undefined {
  const tokens = ws.result(path).files.get(path)?.parse.tokens ?? [];
  let k = tokens.findIndex((t) => t.startOffset === close);
  if (k < 0) return undefined;
  let depth = 0;
  for (; k >= 0; k--) {
    const name = tokens[k].tokenType.name;
    if (name === 'RBrace') depth++;
    else if (name === 'LBrace' && --depth === 0) return tokens[k].startOffset;
  }
  return undefined;
}
