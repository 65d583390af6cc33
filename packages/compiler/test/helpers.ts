// Test helpers: compile inline text (with virtual imported files) and list the
// diagnostics as `line:col CODE`, the form rule tests assert on.
import { compileText, parseConfig, type CompileResult, type Diagnostic } from '../src/index.ts';

export function compile(text: string, opts: { files?: Record<string, string>; config?: object } = {}): CompileResult {
  const config = opts.config ? parseConfig(JSON.stringify(opts.config), '/virtual/survey.config.json') : undefined;
  return compileText(text, { files: opts.files, config });
}

export function where(result: CompileResult, d: Diagnostic): string {
  const f = result.files.get(d.file);
  const p = f ? f.parse.lineMap.position(d.range.start) : { line: 0, character: 0 };
  return `${p.line + 1}:${p.character + 1}`;
}

/** `line:col CODE 'covered text'` for every diagnostic (optionally only some codes). */
export function codes(text: string, opts: { files?: Record<string, string>; config?: object; only?: string[] } = {}): string[] {
  const r = compile(text, opts);
  return r.diagnostics
    .filter((d) => !opts.only || opts.only.includes(d.code))
    .map((d) => `${where(r, d)} ${d.code} '${r.files.get(d.file)?.text.slice(d.range.start, d.range.end) ?? ''}'`);
}

/** Wraps question lines in a minimal, clean bilingual survey. */
export function survey(body: string): string {
  return `survey t {
  title "测试" en: "Test"
  languages zh, en
  scale sat5 1..5 {
    1 "非常不满意" en: "Very dissatisfied"
    2 "不满意" en: "Dissatisfied"
    3 "一般" en: "Neutral"
    4 "满意" en: "Satisfied"
    5 "非常满意" en: "Very satisfied"
  }
${body}
}
`;
}

/** Only the structural codes (SVY1xxx, SVY2xxx): for tests of the language core. */
export function structuralCodes(text: string, opts: { files?: Record<string, string>; config?: object; only?: string[] } = {}): string[] {
  return codes(text, opts).filter((c) => / SVY[12]\d{3} /.test(c));
}

export function isStructural(code: string): boolean {
  return /^SVY[12]\d{3}$/.test(code);
}
