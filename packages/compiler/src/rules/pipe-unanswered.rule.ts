// SVY2185: a piped `{id}` that may have no answer when the text is shown: the piped
// question is optional, or shown only under a condition the piping question does not
// share, or the hidden variable is optional. The respondent then reads a text with a gap
// ("You said your loan was . What could we improve?").
import type * as A from '@survey/syntax';
import { defineRule } from './rule.ts';
import { isRow, type Question } from '../model.ts';
import { walkExpr } from '../expr-walk.ts';

export default defineRule({
  name: 'pipe-unanswered',
  diagnostics: [
    {
      code: 'SVY2185',
      name: 'pipe-may-be-unanswered',
      severity: 'warning',
      message: {
        optional:
          "'{id}' pipes '{name}', which is optional and may be left unanswered: the text then has an empty gap. Show '{id}' only `when answered({name})`, make '{name}' required, or word the text without it.",
        conditional:
          "'{id}' pipes '{name}', which is shown only when {condition}: otherwise the text has an empty gap. Give '{id}' the same condition (or `when answered({name})`), or word the text without it.",
        hidden:
          "'{id}' pipes the hidden variable '{name}', which is optional and may be missing from the link: the text then has an empty gap. Make '{name}' required, show '{id}' only `when answered({name})`, or word the text without it.",
      },
      docs: {
        summary:
          'A piped `{id}` whose answer may be missing when the text is shown: an optional question, a question shown only under a condition the piping question does not share, or an optional hidden variable.',
        rationale:
          'An unanswered pipe leaves a gap in the question ("您对的医生满意吗?"), which confuses respondents and makes the answers to the question incomparable. Survey platforms warn about piping from questions that may be skipped; guard the question with the same condition or with `answered(…)`.',
        bad: 'single department "您今天就诊的科室是?" from departments optional\nrating dept_sat "您对{department}的医生满意吗?" on sat5',
        good: 'single department "您今天就诊的科室是?" from departments optional\nrating dept_sat "您对{department}的医生满意吗?" on sat5 when answered(department)',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    const seen = new Set<string>();
    const textOf = (file: string) => ctx.files.get(file)?.text;
    for (const ref of ctx.binding.references) {
      if (ref.context !== 'pipe' || !ref.fromQuestion || !ref.target) continue;
      const host = s.variables.get(ref.fromQuestion);
      if (!host || isRow(host)) continue;
      const key = `${host.id}\u0000${ref.name}`;
      if (seen.has(key)) continue;
      const hostConds = conditionsOf(host);
      const hostReads = new Set(hostConds.flatMap(names));
      // A host shown only when the piped value is tested (answered(x), x >= 4, x has y) is guarded.
      if (hostReads.has(ref.name)) continue;
      const at = { code: 'SVY2185', file: ref.file, range: ref.range } as const;
      const hidden = s.hidden.get(ref.name);
      if (hidden) {
        if (hidden.required) continue;
        seen.add(key);
        ctx.report({ ...at, messageId: 'hidden', args: { id: host.id, name: ref.name } });
        continue;
      }
      const v = s.variables.get(ref.name);
      if (!v) continue;
      const target = isRow(v) ? v.matrix : v;
      if (target.number >= host.number) continue; // itself or a later question: SVY2005
      const hostText = textOf(host.file);
      const targetText = textOf(target.file);
      const extra = conditionsOf(target).filter(
        (c) => !hostConds.some((h) => h === c || (sourceOf(h, hostText) !== '' && sourceOf(h, hostText) === sourceOf(c, targetText))),
      );
      // A condition the host's conditions also read the variables of is taken as shared.
      const unguarded = extra.filter((c) => !names(c).every((n) => hostReads.has(n)));
      if (unguarded.length > 0) {
        seen.add(key);
        const condition = unguarded.map((c) => `\`${sourceOf(c, targetText)}\``).join(' and ');
        ctx.report({ ...at, messageId: 'conditional', args: { id: host.id, name: ref.name, condition } });
        continue;
      }
      if (!target.required) {
        seen.add(key);
        ctx.report({ ...at, messageId: 'optional', args: { id: host.id, name: ref.name } });
      }
    }
  },
});

function conditionsOf(q: Question): A.Expr[] {
  return [q.section.when, q.when].filter((c): c is A.Expr => !!c);
}

function names(e: A.Expr): string[] {
  const out: string[] = [];
  walkExpr(e, (n) => {
    if (n.kind === 'NameRef') out.push(n.name);
  });
  return out;
}

function sourceOf(e: A.Expr, text: string | undefined): string {
  return (text?.slice(e.range.start, e.range.end) ?? '').replace(/\s+/g, ' ').trim();
}
