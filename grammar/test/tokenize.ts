// Loads the TextMate grammar into vscode-textmate with the oniguruma wasm, as VS Code
// does, and tokenizes text line by line.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';

export interface LineToken {
  line: number;
  start: number;
  end: number;
  text: string;
  scopes: string[];
}

export async function loadGrammar(grammarJson: string): Promise<vsctm.IGrammar> {
  const require = createRequire(import.meta.url);
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === 'source.survey' ? vsctm.parseRawGrammar(grammarJson, 'survey.tmLanguage.json') : null,
  });
  const grammar = await registry.loadGrammar('source.survey');
  if (!grammar) throw new Error('source.survey did not load');
  return grammar;
}

export function tokenize(grammar: vsctm.IGrammar, text: string): LineToken[] {
  const out: LineToken[] = [];
  let state = vsctm.INITIAL;
  text.split(/\r?\n/).forEach((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, state);
    for (const t of result.tokens) {
      out.push({
        line,
        start: t.startIndex,
        end: Math.min(t.endIndex, lineText.length),
        text: lineText.slice(t.startIndex, t.endIndex),
        scopes: t.scopes,
      });
    }
    state = result.ruleStack;
  });
  return out;
}

/** The innermost scopes at a line and column. */
export function scopesAt(tokens: LineToken[], line: number, column: number): string[] {
  return tokens.find((t) => t.line === line && t.start <= column && column < t.end)?.scopes ?? [];
}
