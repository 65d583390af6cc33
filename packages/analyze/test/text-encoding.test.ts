// A response file that is not UTF-8 text stops the run with the encoding named and the fix,
// before any cell is read: GBK from Excel on Chinese Windows, and UTF-16. Other bytes that
// are not UTF-8 stay invalid responses of their rows (set-based.test.ts, analyze-bad-input).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/index.ts';
import { InputError } from '../src/errors.ts';
import { assertUtf8Text } from '../src/load/text-encoding.ts';
import { exampleInput } from './helpers/survey.ts';

const dir = mkdtempSync(join(tmpdir(), 'survey-encoding-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, bytes: Buffer | string) => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};
const thrown = (f: () => void) => {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  return undefined;
};

// 满意度 in GBK: checked against Node's own GB18030 decoder below.
const GBK_SATISFACTION = Buffer.from([0xc2, 0xfa, 0xd2, 0xe2, 0xb6, 0xc8]);

describe('response files that are not UTF-8 text', () => {
  it('names GBK and the line of the first foreign byte', () => {
    expect(new TextDecoder('gb18030').decode(GBK_SATISFACTION)).toBe('满意度');
    const gbk = file('gbk.csv', Buffer.concat([Buffer.from('responseId,q1\nr1,3\nr2,'), GBK_SATISFACTION, Buffer.from('\n')]));
    const e = thrown(() => assertUtf8Text(gbk));
    expect(e).toBeInstanceOf(InputError);
    expect(e?.message).toContain('gbk.csv: line 3: ');
    expect(e?.message).toContain('GBK/GB18030');
    expect(e?.message).toContain('iconv -f GB18030 -t UTF-8');
  });

  it('names UTF-16 by its byte order mark, and leaves binary noise to the rows', () => {
    const utf16 = file('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('responseId,q1\n', 'utf16le')]));
    expect(thrown(() => assertUtf8Text(utf16))?.message).toContain('UTF-16 (little-endian)');
    const binary = file('photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    expect(thrown(() => assertUtf8Text(binary))).toBeUndefined();
    // Random pairs that GB18030 decodes to Korean, symbols and rare ranges are not Chinese text.
    const noise = file('noise.csv', Buffer.from([0x61, 0x0a, 0xa8, 0xa1, 0xb0, 0xa1, 0x81, 0x30, 0x81, 0x30, 0xa9, 0xa4]));
    expect(thrown(() => assertUtf8Text(noise))).toBeUndefined();
  });

  it('accepts UTF-8 with or without a BOM, Chinese cut at the 64 KB boundary included, and empty files', () => {
    const line = '满意度,非常满意\n';
    // 65536 bytes end inside a three-byte character: the check must not call that an error.
    let text = 'ab';
    while (Buffer.byteLength(text) < 70_000) text += line;
    expect(Buffer.from(text).subarray(0, 65536).toString().endsWith('\ufffd')).toBe(true);
    expect(thrown(() => assertUtf8Text(file('long.csv', text)))).toBeUndefined();
    expect(thrown(() => assertUtf8Text(file('bom.csv', `\ufeffresponseId,q1\nr1,3\n`)))).toBeUndefined();
    expect(thrown(() => assertUtf8Text(file('empty.csv', '')))).toBeUndefined();
  });

  it('stops analyze with the InputError before any row is read', async () => {
    const gbk = file('responses.csv', Buffer.concat([Buffer.from('responseId,'), GBK_SATISFACTION, Buffer.from('\nr1,3\n')]));
    await expect(analyze(exampleInput('instant-feedback/instant.survey'), { responses: [gbk] })).rejects.toThrow(
      /responses\.csv: line 1: the file's encoding is GBK\/GB18030/,
    );
  });

  it('shows a binary header cell escaped and cut short in the unknown-column error', async () => {
    const noise = Buffer.concat([Buffer.from([0x1b, 0xff, 0x07]), Buffer.from('x'.repeat(200)), Buffer.from(',q1\nr1,3\n')]);
    const e = await analyze(exampleInput('instant-feedback/instant.survey'), { responses: [file('noise.csv', noise)] }).catch(
      (x: Error) => x,
    );
    expect((e as Error).message).toContain("column 1 '\\u001b\\ufffd\\u0007xxx");
    expect((e as Error).message).toMatch(/x…' is not a variable/);
  });
});
