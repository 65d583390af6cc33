// Format Selection and format-as-you-type give what `survey fmt` gives for the lines
// they touch (the same formatter call as the CLI, see format-like-cli.test.ts) and
// leave every other line as it was. Chinese and English.
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver';
import { formatSurvey } from 'prettier-plugin-survey';
import { Workspace, formatOnType, formatRange, pathToUri } from '../src/index.ts';

const zh = `survey checkout {
title "结账体验"   en: "Checkout experience"
    languages zh,en
  confidentiality "匿名" en: "Anonymous"
scale sat5 1..5 { 1 "非常不满意" en: "Very dissatisfied" 2 "不满意" en: "Dissatisfied" 3 "一般" en: "Neutral" 4 "满意" en: "Satisfied" 5 "非常满意" en: "Very satisfied" }
      rating ease "结账是否方便?" en: "How easy was checkout?" on sat5

  section payment "付款" en: "Payment" {
 single pay "付款方式?" en: "How did you pay?" { card "银行卡" en: "Card" cash "现金" en: "Cash" } }
}
`;
const en = `survey course {
  title "Course"
  languages en
    confidentiality "Anonymous"
  scale agree5 1..5 {
  1 "Strongly disagree"
        2 "Disagree" 3 "Neutral" 4 "Agree" 5 "Strongly agree" }
  section teaching "Teaching" {
  rating clear    "The lectures were clear." on agree5
        text why "Why?" optional when clear <= 2
  }
}
`;

const path = '/range-format/survey.survey';
const open = (text: string) => {
  const ws = new Workspace({ disk: { readFile: () => undefined } });
  ws.set(pathToUri(path), text, 1);
  return ws;
};
const apply = (text: string, edits: TextEdit[]) => TextDocument.applyEdits(TextDocument.create(pathToUri(path), 'survey', 1, text), edits);
const line = (n: number, text: string) => ({ start: { line: n, character: 0 }, end: { line: n, character: text.split('\n')[n].length } });

describe('range formatting == survey fmt on the selected lines', () => {
  for (const [name, text] of [
    ['zh', zh],
    ['en', en],
  ] as const) {
    it(`${name}: formatting one line changes that line (and its line breaks) only`, async () => {
      const lines = text.split('\n');
      for (let n = 0; n < lines.length - 1; n++) {
        const out = apply(text, await formatRange(open(text), path, line(n, text), { tabSize: 4, insertSpaces: false }));
        const outLines = out.split('\n');
        // Lines above and below are as they were (the edited line may become several).
        expect(outLines.slice(0, Math.max(0, n - 1)), `line ${n}`).toEqual(lines.slice(0, Math.max(0, n - 1)));
        const below = lines.slice(n + 2);
        expect(outLines.slice(outLines.length - below.length)).toEqual(below);
      }
    });
    it(`${name}: formatting every line, bottom up, gives exactly what survey fmt gives`, async () => {
      let out: string = text;
      for (let n = text.split('\n').length - 2; n >= 0; n--) out = apply(out, await formatRange(open(out), path, line(n, out)));
      expect(out).toBe(await formatSurvey(text));
    });
    it(`${name}: a selection of the whole file is Format Document`, async () => {
      const all = { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } };
      expect(apply(text, await formatRange(open(text), path, all))).toBe(await formatSurvey(text));
    });
  }
  it('returns nothing for text that does not parse', async () => {
    expect(await formatRange(open('survey s {\n   title "a"\n'), path, line(1, 'survey s {\n   title "a"\n'))).toEqual([]);
  });
});

describe('on-type formatting', () => {
  it('formats the block a typed } closes, and nothing before it', async () => {
    const close = en.indexOf('}\n}\n') + 1; // just after the section's closing brace
    const ws = open(en);
    const position = ws.result(path).files.get(path)!.parse.lineMap.position(close);
    const out = apply(en, await formatOnType(ws, path, position, '}'));
    const formatted = await formatSurvey(en);
    const section = (t: string) => t.slice(t.indexOf('  section teaching'), t.indexOf('}\n}\n') + 1);
    expect(section(out)).toBe(section(formatted));
    expect(out.slice(0, out.indexOf('  section teaching'))).toBe(en.slice(0, en.indexOf('  section teaching')));
  });
  it('formats the line Enter ended and leaves the new line (where the cursor is) to the editor', async () => {
    const typed = zh.replace('      rating ease', '      rating ease').replace('on sat5\n', 'on sat5\n      \n');
    const lines = typed.split('\n');
    const n = lines.findIndex((l) => l.includes('rating ease'));
    const ws = open(typed);
    const out = apply(typed, await formatOnType(ws, path, { line: n + 1, character: 6 }, '\n'));
    const outLines = out.split('\n');
    expect(outLines[n]).toBe('  rating ease "结账是否方便?" en: "How easy was checkout?" on sat5');
    expect(outLines[n + 1]).toBe('      '); // the editor's indentation of the new line stays
    expect(outLines.slice(0, Math.max(0, n - 1))).toEqual(lines.slice(0, Math.max(0, n - 1)));
  });
});
