// Packages the extension with @vscode/vsce (offline, no npm run) and checks what
// the .vsix holds: exactly the bundles, the grammar copy and the manifest files,
// with self-contained bundles and a manifest that points at packaged files.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { builtinModules, createRequire } from 'node:module';
import Module from 'node:module';
import { join, resolve } from 'node:path';
import { readZip } from './zip.ts';
import { ensureBuilt } from '../../../testing/bundles.ts';

const root = resolve(import.meta.dirname, '../../..');
let entries: Map<string, Buffer>;

beforeAll(() => {
  ensureBuilt(); // shared with the server tests, so parallel workers never rebuild at once
  const out = join(mkdtempSync(join(tmpdir(), 'survey-vsix-')), 'survey.vsix');
  const r = spawnSync(process.execPath, [join(root, 'packages/vscode/scripts/package.mjs'), '--out', out], {
    encoding: 'utf8',
    cwd: root,
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`packaging failed:\n${r.stdout}\n${r.stderr}`);
  entries = readZip(out);
}, 180_000);

const text = (name: string) => entries.get(name)!.toString('utf8');

describe('the .vsix', () => {
  it('holds exactly the files VS Code needs', () => {
    expect([...entries.keys()].sort()).toEqual([
      '[Content_Types].xml',
      'extension.vsixmanifest',
      'extension/LICENSE.txt',
      'extension/dist/extension.js',
      'extension/dist/server.cjs',
      'extension/dist/survey.tmLanguage.json',
      'extension/language-configuration.json',
      'extension/package.json',
      'extension/readme.md',
      'extension/schemas/survey.config.schema.json',
      'extension/snippets/survey.json',
    ]);
  });

  it('has a manifest whose entry point, grammar and language configuration are packaged', () => {
    const manifest = JSON.parse(text('extension/package.json'));
    const packaged = (p: string) => entries.has(`extension/${p.replace(/^\.\//, '')}`);
    expect(packaged(manifest.main)).toBe(true);
    expect(manifest.contributes.languages[0]).toMatchObject({ id: 'survey', extensions: ['.survey'] });
    expect(packaged(manifest.contributes.languages[0].configuration)).toBe(true);
    const grammar = manifest.contributes.grammars[0];
    expect(packaged(grammar.path)).toBe(true);
    expect(JSON.parse(text(`extension/${grammar.path.slice(2)}`)).scopeName).toBe(grammar.scopeName);
    expect(Object.keys(manifest.contributes.configuration.properties).sort()).toEqual(['survey.configPath', 'survey.trace.server']);
    expect(manifest.contributes.commands.map((c: { command: string }) => c.command)).toEqual(['survey.openHtmlPreview']);
    // The snippets and the survey.config.json schema are packaged and are JSON.
    for (const file of [manifest.contributes.snippets[0].path, manifest.contributes.jsonValidation[0].url]) {
      expect(packaged(file), file).toBe(true);
      expect(() => JSON.parse(text(`extension/${file.slice(2)}`))).not.toThrow();
    }
  });

  it('ships the grammar exactly as generated in grammar/', () => {
    expect(text('extension/dist/survey.tmLanguage.json')).toBe(readFileSync(join(root, 'grammar/survey.tmLanguage.json'), 'utf8'));
  });

  it('has a language configuration with comments, brackets and auto-closing pairs', () => {
    const conf = JSON.parse(text('extension/language-configuration.json'));
    expect(conf.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
    expect(conf.brackets).toContainEqual(['{', '}']);
    expect(conf.autoClosingPairs.map((p: { open: string }) => p.open)).toEqual(expect.arrayContaining(['{', '(', '"']));
  });

  it('has self-contained bundles: only node built-ins (and vscode for the client) are required', () => {
    const requires = (src: string) => [...src.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]);
    const builtin = (m: string) => m.startsWith('node:') || builtinModules.includes(m);
    expect(requires(text('extension/dist/server.cjs')).filter((m) => !builtin(m))).toEqual([]);
    expect(requires(text('extension/dist/extension.js')).filter((m) => !builtin(m) && m !== 'vscode')).toEqual([]);
  });

  it('has a client bundle that loads and exports activate/deactivate', () => {
    // A stand-in for the 'vscode' module: every API is a no-op class, enough for the
    // bundled language client's module-level code to run outside VS Code.
    const dir = mkdtempSync(join(tmpdir(), 'survey-ext-'));
    const file = join(dir, 'extension.js');
    writeFileSync(file, entries.get('extension/dist/extension.js')!);
    const fake = new Proxy({}, { get: () => class {} });
    const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
    const original = loader._load;
    loader._load = (request, ...rest) => (request === 'vscode' ? fake : original(request, ...rest));
    try {
      const ext = createRequire(file)(file);
      expect(typeof ext.activate).toBe('function');
      expect(typeof ext.deactivate).toBe('function');
    } finally {
      loader._load = original;
    }
  });
});
