// Declarations and references found by the binder. The same tables serve the
// checker (unknown names, duplicates) and the language server (definition,
// references, rename, document symbols), so neither walks the tree again.
import type { TextRange } from '@survey/syntax';

export type SymbolKind =
  | 'question'
  | 'row'
  | 'hidden'
  /** A calculated value (`let`). */
  | 'calc'
  | 'scale'
  | 'choices'
  | 'section'
  | 'score'
  | 'strata'
  | 'stratum'
  | 'glossary'
  | 'survey'
  | 'code'
  /** A repeat group (roster). */
  | 'roster';

export interface Declaration {
  kind: SymbolKind;
  name: string;
  file: string;
  /** Range of the name itself. */
  nameRange: TextRange;
  /** Range of the whole declaration. */
  range: TextRange;
  /** For codes: the list or scale they belong to. */
  container?: string;
}

export type ReferenceContext =
  | 'condition'
  | 'formula'
  | 'pipe'
  | 'scale'
  | 'choices'
  | 'section'
  | 'target'
  | 'sample'
  | 'quality'
  | 'analysis'
  | 'code'
  /** `members` in `sum(members.age)`: the repeat group a question is named through. */
  | 'group';

export interface Reference {
  name: string;
  file: string;
  range: TextRange;
  /** What kinds of symbol the position accepts, in order of preference. */
  expected: SymbolKind[];
  context: ReferenceContext;
  /** The declaration it resolves to; undefined when it does not resolve. */
  target?: Declaration;
  /** For a `when`/pipe: the question that holds it (to check order). */
  fromQuestion?: string;
}
