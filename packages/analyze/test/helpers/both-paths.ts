// Runs `analyze` set-based and row by row on the same files: the set-based tests require
// equal results, and read which path each file took (and why not set-based).
import { analyze, type SurveyInput } from '../../src/index.ts';

export async function bothPaths(input: SurveyInput, files: string[]) {
  const paths: Record<string, string> = {};
  const why: Record<string, string | undefined> = {};
  const set = await analyze(input, { responses: files, trace: (f, p, w) => ((paths[f] = p), (why[f] = w)) });
  const rows = await analyze(input, { responses: files, rowByRow: true });
  return { set, rows, paths, why };
}
