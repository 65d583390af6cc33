// The package layering as data: which workspace packages each package (a folder under
// packages/) may import. testing/layering.test.ts reads every import in every package
// and fails on one that goes up or sideways, reaches into another package by a relative
// path, or names a dependency the package.json does not declare. ARCHITECTURE.md links
// here. Adding a package is one line; a folder not listed here fails the test.

export interface Layer {
  /** Folders under packages/ this package may import (by their package names). */
  may: string[];
  /** Modules the host provides at run time, not declared as dependencies (the editor API). */
  provided?: string[];
}

export const layers: Record<string, Layer> = {
  syntax: { may: [] },
  compiler: { may: ['syntax'] },
  emitters: { may: ['compiler', 'syntax'] },
  // Above the emitters, below the CLI (being added by other work).
  analyze: { may: ['emitters', 'compiler', 'syntax'] },
  interop: { may: ['emitters', 'compiler', 'syntax', 'prettier-plugin-survey'] },
  'prettier-plugin-survey': { may: ['syntax'] },
  // The server previews HTML through the emitters and formats through the plugin.
  'language-server': { may: ['emitters', 'compiler', 'syntax', 'prettier-plugin-survey'] },
  cli: { may: ['analyze', 'interop', 'emitters', 'compiler', 'syntax', 'prettier-plugin-survey'] },
  vscode: { may: ['language-server'], provided: ['vscode'] },
};
