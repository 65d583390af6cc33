// Makes an import check without errors: the printed text is compiled, and a
// question the checker rejects first loses its condition, then its bounds, and at
// last becomes a comment — each step reported and left as a comment in the output.
// Then the text goes through the prettier plugin.
import { compileText, type Diagnostic } from '@survey/compiler';
import { formatSurvey } from 'prettier-plugin-survey';
import type { ImportedQuestion, ImportedSection, ImportedSurvey, ImportProblem } from './ir.ts';
import { printSurvey } from './write.ts';

export interface ImportResult {
  text: string;
  problems: ImportProblem[];
  /** Errors that remain (outside any question): the text is still written. */
  errors: Diagnostic[];
}

export async function finish(s: ImportedSurvey, file: string, problems: ImportProblem[]): Promise<ImportResult> {
  let errors: Diagnostic[] = [];
  for (let round = 0; round < 50; round++) {
    const printed = printSurvey(s);
    errors = compileText(printed.text).diagnostics.filter((d) => d.severity === 'error');
    if (!errors.length) break;
    let repaired = false;
    for (const e of errors) {
      const hit = printed.spans.find((sp) => e.range.start >= sp.start && e.range.start < sp.end);
      if (hit && repair(s, hit.question, e, file, problems)) repaired = true;
      const list = printed.lists.find((l) => e.range.start >= l.start && e.range.start < l.end);
      if (list && dropList(s, list, e, file, problems)) repaired = true;
      const member = printed.members.find((m) => e.range.start >= m.start && e.range.start < m.end);
      if (member && dropMember(s, member, e, file, problems)) repaired = true;
    }
    if (!repaired) break;
  }
  const text = await formatSurvey(printSurvey(s).text);
  return { text, problems, errors };
}

/** A scale or choice list the checker rejects becomes a comment, and so does every question on it. */
function dropList(
  s: ImportedSurvey,
  list: { id: string; kind: 'scale' | 'choices' },
  e: Diagnostic,
  file: string,
  problems: ImportProblem[],
): boolean {
  const all = list.kind === 'scale' ? s.scales : s.choiceLists;
  const i = all.findIndex((l) => l.id === list.id);
  if (i < 0) return false;
  all.splice(i, 1);
  const why = `${e.code} ${e.message}`;
  s.comments.push(`not imported: ${list.kind} ${list.id} (${why})`);
  problems.push({ file, where: list.id, message: `${list.kind} not imported: ${why}` });
  for (const sec of s.sections)
    for (const q of [...sec.questions])
      if ((list.kind === 'scale' ? q.scale : q.from) === list.id) {
        commentOut(sec, q, `its ${list.kind === 'scale' ? 'scale' : 'choice list'} ${list.id} was not imported`);
        problems.push({
          file,
          where: q.id,
          message: `question not imported: its ${list.kind === 'scale' ? 'scale' : 'choice list'} ${list.id} was not imported`,
        });
      }
  return true;
}

/** A `let` the checker rejects becomes a comment; a repeat group one its questions are asked once in (without the group). */
function dropMember(
  s: ImportedSurvey,
  m: { id: string; kind: 'repeat' | 'let' },
  e: Diagnostic,
  file: string,
  problems: ImportProblem[],
): boolean {
  const why = `${e.code} ${e.message}`;
  if (m.kind === 'let') {
    const i = (s.lets ?? []).findIndex((l) => l.id === m.id);
    if (i < 0) return false;
    const [l] = s.lets!.splice(i, 1);
    s.comments.push(...l.comments, `not imported: let ${l.id} = ${l.expr} (${why})`);
    problems.push({ file, where: l.id, message: `calculated value not imported: ${why}` });
    return true;
  }
  const r = s.rosters?.find((x) => x.id === m.id);
  if (!r) return false;
  s.rosters = s.rosters!.filter((x) => x !== r);
  for (const x of s.rosters) if (x.parent === r.id) x.parent = r.parent;
  let first = true;
  for (const sec of s.sections)
    for (const q of sec.questions)
      if (q.roster === r.id) {
        q.roster = r.parent;
        if (first) q.comments.unshift(...r.comments, `not imported: repeat ${r.id} ${r.count} (${why}); its questions are asked once`);
        first = false;
      }
  problems.push({ file, where: r.id, message: `repeat group not imported: ${why}` });
  return true;
}

/** Takes a question out of its section and leaves it, with its notes, as comments where it stood. */
function commentOut(sec: ImportedSection, q: ImportedQuestion, why: string): void {
  const at = sec.questions.indexOf(q);
  sec.questions.splice(at, 1);
  const text = `not imported: ${q.kind} ${q.id} "${Object.values(q.text)[0] ?? ''}" (${why})`;
  const next = sec.questions[at];
  if (next) next.comments.unshift(...q.comments, text);
  else sec.comments.push(...q.comments, text);
}

function repair(s: ImportedSurvey, q: ImportedQuestion, e: Diagnostic, file: string, problems: ImportProblem[]): boolean {
  const why = `${e.code} ${e.message}`;
  const note = (what: string) => {
    q.comments.push(`${what} (${why})`);
    problems.push({ file, where: q.id, message: `${what}: ${why}` });
  };
  if (q.when) {
    note(`not imported: when ${q.when}`);
    q.when = undefined;
    return true;
  }
  if (q.min !== undefined || q.max !== undefined || q.pattern) {
    note(
      `not imported: ${[q.min !== undefined ? `min ${q.min}` : '', q.max !== undefined ? `max ${q.max}` : '', q.pattern ? `pattern ${q.pattern}` : ''].filter(Boolean).join(' ')}`,
    );
    q.min = q.max = q.pattern = undefined;
    return true;
  }
  for (const sec of s.sections) {
    const i = sec.questions.indexOf(q);
    if (i < 0) continue;
    commentOut(sec, q, why);
    problems.push({ file, where: q.id, message: `question not imported: ${why}` });
    return true;
  }
  return false;
}
