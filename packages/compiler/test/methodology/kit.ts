// Helpers for the methodology rule tests: complete, clean surveys to wrap snippets in
// (so a test without `only` also proves that no other rule fires), and quick-fix
// application.
import { compile } from '../helpers.ts';
import type { CodeFix, Diagnostic } from '../../src/index.ts';

const zhScales = `  scale sat5 1..5 { 1 "非常不满意" en: "Very dissatisfied" 2 "不满意" en: "Dissatisfied" 3 "一般" en: "Neither satisfied nor dissatisfied" 4 "满意" en: "Satisfied" 5 "非常满意" en: "Very satisfied" }
  scale agree5 1..5 { 1 "非常不同意" en: "Strongly disagree" 2 "不同意" en: "Disagree" 3 "一般" en: "Neither agree nor disagree" 4 "同意" en: "Agree" 5 "非常同意" en: "Strongly agree" }`;

/** A clean bilingual (zh, en) survey; `body` starts on line 8. */
export function zhen(body: string, header = ''): string {
  return `survey t {
  title "测试" en: "Test"
  languages zh, en
  intro "请花一分钟回答。" en: "Please take a minute to answer."
  confidentiality "您的回答将严格保密。" en: "Your answers are kept confidential."${header}
${zhScales}
${body}
}
`;
}

/** A clean English survey; `body` starts on line 7. */
export function en(body: string, header = ''): string {
  return `survey t {
  title "Test"
  languages en
  intro "Please take a minute to answer."
  confidentiality "Your answers are kept confidential."${header}
  scale sat5 1..5 { 1 "Very dissatisfied" 2 "Dissatisfied" 3 "Neither satisfied nor dissatisfied" 4 "Satisfied" 5 "Very satisfied" }
${body}
}
`;
}

/** The diagnostics with one code. */
export function diagnostics(text: string, code: string, opts: { config?: object; files?: Record<string, string> } = {}): Diagnostic[] {
  return compile(text, opts).diagnostics.filter((d) => d.code === code);
}

/** Applies the first fix of the first diagnostic with `code` and returns the new text. */
export function applyFix(text: string, code: string, opts: { config?: object } = {}): string {
  const d = diagnostics(text, code, opts)[0];
  if (!d?.fixes?.length) throw new Error(`no fix for ${code}`);
  return apply(text, d.fixes[0]);
}

export function apply(text: string, fix: CodeFix): string {
  const edits = [...fix.edits].sort((a, b) => b.range.start - a.range.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}
