// Responses exported by Excel on Chinese Windows are often GBK (GB18030), and some tools
// write UTF-16: read on, every Chinese cell would be an invalid response with a reason that
// does not say why. The first 64 KB of a text format are judged before reading. Other bytes
// that are not UTF-8 (a corrupt row, a binary file) stay the rows' own invalid responses.
import { closeSync, openSync, readSync } from 'node:fs';
import { InputError } from '../errors.ts';

const HEAD = 64 * 1024;

/** Throws an InputError naming the encoding and the fix when a CSV/JSON file is not UTF-8 text. */
export function assertUtf8Text(file: string): void {
  const head = readHead(file);
  if (head[0] === 0xff && head[1] === 0xfe) throw notUtf8(file, 'UTF-16 (little-endian)');
  if (head[0] === 0xfe && head[1] === 0xff) throw notUtf8(file, 'UTF-16 (big-endian)');
  const bad = firstBadByte(head);
  if (bad >= 0 && looksGb18030(head)) throw notUtf8(file, 'GBK/GB18030 (the Chinese Windows default)', lineAt(head, bad));
}

function readHead(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(HEAD);
    return buf.subarray(0, readSync(fd, buf, 0, HEAD, 0));
  } finally {
    closeSync(fd);
  }
}

function notUtf8(file: string, encoding: string, line?: number): InputError {
  const where = line ? `line ${line}: ` : '';
  return new InputError(
    `${where}the file's encoding is ${encoding}; responses must be UTF-8. Save it again as "CSV UTF-8" (Excel) or convert it, e.g. iconv -f GB18030 -t UTF-8`,
    file,
  );
}

// `stream` keeps a character cut at the end of the 64 KB read from counting as an error.
function decodes(encoding: string, bytes: Buffer, whole: boolean): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: !whole });
  } catch {
    return undefined;
  }
}

/** GB18030 decodes most byte pairs: Chinese text is told from noise by what the pairs decode to. */
function looksGb18030(head: Buffer): boolean {
  const text = decodes('gb18030', head, head.length < HEAD);
  if (text === undefined) return false;
  const foreign = text.match(/[^\x00-\x7f]/gu) ?? [];
  const chinese = foreign.filter((c) => /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/u.test(c)).length;
  return chinese >= 2 && chinese >= 0.9 * foreign.length;
}

/** Offset of the first byte that is not valid UTF-8, or -1; bisects on decodable prefixes. */
function firstBadByte(head: Buffer): number {
  if (decodes('utf-8', head, head.length < HEAD) !== undefined) return -1;
  let lo = 0;
  let hi = head.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (decodes('utf-8', head.subarray(0, mid), false) !== undefined) lo = mid;
    else hi = mid;
  }
  return lo;
}

function lineAt(head: Buffer, offset: number): number {
  let line = 1;
  for (let i = head.indexOf(10); i >= 0 && i < offset; i = head.indexOf(10, i + 1)) line++;
  return line;
}
