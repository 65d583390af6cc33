// Message rendering: a quoted placeholder holds the survey's own text and is cut so a
// message stays one line (a 2,400-character question quoted by a wording rule printed
// the whole question); paths and unquoted parameters are never cut.
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../src/diagnostics/registry.ts';
import { compileText } from '../src/index.ts';

describe('formatMessage', () => {
  it('cuts quoted survey text to 40 characters, whole characters only', () => {
    const long = '您对本次服务的满意程度如何'.repeat(10);
    expect(formatMessage("'{words}' has {count} negations", { words: long, count: 3 })).toBe(
      `'${[...long].slice(0, 40).join('')}…' has 3 negations`,
    );
    expect(formatMessage('“{text}”', { text: '😀'.repeat(50) })).toBe(`“${'😀'.repeat(40)}…”`);
    expect(formatMessage("'{id}'", { id: 'short' })).toBe("'short'");
  });
  it('never cuts a path or an unquoted parameter', () => {
    const path = `/a/${'very-long-folder/'.repeat(10)}x.survey`;
    expect(formatMessage("Cannot find imported file '{path}'.", { path })).toBe(`Cannot find imported file '${path}'.`);
    const sentence = 'x'.repeat(300);
    expect(formatMessage('{problem}', { problem: sentence })).toBe(sentence);
  });
  it('keeps a wording message short on a very long question', () => {
    const r = compileText(
      `survey s {\n  languages en\n  text q "Do you not agree that the ${'really '.repeat(300)}slow service was not acceptable?" optional\n}\n`,
    );
    const d = r.diagnostics.find((x) => x.code === 'SVY4004');
    expect(d).toBeDefined();
    expect(d!.message.length).toBeLessThan(200);
  });
});
