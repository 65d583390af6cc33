// Hover and inlay hints need the semantic model around a file. A shared file
// (scales only, no survey) has none of its own: borrow the compile of a survey
// that imports it, open ones first, so languages and labels are known.
import type { CompileResult } from '@survey/compiler';
import { reads, type Workspace } from './workspace.ts';

export function modelOf(ws: Workspace, path: string): CompileResult | undefined {
  const own = ws.result(path);
  if (own.survey) return own;
  for (const open of ws.openPaths()) {
    const r = ws.result(open);
    if (r.survey && reads(r, path)) return r;
  }
  return ws.projectResults().find((r) => r.survey && r.files.has(path));
}
