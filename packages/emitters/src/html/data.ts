// The runtime's view of the survey: per question its kind, codes, bounds and the
// condition that shows it (the same expression tree as in the survey JSON).
import { calcType, textFormats, type Binding, type Question, type Survey } from '@survey/compiler';
import { exprToJson } from '../common/expr.ts';
import { compact } from '../common/json.ts';
import { scaleGrid, missingCodes } from '../common/scale-grid.ts';
import { answerNames, showCondition } from '../common/visibility.ts';
import { anchoredPattern } from '../json-schema/answers.ts';
import type { RuntimeCalculation, RuntimeQuestion } from './runtime/data.ts';
import { selectionBounds } from '../common/selection.ts';
import { optionFilters } from '../common/option-filters.ts';

export function runtimeQuestion(q: Question, binding: Binding): RuntimeQuestion {
  const options = q.choices?.options ?? [];
  const codes = q.scale
    ? scaleGrid(q.scale).map((p) => p.value)
    : q.kind === 'yesno'
      ? ['yes', 'no']
      : options.length
        ? options.map((o) => o.code)
        : undefined;
  const set = q.kind === 'multi' || q.kind === 'ranking';
  const missing = missingCodes(q.scale);
  const filters = binding.survey ? optionFilters(q, binding.survey, binding) : [];
  return compact({
    id: q.id,
    kind: q.kind,
    required: q.required,
    number: q.number,
    when: showCondition(q, binding),
    names: answerNames(q),
    codes,
    scale: q.scale?.id,
    missing: missing.length ? missing : undefined,
    exclusive: options.some((o) => o.exclusive) ? options.filter((o) => o.exclusive).map((o) => o.code) : undefined,
    specify: options.some((o) => o.specify) ? options.filter((o) => o.specify).map((o) => o.code) : undefined,
    min: set ? undefined : q.min,
    max: set ? undefined : q.max,
    pattern: q.pattern !== undefined ? anchoredPattern(q.pattern) : undefined,
    integer: q.kind === 'number' ? q.integer : undefined,
    format: q.format && textFormats[q.format] ? { name: q.format, pattern: anchoredPattern(textFormats[q.format].pattern) } : undefined,
    ...(set ? selectionBounds(q) : {}),
    filters: filters.length ? filters : undefined,
    default: q.default ? exprToJson(q.default, binding) : undefined,
  });
}

/** Question, hidden and calculated value ids piped into any text. */
export function pipedIds(survey: Survey): Set<string> {
  return new Set(
    survey.questions
      .flatMap((q) => q.pipes)
      .filter((id) => survey.variables.has(id) || survey.hidden.has(id) || survey.calculations.has(id)),
  );
}

/** Calculated values in declaration order, for the page to recompute as answers change. */
export function runtimeCalculations(survey: Survey, binding: Binding): RuntimeCalculation[] {
  return [...survey.calculations.values()].map((c) => ({ id: c.id, type: calcType(c.id, binding), expr: exprToJson(c.expr, binding) }));
}
