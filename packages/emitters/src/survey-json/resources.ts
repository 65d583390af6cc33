// Scales and choice lists of the compiled survey JSON.
import type { Binding, ChoiceList, Scale, Survey } from '@survey/compiler';
import { exprToJson } from '../common/expr.ts';
import { NPS_BANDS } from '@survey/compiler';
import { compact } from '../common/json.ts';
import { ordered } from '../common/texts.ts';
import { scaleGrid } from '../common/scale-grid.ts';
import { optionImageJson } from './answer-types.ts';

export function scaleJson(scale: Scale, survey: Survey) {
  return compact({
    id: scale.id,
    builtin: scale.builtin,
    min: scale.min,
    max: scale.max,
    step: scale.step,
    direction: scale.descending ? 'descending' : 'ascending',
    anchored: scale.anchored,
    points: scaleGrid(scale).map((p) => compact({ value: p.value, label: ordered(p.label, survey.languages), missing: p.missing })),
    bands: scale.builtin === 'nps' ? NPS_BANDS : undefined,
  });
}

/** The options of a list; with a binding (a question's own options or a shared list), their choice filters too. */
export function optionsJson(list: ChoiceList, survey: Survey, binding?: Binding) {
  return list.options.map((o) =>
    compact({
      code: o.code,
      label: ordered(o.label, survey.languages) ?? {},
      specify: o.specify || undefined,
      exclusive: o.exclusive || undefined,
      fixed: o.fixed || undefined,
      when: binding && o.when ? exprToJson(o.when, binding) : undefined,
      image: optionImageJson(o, survey),
    }),
  );
}

/** Scales the survey declares or imports, plus the built-in nps scale when a question uses it. */
export function usedScales(survey: Survey): Scale[] {
  const npsUsed = survey.questions.some((q) => q.scale?.builtin === 'nps');
  return [...survey.scales.values()].filter((s) => !s.builtin || npsUsed);
}

export function namedChoiceLists(survey: Survey): ChoiceList[] {
  return [...survey.choiceLists.values()].filter((l) => !l.inline);
}
