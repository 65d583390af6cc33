// Formatting through the prettier plugin, the same call as `survey fmt`: one style
// (the plugin's), whatever the editor's tab size or tabs setting, so a file formatted
// in the editor passes `survey fmt --check` in CI. A text that does not parse is
// left alone: the diagnostics already say why.
import type { FormattingOptions, TextEdit } from 'vscode-languageserver';
import { formatSurvey } from 'prettier-plugin-survey';
import type { Workspace } from './workspace.ts';

/** `_options` (the editor's tab size and tabs) are ignored on purpose: see above. */
export async function formatDocument(ws: Workspace, path: string, _options?: FormattingOptions): Promise<TextEdit[]> {
  const text = ws.docs.get(path)?.text ?? ws.host.readFile(path);
  if (text === undefined || !ws.editable(path)) return [];
  let formatted: string;
  try {
    formatted = await formatSurvey(text);
  } catch (e) {
    if ((e as Error)?.name === 'SurveySyntaxError') return [];
    throw e;
  }
  return minimalEdit(ws, path, text, formatted);
}

/** One edit covering only what changed, so the cursor and folds stay put. */
function minimalEdit(ws: Workspace, path: string, before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end])
    end++;
  // Never split a surrogate pair or a CRLF.
  while (start > 0 && /[\uDC00-\uDFFF\n]/.test(before[start])) start--;
  while (end > 0 && /[\uD800-\uDBFF\r]/.test(before[before.length - end - 1])) end--;
  const map = ws.result(path).files.get(path)?.parse.lineMap;
  if (!map) return [];
  return [
    { range: { start: map.position(start), end: map.position(before.length - end) }, newText: after.slice(start, after.length - end) },
  ];
}
