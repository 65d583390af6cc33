// SVY2002: a name that resolves to nothing, with a "did you mean" quick fix.
import { defineRule } from './rule.ts';
import { closest } from '../text-distance.ts';

const kindWords: Record<string, string> = {
  question: 'question',
  row: 'matrix row',
  hidden: 'hidden variable',
  calc: 'calculated value',
  scale: 'scale',
  choices: 'choice list',
  section: 'section',
  score: 'score',
  strata: 'stratification',
  stratum: 'stratum',
  roster: 'repeat group',
};

export default defineRule({
  name: 'unknown-reference',
  diagnostics: [
    {
      code: 'SVY2002',
      name: 'unknown-reference',
      severity: 'error',
      message: {
        near: "Unknown {kind} '{name}'. Did you mean '{near}'?",
        spelling: "Unknown {kind} '{name}'. Check the spelling against the declared names, or declare it.",
        declare: "Unknown {kind} '{name}'. Declare it first.",
        otherKind: "'{name}' is a {actual}, but a {kind} is expected here. Refer to a {kind}, or rename one of the two.",
        targetOnQuestion:
          "A target compares a score, and '{name}' is a question. Declare a score over it, e.g. `score {name}_score = {formula}`, and set the target on that.",
      },
      docs: {
        summary:
          'A name that is not declared: a question in a condition or formula, a scale after `on`, a list after `from`, a score in a target.',
        bad: 'rating overall "总体满意度" on sat_5',
        good: 'rating overall "总体满意度" on sat5',
      },
    },
  ],
  check(ctx) {
    const names = new Map<string, string[]>();
    for (const d of ctx.binding.declarations) {
      const list = names.get(d.kind) ?? [];
      list.push(d.name);
      names.set(d.kind, list);
    }
    if (ctx.survey?.scales.has('nps')) names.set('scale', [...(names.get('scale') ?? []), 'nps']);
    for (const ref of ctx.binding.references) {
      if (ref.target || ref.context === 'code' || !ref.name) continue;
      if (ref.context === 'target' && ref.name === 'response_rate') continue;
      if (ref.expected.includes('scale') && ref.name === 'nps') continue;
      const at = { code: 'SVY2002', file: ref.file, range: ref.range } as const;
      const kind = ref.expected.map((k) => kindWords[k] ?? k).join(' or ');
      // Declared, but as something else: say what it is rather than "unknown".
      const other = ctx.binding.declarations.find((d) => d.name === ref.name && !ref.expected.includes(d.kind));
      if (other) {
        const question = other.kind === 'question' ? ctx.survey?.questions.find((q) => q.id === ref.name) : undefined;
        if (ref.context === 'target' && question)
          ctx.report({
            ...at,
            messageId: 'targetOnQuestion',
            args: { name: ref.name, formula: question.kind === 'nps' ? `nps(${ref.name})` : `mean(${ref.name})` },
          });
        else ctx.report({ ...at, messageId: 'otherKind', args: { name: ref.name, kind, actual: kindWords[other.kind] ?? other.kind } });
        continue;
      }
      const candidates = ref.expected.flatMap((k) => names.get(k) ?? []);
      const suggestion = closest(ref.name, candidates);
      const args = { kind, name: ref.name };
      if (suggestion)
        ctx.report({
          ...at,
          messageId: 'near',
          args: { ...args, near: suggestion },
          fixes: [{ title: `Change to '${suggestion}'`, edits: [{ file: ref.file, range: ref.range, newText: suggestion }] }],
        });
      else ctx.report({ ...at, messageId: candidates.length ? 'spelling' : 'declare', args });
    }
  },
});
