// The VS Code client: starts the bundled survey language server over node IPC for
// `survey` documents and registers the HTML preview. All language knowledge is in
// the server; this file only connects VS Code to it.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { existsSync } from 'node:fs';
import { registerPreview } from './preview.ts';

let client: LanguageClient | undefined;

/** The server shipped in the .vsix, or the monorepo's build when run from source. */
function serverModule(context: vscode.ExtensionContext): string {
  const packaged = context.asAbsolutePath('dist/server.cjs');
  return existsSync(packaged) ? packaged : context.asAbsolutePath('../language-server/dist/server.cjs');
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = serverModule(context);
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'survey' }],
    synchronize: {
      // Shared files and config edited outside the editor re-check the open surveys.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.survey,survey.config.json}'),
      configurationSection: 'survey',
    },
    // The snippets come from contributes.snippets: the server need not offer them too.
    initializationOptions: { configPath: vscode.workspace.getConfiguration('survey').get<string>('configPath'), snippets: false },
  };
  // The id 'survey' makes the client read `survey.trace.server`.
  client = new LanguageClient('survey', 'Survey language server', serverOptions, clientOptions);
  const preview = registerPreview(context, () => client);
  await client.start();
  client.onNotification('survey/importsChanged', (p: { uris: string[] }) => preview.refresh(p.uris));
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
