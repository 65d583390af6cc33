// What every part of the compiler reports. Positions are offsets into `file`;
// consumers turn them into line/column with the file's LineMap.
import type { MessageTemplates, TextRange } from '@survey/syntax';

export type Severity = 'error' | 'warning' | 'info';

export interface TextEdit {
  file: string;
  range: TextRange;
  newText: string;
}

/** A quick fix: a title and the edits that apply it. */
export interface CodeFix {
  title: string;
  edits: TextEdit[];
}

export interface RelatedInformation {
  file: string;
  range: TextRange;
  message: string;
}

export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  file: string;
  range: TextRange;
  related?: RelatedInformation[];
  fixes?: CodeFix[];
}

export interface DiagnosticDoc {
  /** One line: what the rule finds. */
  summary: string;
  /** Why it matters, with the source (QAS-99, Krosnick & Presser, GB/T 19038 …) where there is one. */
  rationale?: string;
  bad?: string;
  good?: string;
}

export interface DiagnosticDef {
  code: string;
  /** Kebab-case name; config files may use it instead of the code. */
  name: string;
  severity: Severity;
  /**
   * Template with `{named}` parameters and `{n, plural, one {…} other {…}}` counts, or
   * named variants of it, one per way the problem shows up; a rule reports a variant
   * by `messageId` and the variant's parameters are typed (`MessageArgs`).
   */
  message: MessageTemplates;
  docs: DiagnosticDoc;
}
