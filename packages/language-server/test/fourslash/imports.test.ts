// import "…": links to the imported file, completion of the path as it is typed (on
// a real folder: the server lists the disk), and imports kept pointing at a .survey
// file or folder that is renamed (workspace/willRenameFiles).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TextEdit } from 'vscode-languageserver';
import { LineMap } from '@survey/syntax';
import { Workspace, completion, documentLinks, importEditsForRename, pathToUri, uriToPath } from '../../src/index.ts';
import { Fourslash, applyEdits } from './harness.ts';

const f = new Fourslash('modern');
const clinic = '/fourslash/modern/clinic.survey';
const scales = '/fourslash/modern/scales.survey';

describe('imports: document links', () => {
  it('links the path inside the quotes to the imported file', () => {
    const links = documentLinks(f.ws, clinic);
    expect(links).toHaveLength(1);
    const [link] = links;
    expect(link.target).toBe(pathToUri(scales));
    const text = f.texts.get(clinic)!;
    expect(text.slice(f.offsetAt(clinic, link.range.start), f.offsetAt(clinic, link.range.end))).toBe('scales.survey');
    expect(f.offsetAt(clinic, link.range.start)).toBe(f.spot('linkScales').offset + 1);
  });
  it('links nothing for a file that does not exist', () => {
    const ws = new Workspace({ disk: { readFile: () => undefined } });
    ws.set(pathToUri('/x/a.survey'), 'import "missing.survey"\nimport "b.survey"\n', 1);
    expect(documentLinks(ws, '/x/a.survey')).toEqual([]);
  });
});

/** Applies a willRenameFiles edit to in-memory texts, then moves the files. */
function renameAndMove(moves: Array<{ oldPath: string; newPath: string }>): Map<string, string> {
  const edit = importEditsForRename(f.ws, moves);
  const texts = new Map(f.texts);
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
    const p = uriToPath(uri);
    const map = new LineMap(texts.get(p)!);
    texts.set(
      p,
      applyEdits(texts.get(p)!, edits as TextEdit[], (pos) => map.offset(pos)),
    );
  }
  const out = new Map<string, string>();
  for (const [p, text] of texts) {
    const m = moves.find((x) => p === x.oldPath || p.startsWith(x.oldPath + '/'));
    out.set(m ? m.newPath + p.slice(m.oldPath.length) : p, text);
  }
  return out;
}
const importLine = (texts: Map<string, string>, p: string) =>
  texts
    .get(p)!
    .split('\n')
    .find((l) => l.startsWith('import'));
const compilesCleanly = (texts: Map<string, string>, entry: string) => {
  const ws = new Workspace({ disk: { readFile: (p) => texts.get(p) } });
  return ws
    .result(entry)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => d.code);
};

describe('imports: renaming files', () => {
  it('rewrites the import of a file moved into a folder', () => {
    const texts = renameAndMove([{ oldPath: scales, newPath: '/fourslash/modern/shared/量表.survey' }]);
    expect(importLine(texts, clinic)).toBe('import "shared/量表.survey"');
    expect(compilesCleanly(texts, clinic)).toEqual([]);
  });
  it('rewrites the imports inside a survey that moves away from its scales', () => {
    const moved = '/fourslash/modern/surveys/clinic.survey';
    const texts = renameAndMove([{ oldPath: clinic, newPath: moved }]);
    expect(importLine(texts, moved)).toBe('import "../scales.survey"');
    expect(compilesCleanly(texts, moved)).toEqual([]);
  });
  it('changes nothing when the importer and the imported file move together (a folder)', () => {
    expect(importEditsForRename(f.ws, [{ oldPath: '/fourslash/modern', newPath: '/fourslash/clinic' }]).changes).toEqual({});
  });
  it('changes nothing for a file nobody imports', () => {
    expect(importEditsForRename(f.ws, [{ oldPath: '/fourslash/modern/other.survey', newPath: '/x.survey' }]).changes).toEqual({});
  });
});

describe('imports: path completion', () => {
  let dir: string;
  let ws: Workspace;
  let entry: string;
  const text = 'import "sh"\nimport ""\nimport "shared/"\nsurvey s {\n  title "标题 {x"\n}\n';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'survey-import-completion-'));
    mkdirSync(join(dir, 'shared'));
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'scales.survey'), 'scale s 1..2 { 1 "a" 2 "b" }\n');
    writeFileSync(join(dir, 'notes.txt'), 'not a survey');
    writeFileSync(join(dir, 'shared', 'common.survey'), '');
    entry = join(dir, 'main.survey');
    writeFileSync(entry, text);
    ws = new Workspace({ roots: [dir] });
    ws.set(pathToUri(entry), text, 1);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const labels = (line: number, character: number, trigger?: string) =>
    completion(ws, entry, { line, character }, trigger).map((i) => i.label);

  it('offers the folders and .survey files beside the document, not itself, hidden folders or other files', () => {
    expect(labels(1, 8, '"')).toEqual(['scales.survey', 'shared/', '../']);
  });
  it('lists the folder typed so far and replaces only the last segment', () => {
    expect(labels(2, 15, '/')).toEqual(['common.survey']);
    const [item] = completion(ws, entry, { line: 0, character: 10 });
    expect(item.textEdit && 'range' in item.textEdit && item.textEdit.range).toEqual({
      start: { line: 0, character: 8 },
      end: { line: 0, character: 10 },
    });
  });
  it('answers a quote or a slash nowhere but in an import', () => {
    expect(labels(4, 15, '"')).toEqual([]);
    expect(labels(4, 15, '/')).toEqual([]);
  });
});
