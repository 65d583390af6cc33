// Encodings, long lines and long texts (issue: nothing lost, nothing waved through).
// Every example is written in the encodings users' editors produce — UTF-8 with and
// without a byte-order mark, UTF-16 in both byte orders with and without a mark, GBK
// bytes in place of a Chinese character, a sequence cut in the middle, Latin-1 — and
// the one encoding policy (UTF-8 only) must hold: valid UTF-8 decodes to the same text,
// anything else is refused with the offset of its first bad byte, compiling the file
// reports SVY1007 and never throws. Long lines and long texts compile without
// crashing, and the CLI's code frame stays a window around the range.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, test } from 'vitest';
import fc from 'fast-check';
import { compileFile, decodeSource } from '@survey/compiler';
import { formatText } from '../../packages/cli/src/report/text.ts';
import { compileAt, examples, fuzz, params, timeout } from './fuzz-kit.ts';

const dir = mkdtempSync(join(tmpdir(), 'fuzz-encodings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Encoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be' | 'utf16le-nobom' | 'gbk' | 'cut' | 'latin1';

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  if (bigEndian) for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

/** The example's bytes in `enc`; `at` picks which character a GBK or cut edit lands on. */
function encode(text: string, enc: Encoding, at: number): { bytes: Uint8Array; valid: boolean } {
  const utf8 = Buffer.from(text, 'utf8');
  const wide = [...text.matchAll(/[\u4e00-\u9fff]/g)].map((m) => Buffer.byteLength(text.slice(0, m.index), 'utf8'));
  switch (enc) {
    case 'utf8':
      return { bytes: utf8, valid: true };
    case 'utf8-bom':
      return { bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), valid: true };
    case 'utf16le':
      return { bytes: utf16(text, false, true), valid: false };
    case 'utf16be':
      return { bytes: utf16(text, true, true), valid: false };
    case 'utf16le-nobom':
      return { bytes: utf16(text, false, false), valid: false };
    case 'gbk': {
      // 满 is C2 FA in GBK: two bytes where UTF-8 has three, and not valid UTF-8.
      if (!wide.length) return { bytes: Buffer.concat([utf8, Buffer.from([0xc2, 0xfa])]), valid: false };
      const i = wide[at % wide.length];
      return { bytes: Buffer.concat([utf8.subarray(0, i), Buffer.from([0xc2, 0xfa]), utf8.subarray(i + 3)]), valid: false };
    }
    case 'cut': {
      if (!wide.length) return { bytes: Buffer.concat([utf8, Buffer.from([0xe6, 0xbb])]), valid: false };
      const i = wide[at % wide.length];
      return { bytes: Buffer.concat([utf8.subarray(0, i + 2), utf8.subarray(i + 3)]), valid: false };
    }
    case 'latin1': {
      const bytes = Buffer.from(text.replace(/[^\x00-\xff]/g, 'é'), 'latin1');
      return { bytes, valid: !bytes.some((b) => b >= 0x80) };
    }
  }
}

const encoded = fc.record({
  example: fc.constantFrom(...examples),
  enc: fc.constantFrom<Encoding>('utf8', 'utf8-bom', 'utf16le', 'utf16be', 'utf16le-nobom', 'gbk', 'cut', 'latin1'),
  at: fc.nat(),
});

let n = 0;
function holdsPolicy({ example, enc, at }: { example: { text: string; name: string }; enc: Encoding; at: number }): void {
  const { bytes, valid } = encode(example.text, enc, at);
  const d = decodeSource(bytes);
  if (valid) {
    if (!d.ok) throw new Error(`${enc}: valid UTF-8 refused`);
    if (d.text !== (enc === 'latin1' ? example.text.replace(/[^\x00-\xff]/g, 'é') : example.text))
      throw new Error(`${enc}: decoded text differs`);
  } else {
    if (d.ok) throw new Error(`${enc}: accepted bytes that are not UTF-8`);
    if (enc.startsWith('utf16') && !d.encoding.startsWith('utf-16')) throw new Error(`${enc}: reported as ${d.encoding}`);
    if (!enc.startsWith('utf16')) {
      // Everything before the reported offset is valid and decodes to the prefix.
      const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
      if (Buffer.from(d.prefix, 'utf8').compare(Buffer.from(bytes.subarray(start, d.byteOffset))) !== 0)
        throw new Error(`${enc}: the prefix does not match the bytes before offset ${d.byteOffset}`);
    }
  }
  const path = join(dir, `f${n++}.survey`);
  writeFileSync(path, bytes);
  const r = compileFile(path);
  const refused = r.diagnostics.some((x) => x.code === 'SVY1007');
  if (refused === valid) throw new Error(`${enc}: SVY1007 ${refused ? 'on valid UTF-8' : 'missing'}`);
  if (r.diagnostics.some((x) => x.code === 'SVY0001')) throw new Error(`${enc}: internal error`);
}

describe('encodings', () => {
  test(
    'every example in every encoding follows the UTF-8 policy',
    () => fc.assert(fc.property(encoded, holdsPolicy), params(120)),
    timeout,
  );
});

const chinese = fc.string({
  unit: fc.constantFrom(...'您对本次服务的满意程度如何请选择一个答案非常满意不满意'.split('')),
  minLength: 1,
  maxLength: 40,
});

/** A survey whose one question text is `length` characters long, on one line. */
const longText = fc.record({ length: fc.integer({ min: 1000, max: 120_000 }), piece: chinese }).map(({ length, piece }) => {
  const text = piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
  return `survey long {\n  title "长文本" en: "Long text"\n  languages zh, en\n  section s "部分" en: "Part" {\n    text q "${text}" en: "What is it?" optional\n  }\n}\n`;
});

/** Many questions on one line: a line of hundreds of kilobytes. */
const longLine = fc
  .record({ count: fc.integer({ min: 50, max: 3000 }), piece: chinese })
  .map(
    ({ count, piece }) =>
      `survey line { title "一行" en: "One line" languages zh, en section s "部分" en: "Part" { ${Array.from(
        { length: count },
        (_, i) => `text q${i} "${piece}${i}" en: "Question ${i}?" optional`,
      ).join(' ')} } }`,
  );

function compilesAndFramesStaySmall(text: string): void {
  const r = compileAt(text);
  if (r.diagnostics.some((d) => d.code === 'SVY0001')) throw new Error('internal error');
  const out = formatText(r.diagnostics.slice(0, 50), r.files, { color: false, cwd: '/', frames: true });
  const widest = Math.max(0, ...out.split('\n').map((l) => l.length));
  if (widest > 600) throw new Error(`a code frame line is ${widest} characters wide`);
}

describe('long lines and long texts', () => {
  test(
    'one question text up to 120,000 characters',
    () =>
      fuzz(
        'long-text',
        longText,
        (text) => ({ text }),
        ({ text }) => compilesAndFramesStaySmall(text),
        8,
      ),
    timeout,
  );
  test(
    'up to 3,000 questions on one line',
    () =>
      fuzz(
        'long-line',
        longLine,
        (text) => ({ text }),
        ({ text }) => compilesAndFramesStaySmall(text),
        8,
      ),
    timeout,
  );
});
