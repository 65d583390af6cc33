// The one list of every diagnostic code. Reporting an unknown code throws: a typo in
// a code is a bug in the compiler, not in the user's survey.
import { coreMessages } from './messages.ts';
import { allRules } from '../rules/index.ts';
import type { DiagnosticDef } from './types.ts';

let byCode: Map<string, DiagnosticDef> | undefined;
let byName: Map<string, DiagnosticDef> | undefined;

function build(): Map<string, DiagnosticDef> {
  if (byCode) return byCode;
  byCode = new Map();
  byName = new Map();
  for (const def of [...coreMessages, ...allRules.flatMap((r) => r.diagnostics)]) {
    if (byCode.has(def.code)) throw new Error(`Diagnostic code ${def.code} declared twice`);
    if (byName.has(def.name)) throw new Error(`Diagnostic name ${def.name} declared twice`);
    byCode.set(def.code, def);
    byName.set(def.name, def);
  }
  return byCode;
}

export function allDiagnosticDefs(): DiagnosticDef[] {
  return [...build().values()].sort((a, b) => a.code.localeCompare(b.code));
}

export function getDiagnosticDef(codeOrName: string): DiagnosticDef | undefined {
  build();
  return byCode!.get(codeOrName) ?? byName!.get(codeOrName);
}

export function requireDiagnosticDef(code: string): DiagnosticDef {
  const def = getDiagnosticDef(code);
  if (!def) throw new Error(`Unknown diagnostic code ${code}: declare it in the registry first`);
  return def;
}

/**
 * Fills `{name}` placeholders; a missing parameter is a compiler bug. A quoted
 * placeholder ('{words}', “{text}”) holds the survey's own text, which can be a whole
 * question: it is cut to QUOTE_MAX characters so a message stays one readable line
 * (file paths excepted).
 */
export function formatMessage(template: string, args: Record<string, string | number>): string {
  return template.replace(/(['‘“"]?)\{(\w+)\}/g, (_, quote: string, key: string) => {
    if (!(key in args)) throw new Error(`Missing message parameter '${key}' in "${template}"`);
    const value = String(args[key]);
    return quote + (quote && key !== 'path' ? clipQuoted(value) : value);
  });
}

const QUOTE_MAX = 40;

function clipQuoted(value: string): string {
  const chars = Array.from(value);
  return chars.length > QUOTE_MAX ? chars.slice(0, QUOTE_MAX).join('') + '…' : value;
}

/** The URL of a code's entry in the generated rule docs. */
export function docUrl(code: string): string {
  return `https://github.com/survey-lang/survey/blob/main/docs/diagnostics.md#${code.toLowerCase()}`;
}
