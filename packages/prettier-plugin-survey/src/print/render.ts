// prettier's line-fitting algorithm (printDocToString and fits, prettier 3) for the docs
// a statement without comments is made of: strings, arrays, groups, indents, fills and
// soft or ordinary lines. A statement that does not fit on one line is rendered here to
// its final text (line breaks and indentation included), so prettier writes one string
// instead of measuring the statement's groups again inside a document of the whole
// survey. Any other doc (a hard line, a line suffix, a group already broken) returns
// undefined and the statement keeps its doc for prettier. The formatter tests, goldens
// and fuzzed properties check the output is the same as prettier's.
import type { Doc } from 'prettier';
import { stringWidth } from './width.ts';

const BREAK = 0;
const FLAT = 1;
type Mode = typeof BREAK | typeof FLAT;

/** What follows the statement on its line: `width` columns, then a line break. */
interface Tail {
  tail: number;
}

interface Command {
  /** Indentation levels. */
  ind: number;
  mode: Mode;
  doc: Doc | Tail;
  /** For a fill: how many of its parts are printed already. */
  offset?: number;
}

class Unsupported extends Error {}

/** Whether statements are laid out here at all; tests turn it off to compare with prettier's own printing. */
export const fastLayout = { enabled: true };

export interface RenderOptions {
  printWidth: number;
  tabWidth: number;
  useTabs: boolean;
}

function isTail(d: Doc | Tail): d is Tail {
  return typeof d === 'object' && d !== null && 'tail' in d;
}

/** Port of prettier's `fits`: whether `next`, then the rest of the line, fit in `width` columns. */
function fits(next: Command, rest: Command[], width: number, mustBeFlat: boolean): boolean {
  if (width === Number.POSITIVE_INFINITY) return true;
  let restIndex = rest.length;
  let pendingSpace = false;
  const commands: Array<{ mode: Mode; doc: Doc | Tail; offset?: number }> = [next];
  while (width >= 0) {
    if (commands.length === 0) {
      if (restIndex === 0) return true;
      commands.push(rest[--restIndex]);
      continue;
    }
    const { mode, doc, offset } = commands.pop()!;
    if (typeof doc === 'string') {
      if (doc) {
        if (pendingSpace) {
          width -= 1;
          pendingSpace = false;
        }
        width -= stringWidth(doc);
      }
      continue;
    }
    if (Array.isArray(doc)) {
      for (let i = doc.length - 1; i >= 0; i--) commands.push({ mode, doc: doc[i] });
      continue;
    }
    if (isTail(doc)) {
      if (doc.tail > 0) {
        if (pendingSpace) width -= 1;
        width -= doc.tail;
      }
      return width >= 0;
    }
    switch (doc.type) {
      case 'fill':
        for (let i = doc.parts.length - 1; i >= (offset ?? 0); i--) commands.push({ mode, doc: doc.parts[i] });
        break;
      case 'indent':
        commands.push({ mode, doc: doc.contents });
        break;
      case 'group':
        if (mustBeFlat && doc.break) return false;
        commands.push({ mode: doc.break ? BREAK : mode, doc: doc.contents });
        break;
      case 'line':
        if (mode === BREAK || doc.hard) return true;
        if (!doc.soft) pendingSpace = true;
        break;
      default:
        throw new Unsupported();
    }
  }
  return false;
}

/**
 * The text prettier would print for `doc` starting at the beginning of a line indented
 * `depth` levels and followed on its line by `tail` columns; undefined when the doc
 * holds something this port does not handle.
 */
export function renderStatement(doc: Doc, depth: number, tail: number, options: RenderOptions): string | undefined {
  try {
    return render(doc, depth, tail, options);
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

/** The indentation prettier prints for `levels` nested indents. */
export function indentText(levels: number, options: RenderOptions): string {
  return options.useTabs ? '\t'.repeat(levels) : ' '.repeat(levels * options.tabWidth);
}

/**
 * Lines already printed to text, joined as prettier joins them with hard lines: each
 * indented, spaces and tabs ending a line trimmed; undefined unless every line is text
 * (a line is `''` for a kept blank line, or the parts printed on it).
 */
export function joinedLines(lines: Doc[], indent: string): string | undefined {
  const texts: string[] = [];
  for (const l of lines) {
    const text = l === '' ? '' : Array.isArray(l) && l.length === 1 && typeof l[0] === 'string' ? l[0] : undefined;
    if (text === undefined) return undefined;
    const last = text.charCodeAt(text.length - 1);
    texts.push(last === 32 || last === 9 || text === '' ? trimEnd(indent + text) : indent + text);
  }
  return texts.join('\n');
}

function render(doc: Doc, depth: number, tail: number, options: RenderOptions): string {
  const { printWidth: width, tabWidth } = options;
  let out = '';
  let position = depth * tabWidth;
  const commands: Command[] = [
    { ind: depth, mode: BREAK, doc: { tail } },
    { ind: depth, mode: BREAK, doc },
  ];
  while (commands.length > 1) {
    const command = commands.pop()!;
    const { ind, mode, doc: d } = command;
    if (typeof d === 'string') {
      out += d;
      position += stringWidth(d);
      continue;
    }
    if (Array.isArray(d)) {
      for (let i = d.length - 1; i >= 0; i--) commands.push({ ind, mode, doc: d[i] });
      continue;
    }
    if (isTail(d)) throw new Unsupported();
    switch (d.type) {
      case 'indent':
        commands.push({ ind: ind + 1, mode, doc: d.contents });
        break;
      case 'group': {
        if (d.break || d.expandedStates || d.id) throw new Unsupported();
        const flat: Command = { ind, mode: FLAT, doc: d.contents };
        if (mode === FLAT || fits(flat, commands, width - position, false)) commands.push(flat);
        else commands.push({ ind, mode: BREAK, doc: d.contents });
        break;
      }
      case 'fill': {
        const remaining = width - position;
        const offset = command.offset ?? 0;
        const { parts } = d;
        const length = parts.length - offset;
        if (length === 0) break;
        const content = parts[offset];
        const contentFlat: Command = { ind, mode: FLAT, doc: content };
        const contentBreak: Command = { ind, mode: BREAK, doc: content };
        const contentFits = fits(contentFlat, [], remaining, true);
        if (length === 1) {
          commands.push(contentFits ? contentFlat : contentBreak);
          break;
        }
        const whitespace = parts[offset + 1];
        const whitespaceFlat: Command = { ind, mode: FLAT, doc: whitespace };
        const whitespaceBreak: Command = { ind, mode: BREAK, doc: whitespace };
        if (length === 2) {
          if (contentFits) commands.push(whitespaceFlat, contentFlat);
          else commands.push(whitespaceBreak, contentBreak);
          break;
        }
        const pair: Command = { ind, mode: FLAT, doc: [content, whitespace, parts[offset + 2]] };
        const pairFits = fits(pair, [], remaining, true);
        commands.push({ ind, mode, doc: d, offset: offset + 2 });
        if (pairFits) commands.push(whitespaceFlat, contentFlat);
        else if (contentFits) commands.push(whitespaceBreak, contentFlat);
        else commands.push(whitespaceBreak, contentBreak);
        break;
      }
      case 'line':
        if (d.hard || d.literal) throw new Unsupported();
        if (mode === FLAT) {
          if (!d.soft) {
            out += ' ';
            position += 1;
          }
          break;
        }
        out = trimEnd(out) + '\n' + indentText(ind, options);
        position = ind * tabWidth;
        break;
      default:
        throw new Unsupported();
    }
  }
  // prettier would trim a trailing space at the line's end only if a line break follows
  return out.endsWith(' ') || out.endsWith('\t') ? fail() : out;
}

function fail(): never {
  throw new Unsupported();
}

/** prettier trims the spaces and tabs that end a line. */
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  return end === text.length ? text : text.slice(0, end);
}
