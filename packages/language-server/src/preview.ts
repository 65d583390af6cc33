// `survey/previewHtml`: the HTML form of a survey, built by the emitters from the
// server's compile of the unsaved text, for the VS Code preview. A survey with
// errors gets a message instead: the emitters only build error-free surveys.
import { build } from '@survey/emitters';
import type { Workspace } from './workspace.ts';

export interface PreviewResult {
  html?: string;
  error?: string;
}

export function previewHtml(ws: Workspace, path: string): PreviewResult {
  const result = ws.result(path);
  if (!result.survey) return { error: 'This file declares no survey (a shared file). Preview a survey that imports it.' };
  if (!result.ok) {
    const n = result.diagnostics.filter((d) => d.severity === 'error').length;
    return { error: `The survey has ${n} error${n === 1 ? '' : 's'} (see Problems). The preview appears once they are fixed.` };
  }
  const [file] = build(result, { only: ['html'] });
  return file ? { html: file.contents } : { error: 'The emitters produced no HTML.' };
}
