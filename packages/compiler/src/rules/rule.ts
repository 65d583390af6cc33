// What a rule module declares and what it gets to work with.
import type { Binding } from '../binder/bind.ts';
import type { ResolvedConfig } from '../config.ts';
import type { CodeFix, DiagnosticDef, RelatedInformation } from '../diagnostics/types.ts';
import type { Survey } from '../model.ts';
import type { SourceFile } from '../program.ts';
import type { TextRange } from '@survey/syntax';

export interface ReportOptions {
  code: string;
  file: string;
  range: TextRange;
  args?: Record<string, string | number>;
  related?: RelatedInformation[];
  fixes?: CodeFix[];
}

export interface RuleContext {
  binding: Binding;
  /** The entry file's survey, when it has one. */
  survey?: Survey;
  files: Map<string, SourceFile>;
  config: ResolvedConfig;
  /** Options for one of this rule's codes from survey.config.json (`options`), merged over defaults. */
  options<T extends object>(code: string, defaults: T): T;
  report(options: ReportOptions): void;
}

export interface Rule {
  /** Kebab-case module name (the file is `<name>.rule.ts`). */
  name: string;
  diagnostics: DiagnosticDef[];
  check(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
