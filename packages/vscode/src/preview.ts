// "Survey: Open HTML preview": asks the server for the HTML form of the current
// survey (compiled from the unsaved text, like the diagnostics) and shows it in a
// webview beside the editor, refreshed as the document changes and when a file it
// imports changes (the server's `survey/importsChanged`).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface PreviewResult {
  html?: string;
  /** Why there is no HTML: the survey has errors, or it is a shared file. */
  error?: string;
}

export interface Preview {
  /** Re-renders the previews of these documents (a file they import changed). */
  refresh(uris: string[]): void;
}

export function registerPreview(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): Preview {
  const panels = new Map<string, vscode.WebviewPanel>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const render = async (uri: vscode.Uri, panel: vscode.WebviewPanel) => {
    const c = client();
    if (!c) return;
    const result = await c.sendRequest<PreviewResult>('survey/previewHtml', { uri: uri.toString() });
    panel.webview.html = result.html ?? message(result.error ?? 'No preview.');
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('survey.openHtmlPreview', async () => {
      const editor = vscode.window.activeTextEditor;
      if (editor?.document.languageId !== 'survey') return void vscode.window.showInformationMessage('Open a .survey file first.');
      const key = editor.document.uri.toString();
      let panel = panels.get(key);
      if (panel) panel.reveal(vscode.ViewColumn.Beside);
      else {
        const title = `Preview ${editor.document.uri.path.split('/').pop()}`;
        panel = vscode.window.createWebviewPanel('surveyPreview', title, vscode.ViewColumn.Beside, { enableScripts: true });
        panels.set(key, panel);
        panel.onDidDispose(() => panels.delete(key));
      }
      await render(editor.document.uri, panel);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => later([e.document.uri.toString()])),
  );
  /** Renders the previews of these documents once typing pauses. */
  const pending = new Set<string>();
  const later = (uris: string[]) => {
    for (const u of uris) if (panels.has(u)) pending.add(u);
    if (!pending.size) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      for (const u of pending) {
        const panel = panels.get(u);
        if (panel) void render(vscode.Uri.parse(u), panel);
      }
      pending.clear();
    }, 500);
  };
  return { refresh: later };
}

function message(text: string): string {
  const escaped = text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return `<!doctype html><html><body style="font-family: var(--vscode-font-family); padding: 1em"><p>${escaped}</p></body></html>`;
}
