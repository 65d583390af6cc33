// The features without a cursor: outline, workspace symbols, folding, semantic
// tokens, inlay hints, code actions, formatting, the HTML preview.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodeActionKind, SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import {
  codeActions,
  documentSymbols,
  foldingRanges,
  formatDocument,
  inlayHints,
  legend,
  pathToUri,
  previewHtml,
  semanticTokens,
  workspaceSymbols,
  Workspace,
} from '../src/index.ts';
import { LineMap } from '@survey/syntax';
import { Fourslash, applyEdits } from './fourslash/harness.ts';

const f = new Fourslash('zh-service');
const path = '/fourslash/zh-service/service.survey';
const whole = { start: { line: 0, character: 0 }, end: { line: 9999, character: 0 } };

const flat = (symbols: DocumentSymbol[]): DocumentSymbol[] => symbols.flatMap((s) => [s, ...flat(s.children ?? [])]);

describe('symbols', () => {
  it('outlines the survey as a tree: sections hold questions, choices hold codes, strata hold strata', () => {
    const [survey] = documentSymbols(f.ws, path);
    expect(survey).toMatchObject({ name: 'after_sales', kind: SymbolKind.Module });
    const section = survey.children!.find((s) => s.name === 'service')!;
    expect(section.children!.map((q) => q.name)).toEqual(['channel', 'overall', 'speed', 'reason']);
    expect(section.children![1].detail).toBe('rating 您对本次服务的总体满意度如何?');
    expect(survey.children!.find((s) => s.name === 'channels')!.children!.map((c) => c.name)).toEqual(['phone', 'web', 'other']);
    expect(flat([survey]).map((s) => s.name)).toEqual(
      expect.arrayContaining(['sat5', 'csat', 'raw', 'target csat', 'region', 'north', 'south']),
    );
  });
  it('keeps every selection range inside its range', () => {
    for (const s of flat(documentSymbols(f.ws, path))) {
      expect(s.selectionRange.start.line).toBeGreaterThanOrEqual(s.range.start.line);
      expect(s.selectionRange.end.line).toBeLessThanOrEqual(s.range.end.line);
    }
  });
  it('finds declarations across the workspace by name', () => {
    expect(workspaceSymbols(f.ws, 'sat').map((s) => s.name)).toEqual(['sat5', 'csat']);
    expect(workspaceSymbols(f.ws, '').length).toBeGreaterThan(10);
  });
});

describe('folding', () => {
  it('folds blocks up to the line before their closing brace, and comment runs', () => {
    const ranges = foldingRanges(f.ws, path);
    const lines = f.texts.get(path)!.split('\n');
    const scale = lines.findIndex((l) => l.includes('scale sat5'));
    expect(ranges).toContainEqual({ startLine: scale, endLine: scale + 5 });
    const surveyEnd = lines.lastIndexOf('}');
    expect(ranges).toContainEqual({ startLine: 1, endLine: surveyEnd - 1 });
  });
});

describe('semantic tokens', () => {
  it('classifies names by what they refer to', () => {
    const data = semanticTokens(f.ws, path).data;
    const text = f.texts.get(path)!.split('\n');
    const tokens: Array<{ text: string; type: string; mods: number }> = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
      tokens.push({ text: text[line].slice(char, char + data[i + 2]), type: legend.tokenTypes[data[i + 3]], mods: data[i + 4] });
    }
    const typeOf = (name: string) => tokens.find((t) => t.text === name)?.type;
    expect(typeOf('sat5')).toBe('type');
    expect(typeOf('channels')).toBe('enum');
    expect(typeOf('overall')).toBe('variable');
    expect(typeOf('phone')).toBe('enumMember');
    expect(typeOf('service')).toBe('namespace');
    expect(typeOf('rescale')).toBe('function');
    expect(tokens.filter((t) => t.text === 'overall').length).toBe(6); // declaration, two pipes, the condition, two formulas
    expect(tokens.find((t) => t.text === 'overall')!.mods & 1).toBe(1);
  });
});

describe('inlay hints', () => {
  it('numbers the questions, gives score ranges and planned n_h', () => {
    const labels = inlayHints(f.ws, path, whole).map((h) => h.label);
    expect(labels).toEqual(expect.arrayContaining(['Q1', 'Q2', 'Q3', 'Q4', ': 0–100', ': 1–5']));
    expect(labels.filter((l) => typeof l === 'string' && l.startsWith('→ n_h')).length).toBe(2);
  });
});

describe('code actions', () => {
  const text = `survey s {
  languages zh
  confidentiality "保密"
  scale sat5 1..3 { 1 "差" 2 "中" 3 "好" }
  rating q1 "服务如何?" on sat6
}
`;
  const ws = new Workspace({ disk: { readFile: () => undefined } });
  ws.set(pathToUri('/ca/s.survey'), text, 1);
  const line = 4;
  const range = { start: { line, character: 0 }, end: { line, character: 40 } };

  it("offers the check's fix as the preferred quick fix", () => {
    const fix = codeActions(ws, '/ca/s.survey', range).find((a) => a.title === "Change to 'sat5'")!;
    expect(fix).toMatchObject({ kind: CodeActionKind.QuickFix, isPreferred: true });
    expect(fix.diagnostics![0].code).toBe('SVY2002');
    expect(Object.values(fix.edit!.changes!)[0][0].newText).toBe('sat5');
  });
  it('offers a suppression comment with a reason placeholder, which does not raise a missing-reason warning', () => {
    const sup = codeActions(ws, '/ca/s.survey', range).find((a) => a.title === 'Suppress SVY2002 on this line')!;
    const edit = Object.values(sup.edit!.changes!)[0][0];
    expect(edit).toEqual({
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      newText: '  // survey-disable-next-line SVY2002 -- TODO: say why this is acceptable here\n',
    });
    const after = new Workspace({ disk: { readFile: () => undefined } });
    after.set(
      pathToUri('/ca/s.survey'),
      applyEdits(text, [edit], (p) => new LineMap(text).offset(p)),
      2,
    );
    const codes = after.result('/ca/s.survey').diagnostics.map((d) => d.code);
    expect(codes).not.toContain('SVY2002');
    expect(codes).not.toContain('SVY1004');
  });

  it("applies the wording checks' fixes: the split question checks clean", () => {
    const zh = `survey s {
  languages zh
  intro "请花一分钟回答。"
  confidentiality "您的回答将严格保密。"
  scale sat5 1..5 { 1 "非常不满意" 2 "不满意" 3 "一般" 4 "满意" 5 "非常满意" }
  rating q1 "您对我们的培训和技术支持是否满意?" on sat5
}
`;
    const w = new Workspace({ disk: { readFile: () => undefined } });
    w.set(pathToUri('/ca/z.survey'), zh, 1);
    const split = codeActions(w, '/ca/z.survey', { start: { line: 5, character: 0 }, end: { line: 5, character: 60 } }).find(
      (a) => a.title === "Split 'q1' into two questions",
    )!;
    const edited = applyEdits(zh, Object.values(split.edit!.changes!)[0], (p) => new LineMap(zh).offset(p));
    expect(edited).toContain('rating q1 "您对我们的培训是否满意?" on sat5\n  rating q1_2 "您对我们的技术支持是否满意?" on sat5');
    w.set(pathToUri('/ca/z.survey'), edited, 2);
    expect(w.result('/ca/z.survey').diagnostics.map((d) => d.code)).toEqual([]);
  });
  it('respects the kinds the client asks for', () => {
    expect(codeActions(ws, '/ca/s.survey', range, [CodeActionKind.Refactor])).toEqual([]);
  });
});

describe('formatting', () => {
  it('returns one minimal edit, and none for formatted or unparsable text', async () => {
    const ws = new Workspace({ disk: { readFile: () => undefined } });
    ws.set(pathToUri('/fmt/a.survey'), 'survey a {\n  languages   zh\n}\n', 1);
    const edits = await formatDocument(ws, '/fmt/a.survey', { tabSize: 2, insertSpaces: true });
    expect(edits).toHaveLength(1);
    expect(edits[0].range.start.line).toBe(1); // only the changed spaces, not the whole file
    const before = new LineMap('survey a {\n  languages   zh\n}\n');
    expect(applyEdits(before.text, edits, (p) => before.offset(p))).toBe('survey a {\n  languages zh\n}\n');
    ws.set(pathToUri('/fmt/a.survey'), 'survey a {\n  languages zh\n}\n', 2);
    expect(await formatDocument(ws, '/fmt/a.survey', { tabSize: 2, insertSpaces: true })).toEqual([]);
    ws.set(pathToUri('/fmt/a.survey'), 'survey a {\n  languages\n', 3);
    expect(await formatDocument(ws, '/fmt/a.survey', { tabSize: 2, insertSpaces: true })).toEqual([]);
  });
});

describe('no edits to a text that was not read losslessly', () => {
  it('a file on disk that is not UTF-8 gets SVY1007 and no formatting edits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ls-enc-'));
    const gbk = join(dir, 'gbk.survey');
    writeFileSync(
      gbk,
      Buffer.concat([Buffer.from('survey a {\n  languages   zh\n  title "'), Buffer.from([0xc2, 0xfa]), Buffer.from('"\n}\n')]),
    );
    const ws = new Workspace();
    expect(ws.result(gbk).diagnostics.map((d) => d.code)).toEqual(['SVY1007']);
    expect(await formatDocument(ws, gbk, { tabSize: 2, insertSpaces: true })).toEqual([]);
  });

  it('an open text holding U+FFFD (decoded with losses by the editor) gets no formatting edits or fixes', async () => {
    const ws = new Workspace({ disk: { readFile: () => undefined } });
    ws.set(pathToUri('/enc/a.survey'), 'survey a {\n  languages   zh\n  title "\uFFFD\uFFFD"\n  mode onlin\n}\n', 1);
    expect(await formatDocument(ws, '/enc/a.survey', { tabSize: 2, insertSpaces: true })).toEqual([]);
    expect(codeActions(ws, '/enc/a.survey', whole)).toEqual([]);
  });
});

describe('HTML preview', () => {
  it('builds the form of a survey without errors', () => {
    const r = previewHtml(f.ws, path);
    expect(r.error).toBeUndefined();
    expect(r.html).toContain('您对本次服务的总体满意度如何?');
  });
  it('explains why there is no preview for a survey with errors', () => {
    const ws = new Workspace({ disk: { readFile: () => undefined } });
    ws.set(pathToUri('/pv/s.survey'), 'survey s {\n  rating q "?" on nowhere\n}\n', 1);
    expect(previewHtml(ws, '/pv/s.survey').error).toMatch(/1 error/);
  });
});
