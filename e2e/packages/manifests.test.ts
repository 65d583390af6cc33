// The published packages' manifests, without the network: what npm needs to publish
// them and users need to use them (e2e/packages/installed.test.ts installs them for real),
// and that this repository still resolves every package to its TypeScript sources.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root, workspacePackages, type WorkspacePackage } from './helpers.ts';

const published = workspacePackages().filter((p) => !p.manifest.private);
const byName = (name: string) => published.find((p) => p.manifest.name === name)!;
const license = readFileSync(join(root, 'LICENSE'), 'utf8');

describe('published packages', () => {
  it('are the CLI, the libraries, the language server and the prettier plugin; only the VS Code extension stays private', () => {
    expect(published.map((p) => p.manifest.name).sort()).toEqual([
      '@survey/analyze',
      '@survey/cli',
      '@survey/compiler',
      '@survey/emitters',
      '@survey/interop',
      '@survey/language-server',
      '@survey/syntax',
      'prettier-plugin-survey',
    ]);
    expect(
      workspacePackages()
        .filter((p) => p.manifest.private)
        .map((p) => p.manifest.name),
    ).toEqual(['survey-vscode']);
  });

  it.each(published.map((p) => [p.manifest.name, p] as const))(
    '%s has what npm and its users need',
    (_, { dir, manifest }: WorkspacePackage) => {
      expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(manifest.description).toBeTruthy();
      expect(manifest.license).toBe('MIT');
      expect(manifest.type).toBe('module');
      expect(manifest.engines).toEqual({ node: '>=20.10' });
      expect(readFileSync(join(dir, 'LICENSE'), 'utf8')).toBe(license);
      expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain(`npm install`);
      expect(manifest.files).toContain('dist');
      // Entries: sources for this repository only, dist and declarations for everyone else.
      const entries = Object.entries(manifest.exports ?? {}).filter(([, e]) => typeof e === 'object');
      expect(entries.length).toBeGreaterThan(0);
      for (const [subpath, entry] of entries) {
        const e = entry as Record<string, string>;
        expect(Object.keys(e), subpath).toEqual(['@survey/source', 'types', 'default']);
        expect(existsSync(join(dir, e['@survey/source'])), e['@survey/source']).toBe(true);
        expect(e.types).toMatch(/^\.\/dist\/types\/.+\.d\.ts$/);
        expect(e.default).toMatch(/^\.\/dist\/[\w-]+\.m?js$/);
      }
      expect(manifest.exports!['./package.json']).toBe('./package.json');
      const main = manifest.exports!['.'] as Record<string, string>;
      expect(manifest.main).toBe(main.default);
      expect(manifest.types).toBe(main.types);
      // Every dependency of a published package is itself published or on the registry.
      for (const dep of Object.keys(manifest.dependencies ?? {})) {
        const workspace = workspacePackages().find((p) => p.manifest.name === dep);
        if (workspace) expect(workspace.manifest.private, `${manifest.name} → ${dep}`).toBeUndefined();
      }
    },
  );

  it('ship bins that npm links and that start with a shebang', () => {
    const bins = {
      '@survey/cli': { survey: './bin/survey.js' },
      '@survey/language-server': { 'survey-language-server': './bin/survey-language-server.js' },
    };
    for (const [name, bin] of Object.entries(bins)) {
      const { dir, manifest } = byName(name);
      expect(manifest.bin).toEqual(bin);
      expect(manifest.files).toContain('bin');
      for (const file of Object.values(bin)) {
        expect(readFileSync(join(dir, file), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
        expect(statSync(join(dir, file)).mode & 0o111, file).not.toBe(0);
        const mode = execFileSync('git', ['ls-files', '-s', file], { cwd: dir, encoding: 'utf8' });
        expect(mode, file).toMatch(/^100755 /);
      }
    }
  });

  it('the CLI depends directly on what its bundle leaves as imports, at the versions its packages use', () => {
    const build = readFileSync(join(root, 'scripts/build.mjs'), 'utf8');
    const cliTarget = build.slice(build.indexOf("entry: 'packages/cli/src/main.ts'"));
    const external = JSON.parse(cliTarget.match(/external: (\[[^\]]*\])/)![1].replace(/'/g, '"')) as string[];
    expect(external.length).toBeGreaterThan(0);
    const cli = byName('@survey/cli').manifest;
    for (const dep of external) {
      const users = published.filter((p) => p.manifest.dependencies?.[dep] && p.manifest.name !== '@survey/cli');
      expect(users.length, dep).toBeGreaterThan(0);
      for (const user of users)
        expect(cli.dependencies?.[dep], `${dep} in @survey/cli and ${user.manifest.name}`).toBe(user.manifest.dependencies![dep]);
    }
  });

  it('the language server answers --version and --help from its bin without starting', () => {
    const bin = join(byName('@survey/language-server').dir, 'bin/survey-language-server.js');
    expect(execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim()).toBe(
      byName('@survey/language-server').manifest.version,
    );
    expect(execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' })).toContain('--stdio');
  });
});

describe('inside this repository', () => {
  it.each(published.map((p) => [p.manifest.name, p] as const))(
    '%s resolves to its sources (the "@survey/source" condition)',
    async (name, { dir, manifest }) => {
      const entry = (manifest.exports!['.'] as Record<string, string>)['@survey/source'];
      const byPackageName = await import(/* @vite-ignore */ name);
      const bySource = await import(/* @vite-ignore */ join(dir, entry));
      expect(Object.keys(byPackageName).sort()).toEqual(Object.keys(bySource).sort());
      // One module, not the dist: the same objects (vitest re-wraps `default` of a package import).
      for (const key of Object.keys(bySource).filter((k) => k !== 'default')) expect(byPackageName[key], key).toBe(bySource[key]);
    },
  );
});
