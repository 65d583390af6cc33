// Reusable answer types in `$defs`: one per scale, choice list and yes/no, each an
// enumeration of codes with their labels (`oneOf` of `const` + `title`), so that a
// battery of 50 items on one scale states the scale once.
import type { ChoiceList, Scale, Survey } from '@survey/compiler';
import { scaleGrid } from '../common/scale-grid.ts';
import { textIn, yesNoLabel } from '../common/texts.ts';
import { compact } from '../common/json.ts';

export function scaleRef(scale: Scale): string {
  return `#/$defs/scale.${scale.id}`;
}

export function listRef(list: ChoiceList): string {
  return list.inline ? `#/$defs/options.${list.id}` : `#/$defs/choices.${list.id}`;
}

export const YESNO_REF = '#/$defs/yesno';

/** One JSON type for the codes; none when they mix numbers and strings (strict ajv forbids type unions). */
function typeOfCodes(codes: Array<string | number>): string | undefined {
  const types = new Set(codes.map((c) => (typeof c === 'string' ? 'string' : Number.isInteger(c) ? 'integer' : 'number')));
  if (types.has('number')) types.delete('integer');
  return types.size === 1 ? [...types][0] : undefined;
}

function scaleDef(scale: Scale, survey: Survey) {
  const grid = scaleGrid(scale);
  return compact({
    type: typeOfCodes(grid.map((p) => p.value)),
    oneOf: grid.map((p) =>
      compact({
        const: p.value,
        title: p.label ? textIn(p.label, survey.defaultLanguage, survey) : String(p.value),
        description: p.missing ? 'non-substantive code: a valid answer that never enters a score' : undefined,
      }),
    ),
  });
}

function listDef(list: ChoiceList, survey: Survey) {
  return compact({
    type: typeOfCodes(list.options.map((o) => o.code)),
    oneOf: list.options.map((o) => ({ const: o.code, title: textIn(o.label, survey.defaultLanguage, survey) || String(o.code) })),
  });
}

function yesNoDef(survey: Survey) {
  return {
    type: 'string',
    oneOf: (['yes', 'no'] as const).map((code) => ({
      const: code,
      title: textIn(yesNoLabel(code, survey.languages), survey.defaultLanguage, survey),
    })),
  };
}

/** `$defs` for every scale, list and yes/no that some question (or hidden variable) uses, in first-use order. */
export function collectDefs(survey: Survey): Record<string, unknown> {
  const defs: Record<string, unknown> = {};
  for (const q of survey.questions) {
    if (q.scale && (q.kind === 'rating' || q.kind === 'nps' || q.kind === 'matrix'))
      defs[scaleRef(q.scale).slice(8)] ??= scaleDef(q.scale, survey);
    if (q.choices && (q.kind === 'single' || q.kind === 'multi' || q.kind === 'ranking'))
      defs[listRef(q.choices).slice(8)] ??= listDef(q.choices, survey);
    if (q.kind === 'yesno') defs[YESNO_REF.slice(8)] ??= yesNoDef(survey);
  }
  for (const h of survey.hidden.values()) if (h.choices) defs[listRef(h.choices).slice(8)] ??= listDef(h.choices, survey);
  return defs;
}
