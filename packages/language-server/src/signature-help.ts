// Signature help inside a call of a built-in function: the signature from the
// compiler's function table, its documentation, and the argument the cursor is in
// (a variadic function's last argument stays active). Read from the tokens, so it
// works while the call is half typed (`rescale(`).
import { MarkupKind, type Position, type SignatureHelp } from 'vscode-languageserver';
import { functions } from '@survey/compiler';
import { toOffset } from './convert.ts';
import { cursorContext, enclosingCall } from './completion-context.ts';
import { signatureParts } from './signature.ts';
import type { Workspace } from './workspace.ts';

/** `trigger`: the character typed, when a trigger character ( `(` or `,` ) made the client ask. */
export function signatureHelp(ws: Workspace, path: string, position: Position, trigger?: string): SignatureHelp | null {
  // A comma typed inside a text ("Yes, I agree") is no call: answer without compiling.
  if (trigger && insideString(ws.host.readFile(path)?.split('\n')[position.line]?.slice(0, position.character))) return null;
  const file = ws.result(path).files.get(path);
  if (!file) return null;
  const ctx = cursorContext(file.parse, toOffset(file.parse.lineMap, position));
  if (ctx.kind !== 'code') return null;
  const call = enclosingCall(ctx);
  const def = call && Object.hasOwn(functions, call.name) ? functions[call.name] : undefined;
  if (!call || !def) return null;
  const { label, params } = signatureParts(def);
  const last = def.args.length - 1;
  return {
    signatures: [
      {
        label,
        documentation: { kind: MarkupKind.Markdown, value: def.doc },
        parameters: params.map((p) => ({ label: p.range, documentation: p.doc })),
      },
    ],
    activeSignature: 0,
    activeParameter: def.variadic ? Math.min(call.arg, last) : call.arg,
  };
}

/** True when the line so far has an open string (an odd number of unescaped quotes, no comment before). */
function insideString(before: string | undefined): boolean {
  if (before === undefined) return true;
  let open = false;
  for (let i = 0; i < before.length; i++) {
    if (open && before[i] === '\\') i++;
    else if (before[i] === '"') open = !open;
    else if (!open && before.startsWith('//', i)) return true;
  }
  return open;
}
