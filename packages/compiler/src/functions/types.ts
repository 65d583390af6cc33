// What the function table (table.ts) knows about each built-in function, and the
// hosts through which a consumer lends it the arguments. The table never walks an
// expression tree itself: the checker hands it argument types, the range analysis
// argument ranges, the form's runtime and the analysis evaluator argument values, and
// the SQL renderer argument SQL. So one entry serves the AST, the JSON trees and SQL.
// This file and table.ts import nothing at run time: the form's browser script bundles them.

/** Static type of an expression. */
export type ValueType = 'number' | 'code' | 'set' | 'text' | 'date' | 'bool' | 'group' | 'scale' | 'section' | 'unknown';

/** What an argument position accepts. */
export type ArgKind =
  | 'value'
  | 'item'
  | 'scale'
  | 'section'
  | 'number'
  | 'condition'
  /** A multi-select or ranking question. */
  | 'selection'
  /** A text, a number or a code (concatenation, length). */
  | 'text'
  /** A date answer, a date hidden variable or today(). */
  | 'date'
  /** Any value (coalesce, the branches of if). */
  | 'any';

/** A value at run time: a code, a number, a text or ISO date, a selection, a truth value; undefined when missing. */
export type Value = number | string | boolean | Array<string | number> | undefined;

export type Interval = [number, number];

/** Arguments of one call, lent by an evaluator (the form's runtime, the analysis). */
export interface EvalHost {
  readonly count: number;
  /** The substantive value: undefined when unanswered or a missing code. */
  value(i: number): Value;
  /** A number usable in arithmetic (true/false as 1/0), else undefined. */
  num(i: number): number | undefined;
  truth(i: number): boolean;
  /** Substantive numbers an argument stands for: a matrix its answered rows, an item itself. */
  items(i: number): number[];
  /** The scale range of an argument (a scale name, or an item on a scale). */
  scaleRange(i: number): Interval | undefined;
  /** True when the argument's favourable end is its lowest code (a descending scale; in the analysis also a reverse-coded item). */
  descending(i: number): boolean;
  /** A number literal argument (topbox's k). */
  literal(i: number): number | undefined;
  /** index(): the section's points and the POMP (0–1) of its answered items, reverse-keyed items reversed. */
  sectionUnits(i: number): { points: number; units: number[] } | undefined;
  /** Today's date, ISO `YYYY-MM-DD`. */
  today(): string;
}

/** Arguments of one call, lent by the range analysis. */
export interface RangeHost {
  readonly count: number;
  range(i: number): Interval | undefined;
  /** The ranges of the items an argument stands for (a matrix: each row). */
  itemRanges(i: number): Interval[] | undefined;
  sectionPoints(i: number): number | undefined;
  /** How many options a selection question has. */
  optionCount(i: number): number | undefined;
  literal(i: number): number | undefined;
}

/** Arguments of one call, lent by the SQL renderer (DuckDB and PostgreSQL dialect). */
export interface SqlHost {
  readonly count: number;
  /** SQL of the argument's substantive value (NULL when missing). */
  sql(i: number): string;
  /** SQL of the argument as a truth value (never NULL). */
  truth(i: number): string;
  /** SQL of each item an argument stands for (a matrix: each row). */
  items(i: number): string[];
  scaleRange(i: number): Interval | undefined;
  descending(i: number): boolean;
  literal(i: number): number | undefined;
  /** SQL of a number. */
  number(x: number): string;
}

export interface FunctionDef {
  name: string;
  /** Argument kinds; the last repeats when `variadic`. */
  args: ArgKind[];
  variadic?: boolean;
  minArgs: number;
  /** Computed over all respondents (NPS, shares); evaluation gives one respondent's contribution. */
  aggregate: boolean;
  /** Read the respondent's clock: the result changes from day to day. */
  volatile?: boolean;
  /** The result type, from the argument types. */
  type(args: ValueType[]): ValueType;
  /** The interval the result lies in; undefined when unbounded or unknown. */
  range?(a: RangeHost): Interval | undefined;
  evaluate(a: EvalHost): Value;
  /** The SQL of the result; undefined when SQL cannot express it. */
  sql?(a: SqlHost): string | undefined;
  doc: string;
}
