// The message templates: named parameters, counted words through Intl.PluralRules,
// and the types that make a template's parameters part of reporting its code.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { formatMessage, messageTemplate, type MessageArgs } from '../src/message-format.ts';
import { parse } from '../src/parse.ts';

describe('formatMessage', () => {
  it('says 1 question, 2 questions, 0 questions', () => {
    const t = "Section '{id}' has {n, plural, one {# question} other {# questions}}.";
    expect(formatMessage(t, { id: '基本信息', n: 1 })).toBe("Section '基本信息' has 1 question.");
    expect(formatMessage(t, { id: 'a', n: 2 })).toBe("Section 'a' has 2 questions.");
    expect(formatMessage(t, { id: 'a', n: 0 })).toBe("Section 'a' has 0 questions.");
  });
  it('shows a computed number as a person writes it, not its binary rounding error', () => {
    expect(formatMessage('Did you mean {fraction}?', { fraction: 1.4 / 100 })).toBe('Did you mean 0.014?');
    expect(formatMessage('{x}', { x: 0.1 + 0.2 })).toBe('0.3');
    expect(formatMessage('{x} {y} {z}', { x: 1 / 3, y: 1e21, z: 385 })).toBe('0.333333333333 1e+21 385');
  });
  it('takes an exact branch before the plural category, and words without the count', () => {
    const t = '{n, plural, =0 {no option} one {one option} other {# options}}; {n, plural, one {it is} other {they are}} new';
    expect(formatMessage(t, { n: 0 })).toBe('no option; they are new');
    expect(formatMessage(t, { n: 1 })).toBe('one option; it is new');
    expect(formatMessage(t, { n: 5 })).toBe('5 options; they are new');
  });
  it('leaves literal braces alone and fails loudly on a missing or non-numeric count', () => {
    expect(formatMessage('one survey { … } block, {x}', { x: 1 })).toBe('one survey { … } block, 1');
    expect(() => formatMessage('{n, plural, one {#} other {#}}', {})).toThrow(/must be a number/);
    expect(() => formatMessage('{id}', {})).toThrow(/Missing message parameter 'id'/);
  });
  it('picks a variant and refuses an unknown one', () => {
    expect(messageTemplate('SVY0000', { a: 'A', b: 'B' }, 'b')).toBe('B');
    expect(messageTemplate('SVY0000', 'one', undefined)).toBe('one');
    expect(() => messageTemplate('SVY0000', { a: 'A' }, 'c')).toThrow(/no message variant 'c'/);
    expect(() => messageTemplate('SVY0000', 'one', 'c')).toThrow(/one message/);
  });
  it('types the arguments from the template: names, and numbers for counts', () => {
    expectTypeOf<MessageArgs<"'{id}' has {n, plural, one {# item} other {# items}} in { … }">>().toEqualTypeOf<
      { id: string | number } & { n: number }
    >();
    expectTypeOf<keyof MessageArgs<'no parameters { … }'>>().toEqualTypeOf<never>();
  });
});

describe('parse messages', () => {
  it('are rendered from the declared templates, singular and plural', () => {
    expect(parse('survey s { title "t" . }').diagnostics.map((d) => d.message)).toContain(
      'Unexpected character \'.\'. Remove it, or put it inside a "string".',
    );
    expect(parse('survey s { title "t" ；； }').diagnostics.map((d) => d.message)).toEqual([
      'Unexpected characters \'；；\'. Remove them, or put them inside a "string".',
    ]);
    expect(parse('survey s {\n  section a "A" {\n').diagnostics.map((d) => d.message)).toEqual([
      "Expected '}' but found end of file: 2 blocks are not closed. Add the missing '}'.",
    ]);
  });
});
