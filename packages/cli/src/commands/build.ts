// `survey build`: placeholder wired once @survey/emitters exposes build().
import type { Io } from '../io.ts';
import { UsageError } from '../errors.ts';

export async function runBuild(_inputs: string[], _opts: Record<string, unknown>, _io: Io): Promise<number> {
  throw new UsageError('build is not available yet.');
}
