// What a rule module declares and what it gets to work with. A rule's codes are typed
// from its own declarations: `ctx.report` takes only those codes, a variant of their
// message (`messageId`) and exactly the arguments that variant's template names.
import type { Binding } from '../binder/bind.ts';
import type { ResolvedConfig } from '../config.ts';
import type { CodeFix, DiagnosticDef, RelatedInformation } from '../diagnostics/types.ts';
import type { Survey } from '../model.ts';
import type { SourceFile } from '../program.ts';
import type { MessageFor, TextRange } from '@survey/syntax';

interface ReportPlace {
  file: string;
  range: TextRange;
  related?: RelatedInformation[];
  fixes?: CodeFix[];
}

type ReportOptions<D = DiagnosticDef> = MessageFor<D> & ReportPlace;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** One message variant of the code `D` with its arguments, for a helper that works out which one to report. */
export type VariantOf<D> = DistributiveOmit<MessageFor<D>, 'code'>;

export interface RuleContext<D = DiagnosticDef> {
  binding: Binding;
  /** The entry file's survey, when it has one. */
  survey?: Survey;
  files: Map<string, SourceFile>;
  config: ResolvedConfig;
  /** Options for one of this rule's codes from survey.config.json (`options`), merged over defaults. */
  options<T extends object>(code: string, defaults: T): T;
  report(options: ReportOptions<D>): void;
}

export interface Rule {
  /** Kebab-case module name (the file is `<name>.rule.ts`). */
  name: string;
  diagnostics: DiagnosticDef[];
  check(ctx: RuleContext): void;
}

interface RuleDefinition<D extends readonly DiagnosticDef[]> {
  name: string;
  diagnostics: D;
  check(ctx: RuleContext<D[number]>): void;
}

export function defineRule<const D extends readonly DiagnosticDef[]>(rule: RuleDefinition<D>): Rule {
  return rule as unknown as Rule;
}
