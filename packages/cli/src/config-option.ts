// `--config path`: use this survey.config.json instead of searching parent folders.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseConfig, type ResolvedConfig } from '@survey/compiler';
import { UsageError } from './errors.ts';

export function loadExplicitConfig(path: string, cwd: string): ResolvedConfig {
  const abs = resolve(cwd, path);
  if (!existsSync(abs)) throw new UsageError(`Cannot read config '${path}': no such file.`);
  return parseConfig(readFileSync(abs, 'utf8'), abs);
}
