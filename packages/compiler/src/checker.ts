// Runs every rule over the bound program. A rule that throws is a compiler bug:
// it is reported as a diagnostic on the survey so the user still gets the rest.
import { allRules } from './rules/index.ts';
import { renderMessage, requireDiagnosticDef } from './diagnostics/registry.ts';
import type { Diagnostic } from './diagnostics/types.ts';
import type { Binding } from './binder/bind.ts';
import type { ResolvedConfig } from './config.ts';
import type { SourceFile } from './program.ts';
import type { Rule, RuleContext } from './rules/rule.ts';

export interface CheckInput {
  binding: Binding;
  files: Map<string, SourceFile>;
  config: ResolvedConfig;
  rules?: Rule[];
}

export function check(input: CheckInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of input.rules ?? allRules) {
    const own = new Set(rule.diagnostics.map((d) => d.code));
    const ctx: RuleContext = {
      binding: input.binding,
      survey: input.binding.survey,
      files: input.files,
      config: input.config,
      options: (code, defaults) => ({ ...defaults, ...(input.config.ruleOptions.get(code) ?? {}) }),
      report: ({ code, messageId, file, range, args = {}, related, fixes }) => {
        if (!own.has(code)) throw new Error(`Rule ${rule.name} reported ${code}, which it does not declare`);
        const def = requireDiagnosticDef(code);
        out.push({
          code,
          severity: def.severity,
          message: renderMessage(code, messageId, args),
          file,
          range,
          ...(related ? { related } : {}),
          ...(fixes ? { fixes } : {}),
        });
      },
    };
    try {
      rule.check(ctx);
    } catch (e) {
      if (process.env.SURVEY_DEBUG) throw e;
      const def = requireDiagnosticDef('SVY0001');
      const message = renderMessage(def.code, undefined, { rule: rule.name, reason: (e as Error)?.message ?? String(e) });
      out.push({ code: def.code, severity: def.severity, message, file: input.binding.entry, range: { start: 0, end: 0 } });
    }
  }
  return out;
}
