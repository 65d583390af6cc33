// SVY2057: two answer variables (questions, matrix rows, hidden variables, calculated
// values, scores) whose ids differ only by case. They become columns of one data file,
// and SPSS, SAS, Excel headers and SQL engines such as DuckDB do not tell `Q1` from `q1`.
import { defineRule } from './rule.ts';
import type { Declaration } from '../binder/symbols.ts';

const columns = new Set(['question', 'row', 'hidden', 'calc', 'score']);

export default defineRule({
  name: 'id-case',
  diagnostics: [
    {
      code: 'SVY2057',
      name: 'ids-differ-by-case',
      severity: 'error',
      message:
        "'{id}' differs from '{other}' only by case: in SPSS, SAS, Excel and SQL they are one column, and one overwrites the other. Rename one of them.",
      docs: {
        summary:
          'Two answer variables (questions, rows, hidden variables, calculated values, scores) whose ids differ only by upper and lower case.',
        rationale:
          'Every variable is a column of the data; case-insensitive tools (SPSS, SAS, Excel, DuckDB and PostgreSQL identifiers) merge the two, so an estimate silently uses the wrong answers.',
        bad: 'rating Q1 "总体满意度" on sat5\nrating q1 "服务满意度" on sat5',
        good: 'rating overall "总体满意度" on sat5\nrating service "服务满意度" on sat5',
      },
    },
  ],
  check(ctx) {
    const first = new Map<string, Declaration>();
    for (const d of ctx.binding.declarations) {
      if (!columns.has(d.kind)) continue;
      const key = d.name.toLowerCase();
      const seen = first.get(key);
      if (!seen) first.set(key, d);
      else if (seen.name !== d.name)
        ctx.report({
          code: 'SVY2057',
          file: d.file,
          range: d.nameRange,
          args: { id: d.name, other: seen.name },
          related: [{ file: seen.file, range: seen.nameRange, message: `'${seen.name}' is declared here` }],
        });
    }
  },
});
