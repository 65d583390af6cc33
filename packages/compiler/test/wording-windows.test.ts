// The Chinese segmenter gets windows of about a thousand characters (ICU is super-linear
// past that): the windows tile the text, cut after punctuation where they can, and never
// split a surrogate pair; tokens of a long text are the tokens of its windows.
import { describe, expect, it } from 'vitest';
import { tokenize, windows } from '../src/wording/tokenize.ts';

describe('segmenter windows', () => {
  it('tile the text without gaps, prefer a cut after punctuation and never split a surrogate pair', () => {
    const text = ('满意度调查问卷的内容'.repeat(40) + '。').repeat(10) + '𠀀'.repeat(3000);
    const spans = [...windows(text)];
    expect(spans[0][0]).toBe(0);
    expect(spans.at(-1)![1]).toBe(text.length);
    for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBe(spans[i - 1][1]);
    for (const [, to] of spans.slice(0, -1)) expect(/[\uDC00-\uDFFF]/.test(text[to] ?? '')).toBe(false);
    expect(text[spans[0][1] - 1]).toBe('。');
  });

  it('segments a 20,000-character text into the same words as its parts', () => {
    const unit = '您对客服人员的服务态度满意吗?';
    const long = tokenize(unit.repeat(6000).slice(0, 20_000), 'zh').map((t) => t.text);
    const short = tokenize(unit, 'zh').map((t) => t.text);
    expect(long.slice(0, short.length)).toEqual(short);
    expect(long.join('')).toBe(unit.repeat(6000).slice(0, 20_000));
  });
});
