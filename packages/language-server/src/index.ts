// The package's API for tests and embedders: the server and its feature functions,
// each taking a Workspace, a file path and an LSP position.
export { startServer, type ServerOptions } from './server.ts';
export { Workspace, type OpenDocument, type WorkspaceOptions } from './workspace.ts';
export { DiagnosticsPublisher } from './publisher.ts';
export { diagnosticsFor, toLspDiagnostic } from './diagnostics.ts';
export { completion } from './completion.ts';
export { hover } from './hover.ts';
export { signatureHelp } from './signature-help.ts';
export { documentHighlights } from './highlight.ts';
export { selectionRanges } from './selection-ranges.ts';
export { codeLenses } from './code-lens.ts';
export { documentLinks, importEditsForRename, importPathItems } from './imports.ts';
export { definition } from './definition.ts';
export { references } from './references.ts';
export { prepareRename, rename } from './rename.ts';
export { documentSymbols, workspaceSymbols } from './symbols.ts';
export { foldingRanges } from './folding.ts';
export { legend, semanticTokens } from './semantic-tokens.ts';
export { formatDocument } from './formatting.ts';
export { codeActions } from './code-actions.ts';
export { inlayHints } from './inlay-hints.ts';
export { pathToUri, uriToPath } from './uri.ts';
export { previewHtml, type PreviewResult } from './preview.ts';
