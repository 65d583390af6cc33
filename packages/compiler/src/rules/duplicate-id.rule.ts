// SVY2001: two declarations with one name in one namespace. Questions and matrix
// rows share a namespace because both are answer variables; hidden variables join
// them because conditions and pipes read all three by name.
import { defineRule } from './rule.ts';
import type { Declaration } from '../binder/symbols.ts';

function namespace(d: Declaration): string {
  switch (d.kind) {
    case 'question':
    case 'row':
    case 'hidden':
    case 'calc':
    case 'roster':
      return 'variable';
    case 'stratum':
      return `${d.kind}:${d.container ?? ''}`;
    default:
      return d.kind;
  }
}

export default defineRule({
  name: 'duplicate-id',
  diagnostics: [
    {
      code: 'SVY2001',
      name: 'duplicate-id',
      severity: 'error',
      message: "'{name}' is already declared as a {kind}. Rename one of them: ids must be unique.",
      docs: {
        summary: 'Two questions (or rows, scales, choice lists, sections, scores, strata, codes in one list) with the same id.',
        rationale: 'Ids name the variables in the data file and in every formula; a repeated id makes answers ambiguous.',
        bad: 'rating q1 "服务态度" on sat5\nrating q1 "响应速度" on sat5',
        good: 'rating attitude "服务态度" on sat5\nrating speed "响应速度" on sat5',
      },
    },
  ],
  check(ctx) {
    const seen = new Map<string, Declaration>();
    for (const d of ctx.binding.declarations) {
      // Codes repeated within one list are choice-list's SVY2015.
      if (d.kind === 'code') continue;
      const key = namespace(d) + '\u0000' + d.name;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, d);
        continue;
      }
      // A shared section used twice is reported at its second use, by section-use.
      if (d.kind === 'section' && first.file === d.file && first.range.start === d.range.start) continue;
      ctx.report({
        code: 'SVY2001',
        file: d.file,
        range: d.nameRange,
        args: { name: d.name, kind: first.kind },
        related: [{ file: first.file, range: first.nameRange, message: `'${d.name}' is first declared here` }],
      });
    }
  },
});
