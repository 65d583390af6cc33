// The encoding policy of .survey files, in one place: UTF-8 only. A UTF-8 byte order
// mark is accepted and stripped; UTF-16 (with or without its mark) and any byte
// sequence that is not valid UTF-8 (GBK, Latin-1, binary data) are refused with the
// offset of the first bad byte, so no command ever works on — or writes back — a
// text it did not read losslessly.
import { readFileSync, statSync } from 'node:fs';
import type { CoreMessage } from './diagnostics/registry.ts';

export type EncodingProblem = 'utf-16le' | 'utf-16be' | 'invalid-utf8';

export type Decoded =
  | { ok: true; text: string; bom: boolean }
  | {
      ok: false;
      encoding: EncodingProblem;
      /** Byte offset of the first byte that is not valid UTF-8 (0 for UTF-16). */
      byteOffset: number;
      /** The text before that byte, decoded: it places the diagnostic on a line and column. */
      prefix: string;
    };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeSource(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: false, encoding: 'utf-16le', byteOffset: 0, prefix: '' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: false, encoding: 'utf-16be', byteOffset: 0, prefix: '' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const sixteen = utf16WithoutMark(body);
  if (sixteen) return { ok: false, encoding: sixteen, byteOffset: 0, prefix: '' };
  try {
    return { ok: true, text: utf8.decode(body), bom };
  } catch {
    const bad = firstInvalidUtf8(body);
    return { ok: false, encoding: 'invalid-utf8', byteOffset: bad + (bom ? 3 : 0), prefix: utf8.decode(body.subarray(0, bad)) };
  }
}

/** UTF-16 text without a mark: ASCII characters leave a zero byte in every other position. */
function utf16WithoutMark(bytes: Uint8Array): EncodingProblem | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Offset of the first byte where a well-formed UTF-8 sequence cannot start or continue. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let need: number;
    let min: number;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) [need, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [need, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return b.length;
}

/** Why a file could not be used as source text. */
export type ReadProblem =
  | { kind: 'missing'; reason: string }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'encoding'; encoding: EncodingProblem; byteOffset: number; prefix: string };

export type ReadOutcome = { text: string; problem?: undefined } | { text?: undefined; problem: ReadProblem };

/** Reads a source file from disk under the encoding policy; never throws. */
export function readSourceFile(path: string): ReadOutcome {
  let bytes: Uint8Array;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { problem: { kind: 'unreadable', reason: 'it is a directory, not a file' } };
    if (!stat.isFile()) return { problem: { kind: 'unreadable', reason: 'it is not a regular file' } };
    bytes = readFileSync(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') return { problem: { kind: 'missing', reason: 'no such file (or a broken symbolic link)' } };
    return { problem: { kind: 'unreadable', reason: describeErrno(err) } };
  }
  const decoded = decodeSource(bytes);
  if (decoded.ok) return { text: decoded.text };
  return { problem: { kind: 'encoding', encoding: decoded.encoding, byteOffset: decoded.byteOffset, prefix: decoded.prefix } };
}

function describeErrno(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory, not a file';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOENT':
      return 'no such file (or a broken symbolic link)';
    default:
      return err.code ? `${err.code}` : String(err.message);
  }
}

/** The SVY1007 message variant for an encoding problem. */
export function encodingMessage(problem: EncodingProblem): CoreMessage<'SVY1007'> {
  if (problem === 'invalid-utf8') return { code: 'SVY1007', messageId: 'invalidUtf8' };
  return { code: 'SVY1007', messageId: 'utf16', args: { endian: problem === 'utf-16le' ? 'little' : 'big' } };
}
