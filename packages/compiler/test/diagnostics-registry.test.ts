// Message rendering: a quoted placeholder holds the survey's own text and is cut so a
// message stays one line (a 2,400-character question quoted by a wording rule printed
// the whole question); paths and unquoted parameters are never cut.
import { describe, expect, it } from 'vitest';
import { parse } from '@survey/syntax';
import { formatMessage, renderMessage } from '../src/diagnostics/registry.ts';
import { compileText, parseConfig } from '../src/index.ts';

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

describe('messages rendered through the registry', () => {
  it('gives a parse diagnostic the text its declared template renders', () => {
    const r = compileText('survey s {\n  title "满意度" ；\n  single q "Q?" {\n');
    const texts = r.diagnostics.map((d) => `${d.code} ${d.message}`);
    expect(texts).toContain('SVY1001 Unexpected character \'；\'. Remove it, or put it inside a "string".');
    expect(texts).toContain("SVY1003 Expected '}' but found end of file: 2 blocks are not closed. Add the missing '}'.");
    for (const d of parse('survey s {\n  title "满意度" ；\n  single q "Q?" {\n').diagnostics)
      expect(renderMessage(d.code, d.messageId, d.args)).toBe(d.message);
  });
  it('renders config problems as variants of SVY1006', () => {
    const ds = parseConfig('{ "rules": { "SVY4001": "loud" }, "colour": 1 }', '/x/survey.config.json').diagnostics;
    expect(ds.map((d) => d.message)).toEqual([
      'Invalid survey.config.json: "rules.SVY4001" must be "error", "warning", "info" or "off".',
      'Invalid survey.config.json: unknown key "colour". Remove it, or use one of "$schema", "rules", "profile", "profiles", "options", "requireNonResponseOption".',
    ]);
  });
});
