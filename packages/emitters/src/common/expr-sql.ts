// Expressions (the JSON trees of expr.ts) as SQL over a responses table with one
// column per variable, with the evaluators' semantics: a missing value is NULL, a
// comparison with NULL is false, division by zero is NULL. Calls are rendered by the
// compiler's function table (its `sql` entries), so a formula means the same in the
// form, in the JavaScript analysis and in SQL. DuckDB and PostgreSQL read the output.
import { functions } from '@survey/compiler';
import type { ExprJson } from './expr.ts';

export interface SqlColumns {
  /** SQL of a variable's substantive value (NULL when unanswered or a missing code). */
  variable(name: string): string;
  /** SQL of a score or calculated value. */
  computed?(name: string): string;
  /** The scale range of a variable or of a named scale. */
  range(e: ExprJson): [number, number] | undefined;
  descending(name: string): boolean;
  /** The variables a name stands for in mean()/sum() (a matrix: its rows). */
  items?(name: string): string[] | undefined;
}

const sqlNumber = (x: number) => (Number.isInteger(x) ? `${x}.0` : String(x));
const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** SQL of an expression's value; undefined when a function has no SQL form. */
export function exprSql(e: ExprJson, cols: SqlColumns): string | undefined {
  switch (e.type) {
    case 'number':
      return sqlNumber(e.value);
    case 'string':
    case 'code':
      return typeof e.value === 'number' ? sqlNumber(e.value) : sqlString(e.value);
    case 'var':
      return cols.variable(e.name);
    case 'hidden':
      return cols.variable(e.name);
    case 'score':
    case 'calc':
      return cols.computed?.(e.name);
    case 'scale':
    case 'section':
      return undefined;
    case 'unary': {
      if (e.op === 'not') return `(NOT ${truthSql(e.operand, cols)})`;
      const x = exprSql(e.operand, cols);
      return x && `(- ${x})`;
    }
    case 'binary': {
      if (e.op === 'and' || e.op === 'or' || e.op === 'has' || isComparison(e.op)) return truthSql(e, cols);
      const l = exprSql(e.left, cols);
      const r = exprSql(e.right, cols);
      if (!l || !r) return undefined;
      return e.op === '/' ? `(${l} / NULLIF(${r}, 0))` : `(${l} ${e.op} ${r})`;
    }
    case 'call': {
      const def = functions[e.fn];
      const args = e.args;
      const parts = args.map((a) => exprSql(a, cols));
      if (!def?.sql) return undefined;
      let missing = false;
      const sql = def.sql({
        count: args.length,
        sql: (i) => parts[i] ?? ((missing = true), 'NULL'),
        truth: (i) => truthSql(args[i], cols) ?? ((missing = true), 'FALSE'),
        items: (i) => {
          const a = args[i];
          const names = a.type === 'var' ? cols.items?.(a.name) : undefined;
          return names ? names.map((n) => cols.variable(n)) : [parts[i] ?? ((missing = true), 'NULL')];
        },
        scaleRange: (i) => cols.range(args[i]),
        descending: (i) => (args[i].type === 'var' ? cols.descending((args[i] as { name: string }).name) : false),
        literal: (i) => (args[i]?.type === 'number' ? (args[i] as { value: number }).value : undefined),
        number: sqlNumber,
      });
      return missing ? undefined : sql;
    }
  }
}

function isComparison(op: string): boolean {
  return ['==', '!=', '<', '<=', '>', '>='].includes(op);
}

/** SQL of an expression as a condition: never NULL (a comparison with a missing value is false). */
export function truthSql(e: ExprJson, cols: SqlColumns): string | undefined {
  if (e.type === 'binary' && (e.op === 'and' || e.op === 'or')) {
    const l = truthSql(e.left, cols);
    const r = truthSql(e.right, cols);
    return l && r && `(${l} ${e.op.toUpperCase()} ${r})`;
  }
  if (e.type === 'unary' && e.op === 'not') {
    const x = truthSql(e.operand, cols);
    return x && `(NOT ${x})`;
  }
  if (e.type === 'binary' && (isComparison(e.op) || e.op === 'has')) {
    const l = exprSql(e.left, cols);
    const r = exprSql(e.right, cols);
    if (!l || !r) return undefined;
    if (e.op === 'has') return `COALESCE(list_contains(${l}, ${r}), FALSE)`;
    const op = e.op === '==' ? '=' : e.op === '!=' ? '<>' : e.op;
    return `COALESCE(${l} ${op} ${r}, FALSE)`;
  }
  const x = exprSql(e, cols);
  return x && `COALESCE(CAST(${x} AS DOUBLE PRECISION) <> 0, FALSE)`;
}
