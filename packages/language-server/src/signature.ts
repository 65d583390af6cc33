// How a built-in function is written, from the compiler's function table: one label
// for hover, completion details and signature help, and what each argument kind
// accepts. Optional arguments (past the table's minArgs) carry a `?`; a variadic
// function repeats its last argument (`…`).
import type { ArgKind, FunctionDef } from '@survey/compiler';

/** What an argument of each kind accepts, in the words of the language reference. */
const kindDoc: Record<ArgKind, string> = {
  value: 'a question, a matrix (its rows), a row, a calculated value or a number',
  item: 'one question or row on a scale',
  scale: 'a scale name (or the built-in nps)',
  section: 'a section name',
  number: 'a number',
  condition: 'a condition, as after `when`',
  selection: 'a multi-select or ranking question',
  text: 'a text, a number or a code',
  date: 'a date answer, a date hidden variable or today()',
  any: 'any value',
};

export interface SignatureParts {
  label: string;
  /** [start, end) of each parameter in the label. */
  params: Array<{ range: [number, number]; doc: string }>;
}

export function signatureParts(def: FunctionDef): SignatureParts {
  let label = `${def.name}(`;
  const params: SignatureParts['params'] = [];
  def.args.forEach((kind, i) => {
    if (i > 0) label += ', ';
    const text = i >= def.minArgs ? `${kind}?` : kind;
    params.push({ range: [label.length, label.length + text.length], doc: kindDoc[kind] });
    label += text;
  });
  if (def.variadic) label += ', …';
  return { label: label + ')', params };
}

export function signatureLabel(def: FunctionDef): string {
  return signatureParts(def).label;
}
