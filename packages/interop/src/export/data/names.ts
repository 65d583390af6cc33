// Variable names in a statistics package: the CSV's column names made valid there
// (SPSS: no leading '_', no reserved words; Stata: no '.', 32 characters), plus a
// 0/1 indicator `q_code` per option of a multi-select, all unique.
import { indicatorsOf, type DataVariable } from './variables.ts';

export interface NameRules {
  maxLength: number;
  /** Turns a column name into a valid name (before uniqueness is enforced). */
  fix(name: string): string;
  reserved: ReadonlySet<string>;
}

export interface TargetNames {
  /** The package's name of a CSV column. */
  of(column: string): string;
  /** The package's name of the indicator of option `code` of multi-select column `column`. */
  indicator(column: string, code: string | number): string;
}

export function targetNames(vars: DataVariable[], rules: NameRules): TargetNames {
  const taken = new Set<string>();
  const claim = (wanted: string): string => {
    let base = rules.fix(wanted).slice(0, rules.maxLength);
    if (rules.reserved.has(base.toUpperCase()) || rules.reserved.has(base)) base = `${base}_`.slice(0, rules.maxLength);
    let name = base;
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, rules.maxLength - String(i).length - 1)}_${i}`;
    taken.add(name.toLowerCase());
    return name;
  };
  const columns = new Map(vars.map((v) => [v.name, claim(v.name)]));
  const indicators = new Map<string, string>();
  for (const v of vars) for (const o of indicatorsOf(v)) indicators.set(`${v.name}\u0000${o.code}`, claim(`${v.name}_${o.code}`));
  return {
    of: (column) => columns.get(column)!,
    indicator: (column, code) => indicators.get(`${column}\u0000${code}`)!,
  };
}

export const spssRules: NameRules = {
  maxLength: 64,
  fix: (n) => (/^[A-Za-z@#$]/.test(n) ? n : `v${n}`).replace(/\.$/, '_'),
  reserved: new Set(['ALL', 'AND', 'BY', 'EQ', 'GE', 'GT', 'LE', 'LT', 'NE', 'NOT', 'OR', 'TO', 'WITH']),
};

export const stataRules: NameRules = {
  maxLength: 32,
  fix: (n) => n.replace(/[^A-Za-z0-9_]/g, '_'),
  reserved: new Set('_all _b _cons _n _N _pi _pred _rc _se _skip byte double float if in int long str strL using with'.split(' ')),
};
