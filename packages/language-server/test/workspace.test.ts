// The diagnostics loop in process: debouncing, re-checking importers when a shared
// file changes, clearing on close, files appearing on disk, broken text.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticsPublisher, Workspace, completion, pathToUri } from '../src/index.ts';

const shared = '/ws/shared/scales.survey';
const main = '/ws/main.survey';
const scales = (name: string, extra = '') =>
  `scale ${name} 1..3 {\n  1 "差" en: "Poor"${extra}\n  2 "中" en: "Fair"\n  3 "好" en: "Good"\n}\n`;
const survey = `import "shared/scales.survey"
survey s {
  languages zh, en
  confidentiality "保密" en: "Confidential"
  rating q1 "服务如何?" en: "How was the service?" on grade3
}
`;

function setup(disk: Record<string, string>) {
  const ws = new Workspace({ disk: { readFile: (p) => disk[p] } });
  const sent: Array<{ uri: string; codes: string[] }> = [];
  // Errors only: methodology warnings come and go as rules are added; these tests are about errors moving between files.
  const publisher = new DiagnosticsPublisher(
    ws,
    (uri, ds: Diagnostic[]) => sent.push({ uri, codes: ds.filter((d) => d.severity === 1).map((d) => String(d.code)) }),
    () => undefined,
    20,
  );
  const open = (path: string, text: string, version = 1) => ws.set(pathToUri(path), text, version);
  const last = (path: string) => [...sent].reverse().find((s) => s.uri === pathToUri(path))?.codes;
  return { ws, sent, publisher, open, last };
}

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('diagnostics across files', () => {
  it('re-checks an open survey when the shared file it imports is edited', () => {
    const { ws, publisher, open, last } = setup({ [shared]: scales('grade3') });
    cleanup = () => publisher.dispose();
    open(main, survey);
    publisher.flush();
    expect(last(main)).toEqual([]);

    open(shared, scales('grade5')); // the scale is renamed in the shared file
    publisher.flush();
    expect(last(main)).toEqual(['SVY2002']);
    expect(ws.readers(shared)).toEqual([main]);

    open(shared, scales('grade3'), 2);
    publisher.flush();
    expect(last(main)).toEqual([]);
  });

  it("reports a problem in a shared file that only shows in its importer's context", () => {
    const { publisher, open, last } = setup({});
    cleanup = () => publisher.dispose();
    open(shared, scales('grade3', ' fr: "Mauvais"'));
    open(main, survey);
    publisher.flush();
    expect(last(shared)).toEqual(['SVY2020']); // fr is not one of the survey's languages
  });

  it('re-checks an importer when a missing file appears on disk', () => {
    const disk: Record<string, string> = {};
    const { ws, publisher, open, last } = setup(disk);
    cleanup = () => publisher.dispose();
    open(main, survey);
    publisher.flush();
    expect(last(main)).toContain('SVY2003');
    disk[shared] = scales('grade3');
    ws.diskChanged(shared);
    publisher.flush();
    expect(last(main)).toEqual([]);
  });

  it('clears the diagnostics of a closed document and re-checks its importers from disk', () => {
    const { ws, sent, publisher, open, last } = setup({ [shared]: scales('grade3') });
    cleanup = () => publisher.dispose();
    open(main, survey);
    open(shared, scales('oops'));
    publisher.flush();
    expect(last(main)).toEqual(['SVY2002']);
    ws.close(pathToUri(shared));
    publisher.cleared(pathToUri(shared));
    publisher.flush();
    expect(sent.filter((s) => s.uri === pathToUri(shared)).pop()?.codes).toEqual([]);
    expect(last(main)).toEqual([]); // the disk version declares grade3 again
  });
});

describe('debouncing', () => {
  it('publishes once after a burst of edits', async () => {
    const { publisher, open, sent } = setup({ [shared]: scales('grade3') });
    cleanup = () => publisher.dispose();
    for (let v = 1; v <= 10; v++) {
      open(main, survey.replace('q1', `q${v}`), v);
      publisher.schedule();
      await tick(2);
    }
    expect(sent).toEqual([]);
    await tick(60);
    expect(sent.length).toBe(1);
  });

  it('always answers an edit of the document itself, even with the same diagnostics', () => {
    const { publisher, open, sent } = setup({ [shared]: scales('grade3') });
    cleanup = () => publisher.dispose();
    publisher.schedule(0, open(main, survey));
    publisher.flush();
    publisher.schedule(0, open(main, survey + '\n', 2));
    publisher.flush();
    expect(sent.length).toBe(2);
  });

  it('does not resend unchanged diagnostics of documents that were not edited', () => {
    const { publisher, open, sent } = setup({ [shared]: scales('grade3') });
    cleanup = () => publisher.dispose();
    open(main, survey);
    publisher.flush();
    open(main, survey + '\n', 2);
    publisher.flush();
    expect(sent.length).toBe(1);
  });
});

describe('half-typed text', () => {
  it('still completes names while the survey has no closing brace', () => {
    const { ws, open } = setup({ [shared]: scales('grade3') });
    open(main, survey);
    ws.result(main);
    const broken = survey.replace(/\}\n$/, '  text why "为什么?" when ');
    open(main, broken, 2);
    const lines = broken.split('\n');
    const labels = completion(ws, main, { line: lines.length - 1, character: lines[lines.length - 1].length }).map((i) => i.label);
    expect(labels).toContain('q1');
  });
});

describe('survey.configPath', () => {
  it('applies the given config file instead of the nearest one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'survey-config-'));
    try {
      writeFileSync(join(dir, 'strict.json'), JSON.stringify({ rules: { SVY2002: 'off' } }));
      const { ws, publisher, open, last } = setup({ [shared]: scales('grade5') });
      cleanup = () => publisher.dispose();
      open(main, survey);
      publisher.flush();
      expect(last(main)).toEqual(['SVY2002']);
      ws.configPath = join(dir, 'strict.json');
      ws.invalidate(main);
      publisher.flush();
      expect(last(main)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('config problems', () => {
  it('publishes a broken survey.config.json on the config file, and clears it once fixed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'survey-config-'));
    try {
      const config = join(dir, 'survey.config.json');
      writeFileSync(config, '{ "rules": { "SVY2002": "loud" } }'); // not a severity: SVY1006 (an unknown code is only a warning)
      const { ws, publisher, open, sent } = setup({ [shared]: scales('grade3') });
      cleanup = () => publisher.dispose();
      ws.configPath = config;
      open(main, survey);
      publisher.flush();
      expect(sent.filter((s) => s.uri === pathToUri(config)).pop()?.codes).toEqual(['SVY1006']);
      writeFileSync(config, '{ "rules": {} }');
      ws.invalidate(main);
      publisher.flush();
      expect(sent.filter((s) => s.uri === pathToUri(config)).pop()?.codes).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
