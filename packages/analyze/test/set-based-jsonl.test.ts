// JSON Lines parsed by DuckDB (src/fast/load-jsonl.ts) against the row-by-row reference
// (JSON.parse of each line): byte-identical results on lines where DuckDB's JSON reader and
// JSON.parse part ways — trailing commas, NaN and Infinity, -0, duplicate keys (at the top,
// in answers, in hidden, inside a list), lone surrogates, NUL, escaped keys, numbers spelled
// 1e2, 1.0, 1E+0 or past 2^64, a text "4" for a number, null against absent, a BOM inside the
// file, a CR inside a line, a line of ideographic spaces, a half-written last line — and on
// texts in Chinese and English that only look like them (“NaN 不是数字”, "inf, ]").
// 用 DuckDB 解析 JSON Lines:与逐行解析的结果逐字节相同。
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleInput, root, tempFiles } from './helpers/survey.ts';
import { bothPaths as both } from './helpers/both-paths.ts';
import { readResponses } from './helpers/responses.ts';

describe('JSON Lines parsed by DuckDB equal JSON.parse row by row / DuckDB 解析 JSON Lines', () => {
  const input = exampleInput('instant-feedback/instant.survey');
  const good = readResponses(join(root, 'examples/instant-feedback/responses/2025-06.jsonl'));
  const lines = good.slice(0, 80).map((r) => JSON.stringify(r));
  /** Line i with `from` replaced by `to` (the first occurrence; the edit must apply). */
  const sub = (i: number, from: string | RegExp, to: string) => {
    const out = lines[i].replace(from, to);
    if (out === lines[i]) throw new Error(`edit of line ${i} did not apply: ${from}`);
    return out;
  };
  const hostile = [
    ...lines.slice(0, 20),
    sub(20, /}}$/, '},}'), // a trailing comma
    sub(21, /"experience":\d+/, '"experience":NaN'),
    sub(22, /"recommend":\d+/, '"recommend":-Infinity'),
    sub(23, /"recommend":\d+/, '"recommend": -inf'),
    sub(24, /"experience":\d+/, '"experience":-0'),
    sub(25, /"experience":\d+/, '"experience":-0.0'),
    sub(26, /"experience":\d+/, '"experience":4,"experience":2'), // duplicate answer: JSON.parse keeps the last
    sub(27, /"experience":\d+/, '"experience":"x","experience":3'),
    sub(28, '"format"', '"answers":{"experience":1},"format"'), // duplicate answers object
    sub(29, /"channel":"[a-z]+"/, '"channel":"store","channel":"nowhere"'),
    sub(30, /"experience":\d+/, '"experience":4,"displeased":["delivery","delivery"]'),
    sub(31, /"experience":\d+/, '"experience":2,"displeased":["delivery","price","delivery"]'),
    sub(32, /"experience":\d+/, '"experience":1e0'),
    sub(33, /"experience":\d+/, '"experience":4.0'),
    sub(34, /"experience":\d+/, '"experience":4E+0'),
    sub(35, /"recommend":\d+/, '"recommend":123456789012345678901234'),
    sub(36, /"recommend":\d+/, '"recommend":1e400'),
    sub(37, /"experience":\d+/, '"experience":"4"'),
    sub(38, /"experience":\d+/, '"experience":null'),
    sub(39, /"durationSeconds":\d+/, '"durationSeconds":null'),
    sub(40, /"experience":\d+/, '"experience":2,"displeased_detail":"\\ud800 孤立代理项"'), // lone surrogate: JSON.parse takes it
    sub(41, /"experience":\d+/, '"experience":2,"displeased_detail":"a\\u0000b 空字符"'),
    sub(42, '"answers"', '"\\u0061nswers"'), // an escaped key
    sub(43, /"experience":\d+/, '"experience":2,"displeased_detail":"NaN 不是数字, ]"'), // looks lenient, is a text
    sub(44, /"experience":\d+/, '"experience":1,"displeased_detail":"inf, ] — infinitely slow 太慢"'),
    sub(45, /"experience":\d+/, '"experience":2,"displeased_detail":"\\u3000\\u00a0"'), // blank to trim()
    sub(46, /"experience":\d+/, '"experience":2,"displeased_detail":"\\u0001tag"'),
    sub(47, /"experience":\d+/, '"experience":2,"displeased_detail":"送货太慢 Delivery was slow 😀"'),
    sub(48, '{', '\uFEFF{'), // a BOM inside the file
    sub(49, ',"answers"', ',\r"answers"'), // a CR inside a line (white space to both)
    '\u3000\u3000', // blank to trim(), not JSON
    sub(51, /"responseId":"[^"]*"/, '"responseId":null'),
    sub(52, /"hidden":\{[^}]*\}/, '"hidden":{}'),
    sub(53, /"hidden":\{[^}]*\}/, '"hidden":null'),
    sub(54, /"answers":\{/, '"answers":{"unknown":1,'),
    sub(55, '{', '{"extra":1,'),
    sub(56, /"experience":\d+/, '"experience":[4]'),
    sub(57, /"experience":\d+/, '"experience":{"a":1,"a":2}'),
    sub(58, /"experience":\d+/, '"experience":true'),
    sub(59, /"experience":\d+/, '"experience":2,"displeased_detail":"   "'),
    ...lines.slice(60, 70),
    '[1, 2]',
    'null',
    '"text"',
    '{}',
    '{"answers":{}}',
    '// a comment',
    ...lines.slice(70),
    lines[0].slice(0, 60), // a half-written last line
  ];
  const cases: Array<[string, string]> = [
    ['LF', hostile.join('\n')],
    ['CRLF, a BOM, blank lines', '\uFEFF' + hostile.join('\r\n') + '\r\n\r\n'],
  ];
  it.each(cases)('%s: the same result as row by row, set-based', async (_name, text) => {
    const file = join(tempFiles({ 'r.jsonl': text }), 'r.jsonl');
    const { set, rows, paths, why } = await both(input, [file]);
    expect(JSON.stringify(set, null, 1)).toBe(JSON.stringify(rows, null, 1));
    expect(paths[file], why[file]).toBe('set-based');
    expect(set.counts.invalid).toBeGreaterThan(20);
    expect(set.counts.analysed).toBeGreaterThan(40);
  });

  it('lists every invalid line with its line number and reason', async () => {
    const file = join(tempFiles({ 'r.jsonl': hostile.join('\n') }), 'r.jsonl');
    const { set } = await both(input, [file]);
    const rows = new Set(set.invalid.map((r) => r.row));
    for (const line of [22, 23, 24, 71, 72, 76, hostile.length]) expect(rows, `line ${line}`).toContain(line);
  });

  it('every example JSON Lines file of a survey without repeat groups goes set-based', async () => {
    const file = join(root, 'examples/instant-feedback/responses/2025-06.jsonl');
    const { set, rows, paths } = await both(input, [file]);
    expect(JSON.stringify(set)).toBe(JSON.stringify(rows));
    expect(paths[file]).toBe('set-based');
  });
});
