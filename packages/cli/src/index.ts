export { runCli } from './cli.ts';
export type { Io } from './io.ts';
export { checkFiles, type CheckRun } from './check-files.ts';
