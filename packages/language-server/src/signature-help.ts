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

export function signatureHelp(ws: Workspace, path: string, position: Position): SignatureHelp | null {
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
