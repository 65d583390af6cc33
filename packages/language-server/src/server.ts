// Wires an LSP connection to the workspace and the feature functions. Nothing here
// knows the language: every answer comes from a feature file, which reads the
// compiler's result; every handler is wrapped so one bug cannot stop the server.
import {
  CodeActionKind,
  CompletionTriggerKind,
  LSPErrorCodes,
  ResponseError,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Workspace } from './workspace.ts';
import { DiagnosticsPublisher } from './publisher.ts';
import { safely } from './safe.ts';
import { uriToPath } from './uri.ts';
import { completion } from './completion.ts';
import { hover } from './hover.ts';
import { signatureHelp } from './signature-help.ts';
import { documentHighlights } from './highlight.ts';
import { selectionRanges } from './selection-ranges.ts';
import { definition } from './definition.ts';
import { references } from './references.ts';
import { prepareRename, rename } from './rename.ts';
import { documentSymbols, workspaceSymbols } from './symbols.ts';
import { foldingRanges } from './folding.ts';
import { legend, semanticTokens } from './semantic-tokens.ts';
import { formatDocument } from './formatting.ts';
import { codeActions } from './code-actions.ts';
import { inlayHints } from './inlay-hints.ts';
import { previewHtml, type PreviewResult } from './preview.ts';
import { documentLinks, importEditsForRename } from './imports.ts';
import { codeLenses } from './code-lens.ts';

export interface ServerOptions {
  /** Quiet period before diagnostics are recomputed after an edit. */
  debounceMs?: number;
  /** Called once per compile (tests count them). */
  onCompile?: (entry: string) => void;
}

/** Settings the client may send (initializationOptions or workspace/configuration `survey`). */
interface Settings {
  configPath?: string;
}

export function startServer(connection: Connection, options: ServerOptions = {}): Workspace {
  const ws = new Workspace({ onCompile: options.onCompile });
  const docs = new Map<string, TextDocument>();
  const log = (m: string) => connection.console.error(m);
  const publisher = new DiagnosticsPublisher(
    ws,
    (uri, diagnostics, version) => void connection.sendDiagnostics({ uri, diagnostics, version }),
    log,
    options.debounceMs ?? 200,
  );
  let canWatch = false;
  let canPullConfig = false;

  // Clients send their settings after every start; only a different config file recompiles.
  const applySettings = (s: Settings | undefined) => {
    if (ws.setConfigPath(s?.configPath)) publisher.schedule(0);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    ws.roots = folders.map((f) => uriToPath(f));
    ws.configPath = (params.initializationOptions as Settings | undefined)?.configPath || undefined;
    canWatch = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canPullConfig = !!params.capabilities.workspace?.configuration;
    return {
      serverInfo: { name: 'survey-language-server', version: '0.1.0' },
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { triggerCharacters: ['{', '(', '=', ',', ' ', '"', '/'] },
        hoverProvider: true,
        signatureHelpProvider: { triggerCharacters: ['(', ','], retriggerCharacters: [')'] },
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        selectionRangeProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        semanticTokensProvider: { legend, full: true },
        documentFormattingProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        inlayHintProvider: true,
        documentLinkProvider: { resolveProvider: false },
        codeLensProvider: { resolveProvider: false },
        workspace: {
          fileOperations: {
            willRename: {
              filters: [{ pattern: { glob: '**/*.survey', matches: 'file' } }, { pattern: { glob: '**/*', matches: 'folder' } }],
            },
          },
        },
      },
    };
  });

  connection.onInitialized(() => {
    if (canWatch) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.survey' }, { globPattern: '**/survey.config.json' }],
      });
    }
    if (canPullConfig)
      void connection.workspace.getConfiguration('survey').then(
        (s: Settings) => applySettings(s),
        () => undefined,
      );
  });

  connection.onDidChangeConfiguration(
    safely('configuration', log, undefined, (change) => {
      const pushed = (change.settings as { survey?: Settings } | undefined)?.survey;
      if (pushed) applySettings(pushed);
      else if (canPullConfig)
        void connection.workspace.getConfiguration('survey').then(
          (s: Settings) => applySettings(s),
          () => undefined,
        );
    }),
  );

  // ---------------------------------------------------------------- documents
  connection.onDidOpenTextDocument(
    safely('didOpen', log, undefined, ({ textDocument: d }) => {
      docs.set(d.uri, TextDocument.create(d.uri, d.languageId, d.version, d.text));
      const path = ws.set(d.uri, d.text, d.version);
      publisher.schedule(0, path);
    }),
  );
  connection.onDidChangeTextDocument(
    safely('didChange', log, undefined, ({ textDocument, contentChanges }) => {
      const doc = docs.get(textDocument.uri);
      if (!doc) return;
      const next = TextDocument.update(doc, contentChanges, textDocument.version);
      docs.set(textDocument.uri, next);
      const path = ws.set(textDocument.uri, next.getText(), next.version);
      publisher.schedule(undefined, path);
    }),
  );
  connection.onDidCloseTextDocument(
    safely('didClose', log, undefined, ({ textDocument }) => {
      docs.delete(textDocument.uri);
      ws.close(textDocument.uri);
      publisher.cleared(textDocument.uri);
    }),
  );
  connection.onDidChangeWatchedFiles(
    safely('watchedFiles', log, undefined, ({ changes }) => {
      for (const c of changes) {
        const path = uriToPath(c.uri);
        if (path.endsWith('survey.config.json')) for (const p of ws.openPaths()) ws.invalidate(p);
        else ws.diskChanged(path);
        if (c.type === FileChangeType.Deleted && !ws.isOpen(path)) void connection.sendDiagnostics({ uri: c.uri, diagnostics: [] });
      }
      publisher.schedule();
    }),
  );

  // ----------------------------------------------------------------- features
  const path = (uri: string) => ws.pathOf(uri);
  // Requests an editor sends after every keystroke (tokens, hints, outline, folding,
  // code actions) wait for the debounced check and answer from its compile; if the
  // document changed meanwhile the answer would be for text that is gone, so the
  // client is told to ask again (ContentModified, as the LSP specifies).
  const afterCheck =
    <P extends { textDocument: { uri: string } }, R>(fn: (p: P) => R) =>
    async (p: P): Promise<R> => {
      const file = path(p.textDocument.uri);
      const version = ws.versionOf(file);
      await publisher.settled();
      if (ws.versionOf(file) !== version) throw new ResponseError(LSPErrorCodes.ContentModified, 'The document changed; ask again.');
      return fn(p);
    };
  connection.onCompletion(
    safely('completion', log, [], (p) =>
      completion(
        ws,
        path(p.textDocument.uri),
        p.position,
        p.context?.triggerKind === CompletionTriggerKind.TriggerCharacter ? p.context.triggerCharacter : undefined,
      ),
    ),
  );
  connection.onHover(safely('hover', log, null, (p) => hover(ws, path(p.textDocument.uri), p.position)));
  connection.onSignatureHelp(safely('signatureHelp', log, null, (p) => signatureHelp(ws, path(p.textDocument.uri), p.position)));
  connection.onDefinition(safely('definition', log, [], (p) => definition(ws, path(p.textDocument.uri), p.position)));
  connection.onReferences(
    safely('references', log, [], (p) => references(ws, path(p.textDocument.uri), p.position, p.context.includeDeclaration)),
  );
  connection.onDocumentHighlight(safely('documentHighlight', log, [], (p) => documentHighlights(ws, path(p.textDocument.uri), p.position)));
  connection.onSelectionRanges(safely('selectionRange', log, [], (p) => selectionRanges(ws, path(p.textDocument.uri), p.positions)));
  connection.onPrepareRename(safely('prepareRename', log, null, (p) => prepareRename(ws, path(p.textDocument.uri), p.position)));
  connection.onRenameRequest(safely('rename', log, null, (p) => rename(ws, path(p.textDocument.uri), p.position, p.newName)));
  connection.onDocumentSymbol(
    safely(
      'documentSymbol',
      log,
      [],
      afterCheck((p) => documentSymbols(ws, path(p.textDocument.uri))),
    ),
  );
  connection.onWorkspaceSymbol(safely('workspaceSymbol', log, [], (p) => workspaceSymbols(ws, p.query)));
  connection.onFoldingRanges(
    safely(
      'foldingRange',
      log,
      [],
      afterCheck((p) => foldingRanges(ws, path(p.textDocument.uri))),
    ),
  );
  connection.languages.semanticTokens.on(
    safely(
      'semanticTokens',
      log,
      { data: [] },
      afterCheck((p) => semanticTokens(ws, path(p.textDocument.uri))),
    ),
  );
  connection.onDocumentFormatting(safely('formatting', log, [], (p) => formatDocument(ws, path(p.textDocument.uri), p.options)));
  connection.onCodeAction(
    safely(
      'codeAction',
      log,
      [],
      afterCheck((p) => codeActions(ws, path(p.textDocument.uri), p.range, p.context.only)),
    ),
  );
  connection.languages.inlayHint.on(
    safely(
      'inlayHint',
      log,
      [],
      afterCheck((p) => inlayHints(ws, path(p.textDocument.uri), p.range)),
    ),
  );
  connection.onDocumentLinks(
    safely(
      'documentLink',
      log,
      [],
      afterCheck((p) => documentLinks(ws, path(p.textDocument.uri))),
    ),
  );
  connection.onCodeLens(
    safely(
      'codeLens',
      log,
      [],
      afterCheck((p) => codeLenses(ws, path(p.textDocument.uri))),
    ),
  );
  connection.workspace.onWillRenameFiles(
    safely('willRenameFiles', log, null, (p) =>
      importEditsForRename(
        ws,
        p.files.map((f) => ({ oldPath: path(f.oldUri), newPath: path(f.newUri) })),
      ),
    ),
  );
  connection.onRequest(
    'survey/previewHtml',
    safely('previewHtml', log, { error: 'The preview failed; see the server log.' } as PreviewResult, (p: { uri: string }) =>
      previewHtml(ws, path(p.uri)),
    ),
  );

  connection.onShutdown(() => publisher.dispose());
  return ws;
}
