// `answers optional` and reserved words in the editor: completion offers `optional` /
// `required` after `answers`, hover shows the question's effective requiredness, and a keyword used as a name
// (SVY2091) gets a rename quick fix that leaves the file clean.
import { describe, expect, it } from 'vitest';
import { CodeActionKind, type MarkupContent } from 'vscode-languageserver';
import { codeActions, completion, hover, pathToUri, Workspace } from '../src/index.ts';

const open = (path: string, text: string) => {
  const ws = new Workspace({ disk: { readFile: () => undefined } });
  ws.set(pathToUri(path), text, 1);
  return ws;
};

describe('answers optional in the editor', () => {
  const text = `survey s {
  languages zh, en
  answers 
  yesno weight "您在意体重吗？" en: "Do you mind your weight?"
}
`;
  it('completes `optional` and `required` after `answers`', () => {
    const ws = open('/ad/s.survey', text);
    const labels = completion(ws, '/ad/s.survey', { line: 2, character: 10 }).map((c) => c.label);
    expect(labels).toEqual(expect.arrayContaining(['optional', 'required']));
    expect(labels).not.toContain('when');
  });
  it('shows a question as optional on hover under `answers optional`, and not without it', () => {
    const shown = (header: string) => {
      const ws = open('/ad/t.survey', text.replace('answers ', header));
      return (hover(ws, '/ad/t.survey', { line: 3, character: 9 })!.contents as MarkupContent).value;
    };
    expect(shown('answers optional')).toContain('`weight` (optional)');
    expect(shown('answers required')).not.toContain('(optional)');
  });
});

describe('reserved words in the editor (SVY2091)', () => {
  const text = `survey s {
  languages zh, en
  number date "到店日期" en: "Visit date"
  yesno again "还会再来吗？" en: "Come again?" when date > 3
}
`;
  it('offers a rename of every use as the preferred quick fix', () => {
    const ws = open('/rw/s.survey', text);
    const actions = codeActions(ws, '/rw/s.survey', { start: { line: 2, character: 0 }, end: { line: 2, character: 40 } });
    const fix = actions.find((a) => a.title === "Rename 'date' to 'date_'")!;
    expect(fix).toMatchObject({ kind: CodeActionKind.QuickFix, isPreferred: true });
    expect(fix.diagnostics![0].code).toBe('SVY2091');
    expect(actions.some((a) => a.title.startsWith('Suppress SVY2091'))).toBe(false);
    const edits = Object.values(fix.edit!.changes!)[0];
    expect(edits.map((e) => [e.range.start.line, e.newText])).toEqual([
      [2, 'date_'],
      [3, 'date_'],
    ]);
    const lines = text.split('\n');
    for (const e of [...edits].reverse()) {
      const l = lines[e.range.start.line];
      lines[e.range.start.line] = l.slice(0, e.range.start.character) + e.newText + l.slice(e.range.end.character);
    }
    const after = open('/rw/s.survey', lines.join('\n'));
    const again = codeActions(after, '/rw/s.survey', { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } });
    expect(again.filter((a) => a.diagnostics?.some((d) => String(d.code).startsWith('SVY1') || d.code === 'SVY2091'))).toEqual([]);
  });
});
