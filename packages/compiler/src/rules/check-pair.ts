// Shared by the rules that find two answers which must compare one way (a part and its
// whole, a lowest and a highest): whether a `check` already compares them, and the quick
// fix that adds one after the survey member holding the later question.
import type { CodeFix } from '../diagnostics/types.ts';
import type { Question, Survey } from '../model.ts';

/** True when some `check` reads both answers (through calculated values too). */
export function checked(survey: Survey, a: string, b: string): boolean {
  return survey.checks.some((c) => c.items.includes(a) && c.items.includes(b));
}

/** The numeric bounds of a question, open where it has none. */
export function bounds(q: Question): { min: number; max: number } {
  return {
    min: typeof q.min === 'number' ? q.min : Number.NEGATIVE_INFINITY,
    max: typeof q.max === 'number' ? q.max : Number.POSITIVE_INFINITY,
  };
}

/** The message a respondent reads, in each of the survey's languages (English where no wording is known). */
export type CheckWording = { zh: string; en: string };

/**
 * Adds `check <expr> "…" en: "…"` on its own line after the survey member that holds
 * `q` (its section, or the question itself when it sits directly in the survey).
 */
export function addCheckFix(survey: Survey, q: Question, text: string, expr: string, wording: CheckWording): CodeFix | undefined {
  const member = q.section.implicit || !q.section.node ? q.node : q.section.node;
  const end = member.range.end;
  const lineStart = text.lastIndexOf('\n', member.range.start - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  const [first, ...rest] = survey.languages.length > 0 ? survey.languages : ['en'];
  const say = (lang: string) => JSON.stringify(lang.startsWith('zh') ? wording.zh : wording.en);
  const message = [say(first!), ...rest.map((lang) => `${lang}: ${say(lang)}`)].join(' ');
  return {
    title: `Add \`check ${expr}\``,
    edits: [{ file: q.file, range: { start: end, end }, newText: `\n${indent}check ${expr} ${message}` }],
  };
}
