// The line table: every line end (LF, CRLF, CR) starts a line, whichever way the table is built
// (texts without CR take a faster path).
import { describe, expect, it } from 'vitest';
import { LineMap } from '../src/line-map.ts';

/** The line starts by the definition: after each LF, CRLF or lone CR. */
function reference(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  return starts;
}

describe('LineMap', () => {
  const texts = [
    '',
    'survey a {}',
    '\n',
    'survey s {\n  title "满意度"\n}\n',
    '\n\n一\n\n',
    'survey s {\r\n  title "a"\r\n}\r\n',
    'a\rb\r\nc\nd\r',
    '问题\n\r\n\r\r\nend',
  ];
  it.each(texts.map((t) => [JSON.stringify(t), t]))('finds the line starts of %s', (_, text) => {
    const map = new LineMap(text);
    expect(map.lineStarts).toEqual(reference(text));
    const last = map.lineStarts.length - 1;
    expect(map.position(text.length)).toEqual({ line: last, character: text.length - map.lineStarts[last]! });
  });
});
