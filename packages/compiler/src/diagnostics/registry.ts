// The one list of every diagnostic code. Reporting an unknown code throws: a typo in
// a code is a bug in the compiler, not in the user's survey. Messages are rendered
// here from the code's template, or the named variant of it that the reporter chose.
import { formatMessage, messageTemplate, syntaxMessages, type MessageFor, type TextRange } from '@survey/syntax';
import { coreMessages } from './messages.ts';
import { allRules } from '../rules/index.ts';
import type { Diagnostic, DiagnosticDef } from './types.ts';
import { categoryOf, getDiagnosticCategory } from './categories.ts';

export { formatMessage } from '@survey/syntax';

let byCode: Map<string, DiagnosticDef> | undefined;
let byName: Map<string, DiagnosticDef> | undefined;

function build(): Map<string, DiagnosticDef> {
  if (byCode) return byCode;
  byCode = new Map();
  byName = new Map();
  for (const def of [...syntaxMessages, ...coreMessages, ...allRules.flatMap((r) => r.diagnostics)]) {
    if (byCode.has(def.code)) throw new Error(`Diagnostic code ${def.code} declared twice`);
    if (byName.has(def.name)) throw new Error(`Diagnostic name ${def.name} declared twice`);
    // A config key must say one thing: a code, a rule name or a category.
    if (getDiagnosticCategory(def.name)) throw new Error(`Diagnostic name ${def.name} is a category id`);
    if (!categoryOf(def.code)) throw new Error(`Diagnostic code ${def.code} has no category`);
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

/** A code's message: its template (or the variant `messageId`) filled with `args`. */
export function renderMessage(code: string, messageId: string | undefined, args: Record<string, string | number> = {}): string {
  return formatMessage(messageTemplate(code, requireDiagnosticDef(code).message, messageId), args);
}

type CoreDef = (typeof coreMessages)[number];

/** What reporting one of the codes declared in messages.ts takes: typed like a rule's `ctx.report`. */
export type CoreMessage<C extends CoreDef['code'] = CoreDef['code']> = MessageFor<Extract<CoreDef, { code: C }>>;

/** A diagnostic for one of the codes reported outside the rules (imports, suppressions, config, encoding). */
export function createDiagnostic(report: CoreMessage & { file: string; range: TextRange }): Diagnostic {
  const def = requireDiagnosticDef(report.code);
  return {
    code: report.code,
    severity: def.severity,
    message: renderMessage(report.code, report.messageId, report.args),
    file: report.file,
    range: report.range,
  };
}

/** The URL of a code's entry in the generated rule docs. */
export function docUrl(code: string): string {
  return `https://github.com/survey-lang/survey/blob/main/docs/diagnostics.md#${code.toLowerCase()}`;
}
