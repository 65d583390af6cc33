// Shared by the packaging tests: the published manifests, whether the npm registry
// answers, and an environment for npm and the installed bins that carries nothing of
// this repository (no npm_* settings of a parent `npm test`, no NODE_OPTIONS/NODE_PATH).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

export interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  description?: string;
  license?: string;
  type?: string;
  main?: string;
  types?: string;
  bin?: Record<string, string>;
  files?: string[];
  engines?: Record<string, string>;
  exports?: Record<string, string | Record<string, string>>;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

export interface WorkspacePackage {
  dir: string;
  manifest: Manifest;
}

export function workspacePackages(): WorkspacePackage[] {
  return readdirSync(join(root, 'packages'))
    .map((name) => join(root, 'packages', name))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest }));
}

/** The manifests of the packages that are published (not private). */
export function publishedManifests(): Manifest[] {
  return workspacePackages()
    .map((p) => p.manifest)
    .filter((m) => !m.private);
}

export function installEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(npm_|NODE_OPTIONS$|NODE_PATH$|INIT_CWD$|VITEST)/i.test(k)) continue;
    env[k] = v;
  }
  env.npm_config_update_notifier = 'false';
  return env;
}

/** True when `npm ping` gets an answer from the configured registry within 20 s. */
export function registryReachable(): boolean {
  const r = spawnSync('npm', ['ping'], { env: installEnv(), stdio: 'ignore', timeout: 20_000 });
  return !r.error && r.status === 0;
}
