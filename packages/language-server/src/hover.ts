// Hover: question text in every language, scale points and labels, choice codes,
// a score's range, a stratum's sizes, a function's signature.
import type { Hover, Position } from 'vscode-languageserver';
import { functions } from '@survey/compiler';
import { toOffset, toRange } from './convert.ts';
import { calleeAt, sameDeclIn, symbolAt } from './locate.ts';
import { entityOf } from './entities.ts';
import { describe, describeScale } from './describe.ts';
import { modelOf } from './model-of.ts';
import { signatureLabel } from './signature.ts';
import type { Workspace } from './workspace.ts';
import { flowHover } from './flow-hover.ts';

export function hover(ws: Workspace, path: string, position: Position): Hover | null {
  const result = ws.result(path);
  const file = result.files.get(path);
  if (!file) return null;
  const map = file.parse.lineMap;
  const offset = toOffset(map, position);
  const markdown = (value: string, range: { start: number; end: number }): Hover => ({
    contents: { kind: 'markdown', value },
    range: toRange(map, range),
  });

  const call = calleeAt(file.parse.ast, offset);
  if (call) {
    const sig = functions[call.callee.name];
    return sig ? markdown(['```survey', signatureLabel(sig), '```', sig.doc].join('\n'), call.callee.range) : null;
  }

  const hit = symbolAt(result, path, offset);
  if (!hit) {
    const flow = result.survey ? flowHover(result.survey, result.binding, path, offset) : undefined;
    return flow ? markdown(flow.value, flow.range) : null;
  }
  const model = modelOf(ws, path);
  const survey = model?.survey;
  if (!hit.decl) {
    // Names with no declaration in source: the built-in nps scale, yes/no codes.
    const scale = hit.ref?.expected.includes('scale') ? (survey ?? result.survey)?.scales.get(hit.name) : undefined;
    if (scale?.builtin) return markdown(describeScale(scale, survey?.languages ?? []).join('\n'), hit.range);
    if (hit.ref?.context === 'code' && (hit.name === 'yes' || hit.name === 'no'))
      return markdown(`**code** \`${hit.name}\` of a yes/no question`, hit.range);
    return null;
  }
  const decl = model ? sameDeclIn(model, hit.decl) : undefined;
  const entity = survey && decl ? entityOf(survey, decl) : undefined;
  if (!entity || !model) return markdown(`**${hit.decl.kind}** \`${hit.decl.name}\``, hit.range);
  return markdown(describe(entity, model), hit.range);
}
