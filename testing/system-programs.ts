// Tests that need a program from Debian rather than npm. On a developer machine
// without it they are left out with one line naming the install command; when
// CI=true they always run (and fail if the program is missing), so `.ci/run`
// installs every program listed here.
import { spawnSync } from 'node:child_process';

export interface SystemProgram {
  /** The command run with `--version` to see whether the program is installed. */
  command: string;
  /** The command that installs it on Debian. */
  install: string;
  /** Test files (globs from the repository root) that need it. */
  tests: string[];
}

export const systemPrograms: SystemProgram[] = [
  { command: 'chromium', install: 'apt-get install -y chromium fonts-liberation', tests: ['packages/*/test/browser/**'] },
  { command: 'nvim', install: 'apt-get install -y neovim', tests: ['packages/language-server/test/editors/neovim*.test.ts'] },
  { command: 'emacs', install: 'apt-get install -y emacs-nox elpa-eglot', tests: ['packages/language-server/test/editors/emacs.test.ts'] },
  { command: 'Rscript', install: 'apt-get install -y r-base-core r-cran-survey r-cran-psych', tests: ['packages/*/test/oracle-r/**'] },
  { command: '/usr/lib/postgresql/15/bin/postgres', install: 'apt-get install -y postgresql', tests: ['packages/*/test/postgres/**'] },
  { command: 'xmllint', install: 'apt-get install -y libxml2-utils', tests: ['packages/*/test/xmllint/**'] },
  { command: 'pspp', install: 'apt-get install -y pspp', tests: ['packages/*/test/pspp/**'] },
];

export function isInstalled(command: string): boolean {
  const r = spawnSync(command, ['--version'], { stdio: 'ignore' });
  return !r.error && r.status === 0;
}

/** Globs to leave out of this run, with a one-line notice for each missing program. */
export function missingProgramExcludes(env: NodeJS.ProcessEnv = process.env, programs: SystemProgram[] = systemPrograms): string[] {
  if (env.CI === 'true') return [];
  const excluded: string[] = [];
  for (const p of programs) {
    if (isInstalled(p.command)) continue;
    console.warn(`skipping tests that need ${p.command} (not installed): ${p.install}`);
    excluded.push(...p.tests);
  }
  return excluded;
}
