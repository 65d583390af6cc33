// The workspace scan for cross-file features: follows no symbolic-link loop (and
// enters a folder once however many links lead to it), honours .gitignore files
// (each below its own folder, with re-includes), skips hidden folders and
// node_modules, and stops at its limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { scanSurveyFiles } from '../src/scan.ts';
import { ignored, parseGitignore } from '../src/gitignore.ts';
import { Workspace, pathToUri, references } from '../src/index.ts';

let dir: string;
const write = (rel: string, text = 'scale s 1..2 { 1 "低" en: "Low" 2 "高" en: "High" }\n') => {
  mkdirSync(join(dir, rel, '..'), { recursive: true });
  writeFileSync(join(dir, rel), text);
};
const rel = (paths: string[]) => paths.map((p) => relative(dir, p).split('\\').join('/'));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'survey-scan-'));
  write('a.survey');
  write('sub/b.survey');
  write('sub/local.survey');
  write('sub/deeper/local.survey');
  write('drafts/x.draft.survey');
  write('drafts/keep.draft.survey');
  write('build/out.survey');
  write('node_modules/pkg/n.survey');
  write('.cache/c.survey');
  write('问卷/调查.survey');
  write('.gitignore', '# generated\nbuild/\n*.draft.survey\n!keep.draft.survey\n');
  write('sub/.gitignore', '/local.survey\n');
  symlinkSync(dir, join(dir, 'sub', 'loop')); // sub/loop -> the root: a loop
  symlinkSync(join(dir, 'sub'), join(dir, 'again')); // a second way into sub
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('workspace scan', () => {
  it('finds each survey once, by its own path rather than through a link, honouring .gitignore, through no link loop', () => {
    expect(rel(scanSurveyFiles([dir])).sort()).toEqual(
      ['a.survey', 'sub/deeper/local.survey', 'sub/b.survey', 'drafts/keep.draft.survey', '问卷/调查.survey'].sort(),
    );
  });
  it('stops at its limits', () => {
    expect(scanSurveyFiles([dir], { files: 2, folders: 100, depth: 10 })).toHaveLength(2);
    expect(rel(scanSurveyFiles([dir], { files: 100, folders: 100, depth: 0 }))).toEqual(['a.survey']);
    expect(scanSurveyFiles([dir], { files: 100, folders: 1, depth: 10 })).toEqual([join(dir, 'a.survey')]);
  });
  it('is what cross-file references search', () => {
    const entry = join(dir, 'main.survey');
    const text = 'import "a.survey"\nsurvey m {\n  title "主" en: "Main"\n  languages zh, en\n  rating r "好吗?" en: "Good?" on s\n}\n';
    const ws = new Workspace({ roots: [dir] });
    ws.set(pathToUri(entry), text, 1);
    const at = { line: 4, character: text.split('\n')[4].indexOf('on s') + 3 };
    const files = new Set(references(ws, entry, at, true).map((l) => relative(dir, new URL(l.uri).pathname)));
    expect([...files].sort()).toEqual(['a.survey', 'main.survey']);
  });
});

describe('.gitignore patterns', () => {
  const rules = [
    parseGitignore(
      ['**/gen/**', 'docs/*.survey', '/top.survey', 'q?.survey', 'v[0-9].survey', 'tmp/', '!tmp/keep', '\\#hash.survey'].join('\n'),
      '/r',
    ),
  ];
  const cases: Array<[string, boolean, boolean]> = [
    ['/r/a/gen/x.survey', false, true],
    ['/r/docs/a.survey', false, true],
    ['/r/sub/docs/a.survey', false, false],
    ['/r/top.survey', false, true],
    ['/r/sub/top.survey', false, false],
    ['/r/sub/q1.survey', false, true],
    ['/r/q10.survey', false, false],
    ['/r/v7.survey', false, true],
    ['/r/vx.survey', false, false],
    ['/r/tmp', true, true],
    ['/r/tmp', false, false],
    ['/r/#hash.survey', false, true],
    ['/elsewhere/top.survey', false, false],
  ];
  it.each(cases)('%s (folder: %s) ignored: %s', (path, isDir, expected) => {
    expect(ignored(rules, path, isDir)).toBe(expected);
  });
});
