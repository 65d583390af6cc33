import { describe, expect, it } from 'vitest';
import { codes, survey } from '../helpers.ts';

const only = { only: ['SVY2045'] };
const q = (pattern: string) => survey(`  text code "您的邀请码?" en: "Your invitation code?" pattern "${pattern}"`);

describe('unsafe-pattern (SVY2045)', () => {
  it.each([
    ['a phone number', '^1[3-9]\\\\d{9}$'],
    ['a postcode', '^\\\\d{6}$'],
    ['an e-mail address', '^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\\\.[A-Za-z]{2,}$'],
    ['an ID card number', '^\\\\d{17}[0-9Xx]$'],
  ])('accepts %s', (_, pattern) => {
    expect(codes(q(pattern), only)).toEqual([]);
  });

  it.each([
    ['(a+)+', '^([A-Z0-9]+)+$'],
    ['(x+x+)+', '(x+x+)+y'],
    ['words with optional spaces, repeated', '^(\\\\w+\\\\s?)*$'],
  ])('reports nested repetition: %s', (_, pattern) => {
    expect(codes(q(pattern), only)).toEqual([`11:58 SVY2045 '"${pattern}"'`]);
  });

  it('leaves an invalid pattern to SVY2018', () => {
    expect(codes(q('(a+'), { only: ['SVY2018', 'SVY2045'] })).toEqual([`11:58 SVY2018 '"(a+"'`]);
  });
});
