// Static types of expressions, for the checker's type rules and the emitters.
import type * as A from '@survey/syntax';
import type { Binding } from './binder/bind.ts';
import { isRow, type HiddenVariable, type Question, type Row } from './model.ts';
import { functions } from './functions/table.ts';
import { rosterAt, within } from './roster.ts';
import type { ValueType } from './functions/types.ts';

export type ExprType = ValueType;

/** The variable a name resolves to, if it is a question or a row. */
export function variableOf(e: A.Expr | undefined, binding: Binding): Question | Row | undefined {
  if (e?.kind !== 'NameRef') return undefined;
  const ref = binding.referenceAt.get(e);
  if (!ref?.target || (ref.target.kind !== 'question' && ref.target.kind !== 'row')) return undefined;
  return binding.survey?.variables.get(e.name);
}

/** The hidden variable a name resolves to. */
export function hiddenOf(e: A.Expr | undefined, binding: Binding): HiddenVariable | undefined {
  if (e?.kind !== 'NameRef') return undefined;
  const ref = binding.referenceAt.get(e);
  if (ref?.target?.kind !== 'hidden') return undefined;
  return binding.survey?.hidden.get(e.name);
}

function variableType(v: Question | Row): ExprType {
  if (isRow(v)) return 'number';
  switch (v.kind) {
    case 'rating':
    case 'nps':
    case 'number':
      return 'number';
    case 'matrix':
      return 'group';
    case 'single':
      return 'code';
    case 'multi':
    case 'ranking':
      return 'set';
    case 'text':
      return 'text';
    case 'date':
      return 'date';
    case 'yesno':
      return 'code';
    // A file, a location or a signature is not a value: only answered(q) reads it (SVY2120).
    case 'file':
    case 'geopoint':
    case 'signature':
      return 'unknown';
  }
}

/**
 * A roster's name: inside a `for each` loop, the current option (a code of the source's
 * list); anywhere else a number — the current instance's position inside, the number of
 * instances outside.
 */
function rosterNameType(e: A.NameRef, file: string, binding: Binding): ExprType {
  const s = binding.survey;
  const r = s?.rosters.find((x) => x.id === e.name);
  if (!s || !r) return 'unknown';
  return r.count.kind === 'each' && within(rosterAt(s, file, e.range.start), r) ? 'code' : 'number';
}

export function typeOf(e: A.Expr | undefined, binding: Binding): ExprType {
  if (!e) return 'unknown';
  switch (e.kind) {
    case 'Number':
      return 'number';
    case 'String':
      return 'text';
    case 'Paren':
      return typeOf(e.expr, binding);
    case 'Unary':
      return e.op === 'not' ? 'bool' : 'number';
    case 'NameRef': {
      const ref = binding.referenceAt.get(e);
      if (!ref?.target) return 'unknown';
      if (ref.target.kind === 'score') return 'number';
      if (ref.target.kind === 'calc') return calcType(e.name, binding);
      if (ref.target.kind === 'scale') return 'scale';
      if (ref.target.kind === 'section') return 'section';
      if (ref.target.kind === 'code') return 'code';
      if (ref.target.kind === 'hidden') return binding.survey?.hidden.get(e.name)?.type ?? 'unknown';
      if (ref.target.kind === 'roster') return rosterNameType(e, ref.file, binding);
      const v = variableOf(e, binding);
      return v ? variableType(v) : 'unknown';
    }
    case 'Binary':
      if (['and', 'or', '==', '!=', '<', '<=', '>', '>=', 'has'].includes(e.op)) return 'bool';
      return 'number';
    case 'Call': {
      const def = functions[e.callee.name];
      return def ? def.type(e.args.map((a) => typeOf(a, binding))) : 'unknown';
    }
  }
}

/** Calculated values whose type is being computed: a cycle (reported by its rule) types as unknown. */
const typing = new Set<string>();

/** The type of a calculated value: the type of its formula. */
export function calcType(name: string, binding: Binding): ExprType {
  const c = binding.survey?.calculations.get(name);
  if (!c || typing.has(name)) return 'unknown';
  typing.add(name);
  try {
    return typeOf(c.expr, binding);
  } finally {
    typing.delete(name);
  }
}
