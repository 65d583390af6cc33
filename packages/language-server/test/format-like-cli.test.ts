// Format Document gives what `survey fmt` gives: the edits the server returns,
// applied to the file, pass the real CLI's `survey fmt --check`, whatever tab size or
// tabs setting the editor sends (VS Code sends its own per file). Chinese and English.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Workspace, formatDocument, pathToUri } from '../src/index.ts';
import { ensureBuilt, root } from '../../../testing/bundles.ts';

const cli = join(root, 'packages/cli/dist/survey.mjs');
const zh = `survey 结账 {
title "结账体验"   en: "Checkout experience"
    languages zh,en
  confidentiality "匿名" en: "Anonymous"
scale sat5 1..5 { 1 "非常不满意" en: "Very dissatisfied" 2 "不满意" en: "Dissatisfied" 3 "一般" en: "Neutral" 4 "满意" en: "Satisfied" 5 "非常满意" en: "Very satisfied" }
      rating ease "结账是否方便?" en: "How easy was checkout?" on sat5
  section payment "付款" en: "Payment" {
 single pay "付款方式?" en: "How did you pay?" { card "银行卡" en: "Card" cash "现金" en: "Cash" } }
}
`.replace('survey 结账', 'survey checkout');
const en = `survey course {
  title "Course"
  languages en
    confidentiality "Anonymous"
  scale agree5 1..5 {
  1 "Strongly disagree"
        2 "Disagree" 3 "Neutral" 4 "Agree" 5 "Strongly agree" }
  section teaching "Teaching" {
  rating clear "The lectures were clear." on agree5
        text why "Why?" optional when clear <= 2
  }
}
`;

const editorSettings = [
  { tabSize: 2, insertSpaces: true },
  { tabSize: 4, insertSpaces: true },
  { tabSize: 8, insertSpaces: false },
  { tabSize: 3, insertSpaces: true, trimTrailingWhitespace: true },
];

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'survey-fmt-'));
  return () => rmSync(dir, { recursive: true, force: true });
}, 120_000);

describe('Format Document == survey fmt', () => {
  for (const [name, text] of [
    ['zh', zh],
    ['en', en],
  ] as const) {
    it(`${name}: every editor setting gives the text survey fmt --check accepts`, async () => {
      const outputs = new Set<string>();
      for (const [i, options] of editorSettings.entries()) {
        const path = join(dir, `${name}-${i}.survey`);
        writeFileSync(path, text);
        const ws = new Workspace();
        ws.set(pathToUri(path), text, 1);
        const edits = await formatDocument(ws, path, options);
        expect(edits.length).toBeGreaterThan(0);
        const formatted = TextDocument.applyEdits(TextDocument.create(pathToUri(path), 'survey', 1, text), edits);
        writeFileSync(path, formatted);
        outputs.add(formatted);
        // The real CLI: exits 0 (and prints nothing) only when the file is formatted.
        expect(execFileSync(process.execPath, [cli, 'fmt', '--check', path], { encoding: 'utf8' })).toBe('');
      }
      expect(outputs.size).toBe(1);
      expect([...outputs][0]).not.toContain('\t');
    }, 120_000);
  }
});
