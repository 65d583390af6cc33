// The phone keyboard an answer gets, from its question: e-mail, phone, URL and digit
// patterns, and numbers that can or cannot be negative.
import { describe, expect, it } from 'vitest';
import type { Question } from '@survey/compiler';
import { numberKind, textKind } from '../src/html/input-kind.ts';

const text = (pattern?: string) => textKind({ kind: 'text', pattern } as Question)?.inputmode;
const num = (min: number | undefined, integer: boolean) => numberKind({ kind: 'number', min, integer } as Question).inputmode;

describe('input kinds', () => {
  it('gives e-mail, phone, URL and digit patterns their keyboards', () => {
    expect(text('[^@\\s]+@[^@\\s]+')).toBe('email');
    expect(text('\\+?[0-9 ()-]{6,20}')).toBe('tel');
    expect(text('(\\+86)?1[0-9]{10}')).toBe('tel');
    expect(text('^\\d{3}-\\d{4}$')).toBe('tel');
    expect(text('[0-9]{6}')).toBe('numeric');
    expect(text('\\d+')).toBe('numeric');
    expect(text('https?://.+')).toBe('url');
  });

  it('leaves free text and other patterns alone', () => {
    expect(textKind({ kind: 'text' } as Question)).toBeUndefined();
    expect(text('[A-Z]{2}[0-9]+')).toBeUndefined();
    expect(text('[a-z]+')).toBeUndefined();
    expect(text('.+')).toBeUndefined();
  });

  it('gives the digit pad to numbers that cannot be negative, with a decimal point only when decimals are allowed', () => {
    expect(num(0, true)).toBe('numeric');
    expect(num(2, false)).toBe('decimal');
    expect(num(-10, true)).toBeUndefined();
    expect(num(undefined, false)).toBeUndefined();
  });
});
