// Documents that are not files: VS Code's "Open Changes" shows a `git:` document, a
// new file is `untitled:` until saved. Their imports resolve against the file they
// stand for (or the workspace folder), so they get the same diagnostics as the file
// and no false "cannot import" errors; an untitled document with no folder at all is
// checked without import errors. Chinese and English surveys.
import { describe, expect, it } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { Workspace, definition, diagnosticsFor, pathToUri, references, rename } from '../src/index.ts';

const scales = `scale sat5 1..5 {
  1 "非常不满意" en: "Very dissatisfied"
  2 "不满意" en: "Dissatisfied"
  3 "一般" en: "Neutral"
  4 "满意" en: "Satisfied"
  5 "非常满意" en: "Very satisfied"
}
`;
const zh = `import "shared/scales.survey"
survey service {
  title "服务调查" en: "Service survey"
  languages zh, en
  confidentiality "匿名" en: "Anonymous"
  rating overall "您对服务满意吗?" en: "Are you satisfied with the service?" on sat5
}
`;
const en = `import "../shared/scales.survey"
survey course {
  title "Course survey"
  languages en
  confidentiality "Anonymous"
  rating overall "How satisfied are you with the course?" on sat5
}
`;
const disk: Record<string, string> = {
  '/ws/shared/scales.survey': scales,
  '/ws/service.survey': zh,
  '/ws/courses/course.survey': en,
};
const gitUri = (path: string, ref: string) => `git:${path}?${encodeURIComponent(JSON.stringify({ path, ref }))}`;
const errors = (ws: Workspace, path: string) =>
  diagnosticsFor(ws, path)
    .filter((d) => d.severity === DiagnosticSeverity.Error)
    .map((d) => String(d.code));
const codes = (ws: Workspace, path: string) => diagnosticsFor(ws, path).map((d) => String(d.code));

describe('git: documents (Open Changes)', () => {
  it('resolve imports against the file they stand for, beside the working copy', () => {
    const ws = new Workspace({ disk: { readFile: (p) => disk[p] }, roots: ['/ws'] });
    const file = ws.set(pathToUri('/ws/service.survey'), zh, 1);
    const head = ws.set(gitUri('/ws/service.survey', 'HEAD'), zh.replace('您对服务满意吗?', '您对服务满意吗'), 1);
    expect(head).not.toBe(file); // two documents, two compiles
    expect(ws.uriOf(head)).toBe(gitUri('/ws/service.survey', 'HEAD'));
    expect(errors(ws, head)).toEqual([]);
    expect(codes(ws, head)).toEqual(codes(ws, file));
    // Go to definition from the git version lands in the real shared file.
    const line = zh.split('\n').findIndex((l) => l.includes('on sat5'));
    const character = zh.split('\n')[line].indexOf('sat5') + 1;
    expect(definition(ws, head, { line, character }).map((l) => l.uri)).toEqual([pathToUri('/ws/shared/scales.survey')]);
  });

  it('an English survey in a subfolder, at an older ref, with a real error still reported', () => {
    const ws = new Workspace({ disk: { readFile: (p) => disk[p] }, roots: ['/ws'] });
    const old = ws.set(gitUri('/ws/courses/course.survey', 'HEAD~3'), en.replace('on sat5', 'on sat7'), 1);
    expect(errors(ws, old)).toEqual(['SVY2002']); // the unknown scale, not an import error
  });

  it('stay out of references and renames of the files being edited', () => {
    const ws = new Workspace({ disk: { readFile: (p) => disk[p] }, roots: ['/ws'] });
    ws.set(gitUri('/ws/courses/course.survey', 'HEAD'), en, 1);
    ws.set(pathToUri('/ws/courses/course.survey'), en, 1);
    const file = ws.set(pathToUri('/ws/shared/scales.survey'), scales, 1);
    const at = { line: 0, character: 7 };
    const uris = new Set(references(ws, file, at, true).map((l) => l.uri));
    expect([...uris].some((u) => u.startsWith('git:'))).toBe(false);
    expect(uris.has(pathToUri('/ws/courses/course.survey'))).toBe(true);
    expect(Object.keys(rename(ws, file, at, 'agree5')!.changes!).some((u) => u.startsWith('git:'))).toBe(false);
  });
});

describe('untitled: documents', () => {
  it('resolve imports in the first workspace folder', () => {
    const ws = new Workspace({ disk: { readFile: (p) => disk[p] }, roots: ['/ws'] });
    const path = ws.set('untitled:Untitled-1', zh, 1);
    expect(errors(ws, path)).toEqual([]);
    expect(ws.uriOf(path)).toBe('untitled:Untitled-1');
  });

  it('with a path (a new file not saved yet) resolve beside it', () => {
    const ws = new Workspace({ disk: { readFile: (p) => disk[p] } });
    const path = ws.set('untitled:/ws/courses/new.survey', en, 1);
    expect(errors(ws, path)).toEqual([]);
  });

  it('with no folder at all are checked without import errors, other errors kept', () => {
    const ws = new Workspace({ disk: { readFile: (p) => disk[p] } });
    const path = ws.set('untitled:Untitled-2', en, 1);
    expect(errors(ws, path)).toEqual([]);
    const broken = ws.set('untitled:Untitled-3', en.replace('rating overall', 'rating overall overall'), 1);
    expect(errors(ws, broken).length).toBeGreaterThan(0);
    // Without an import, an unknown scale is still an error.
    const plain = ws.set('untitled:Untitled-4', en.replace('import "../shared/scales.survey"\n', ''), 1);
    expect(errors(ws, plain)).toEqual(['SVY2002']);
  });
});
