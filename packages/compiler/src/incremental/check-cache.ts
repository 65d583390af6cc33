// Incremental checking for the language server. Between two compiles of the same
// entry file most questions have the same text; the question-local rules
// (local-rules.ts) give the same diagnostics for them, shifted to where the question
// now starts. The cache keeps, per question source text, each local rule's
// diagnostics relative to the question, and reruns those rules only on questions
// it has not seen, on a copy of the survey that holds just them. Everything a local
// rule may read outside its question (every file's text with the questions cut
// out, and the config) forms the environment key: when it changes, the cache
// starts over. Other rules run in full every time. The result equals `check`
// (same diagnostics, same order); the differential fuzz test holds it to that.
import { check, type CheckInput } from '../checker.ts';
import { allRules } from '../rules/index.ts';
import type { Diagnostic } from '../diagnostics/types.ts';
import type { Question } from '../model.ts';
import type { ResolvedConfig } from '../config.ts';
import { questionLocalRules } from './local-rules.ts';

/** A diagnostic with every range relative to the start of its question. */
type Relative = Diagnostic;

export class CheckCache {
  private env: string | undefined;
  /** Question key → per local rule (by index in `local`), its diagnostics relative to the question. */
  private memo = new Map<string, Relative[][]>();
  /** Listed rules seen reporting outside their questions: always run in full. */
  private demoted = new Set<string>();
  /** Questions rechecked by the last `check` (for tests and measurements). */
  lastRechecked = 0;

  check(input: CheckInput): Diagnostic[] {
    const survey = input.binding.survey;
    if (input.rules || !survey) return check(input);
    const local = allRules.filter((r) => questionLocalRules.has(r.name) && !this.demoted.has(r.name));
    const env = environmentKey(input, survey.questions);
    if (env !== this.env) {
      this.env = env;
      this.memo = new Map();
    }
    const keys = survey.questions.map((q) => questionKey(input, q));
    const todo: Question[] = [];
    const todoKeys = new Set<string>();
    keys.forEach((k, i) => {
      if (!this.memo.has(k) && !todoKeys.has(k)) {
        todo.push(survey.questions[i]);
        todoKeys.add(k);
      }
    });
    this.lastRechecked = todo.length;
    if (todo.length) {
      const fresh = this.runOn(input, todo, local);
      if (!fresh) {
        // A rule was demoted: its slot in every memo entry is gone, start again without it.
        this.env = undefined;
        this.memo = new Map();
        return this.check(input);
      }
      todo.forEach((q, i) => this.memo.set(questionKey(input, q), fresh[i]));
    }
    // Keep only the questions of this compile, so the memo does not grow while typing.
    const next = new Map<string, Relative[][]>();
    for (const k of keys) next.set(k, this.memo.get(k)!);
    this.memo = next;

    const out: Diagnostic[] = [];
    for (const rule of allRules) {
      const i = local.indexOf(rule);
      if (i < 0) {
        out.push(...check({ ...input, rules: [rule] }));
        continue;
      }
      survey.questions.forEach((q, k) => {
        for (const d of this.memo.get(keys[k])![i]) out.push(shift(d, q.node.range.start));
      });
    }
    return out;
  }

  /** Runs the local rules on `questions` only; per question, per rule, relative diagnostics. */
  private runOn(input: CheckInput, questions: Question[], local: typeof allRules): Relative[][][] | undefined {
    const survey = { ...input.binding.survey!, questions };
    const binding = { ...input.binding, survey };
    const out: Relative[][][] = questions.map(() => local.map(() => []));
    for (let i = 0; i < local.length; i++) {
      for (const d of check({ ...input, binding, rules: [local[i]] })) {
        const k = questions.findIndex((q) => inside(d, q));
        if (k < 0) {
          this.demoted.add(local[i].name);
          return undefined;
        }
        out[k][i].push(shift(d, -questions[k].node.range.start));
      }
    }
    return out;
  }
}

function questionKey(input: CheckInput, q: Question): string {
  const text = input.files.get(q.file)?.text ?? '';
  return q.file + '\u0000' + text.slice(q.node.range.start, q.node.range.end);
}

/** Every file's text with the questions cut out, and the config. */
function environmentKey(input: CheckInput, questions: Question[]): string {
  const cuts = new Map<string, Array<[number, number]>>();
  for (const q of questions) {
    const list = cuts.get(q.file) ?? [];
    list.push([q.node.range.start, q.node.range.end]);
    cuts.set(q.file, list);
  }
  const parts: string[] = [configKey(input.config)];
  for (const [path, file] of input.files) {
    parts.push('\u0002' + path + '\u0000');
    let at = 0;
    for (const [start, end] of (cuts.get(path) ?? []).sort((a, b) => a[0] - b[0])) {
      if (start < at) continue;
      parts.push(file.text.slice(at, start), '\u0001');
      at = end;
    }
    parts.push(file.text.slice(at));
  }
  return parts.join('');
}

function configKey(c: ResolvedConfig): string {
  return JSON.stringify([c.path, c.profileName, c.profile, [...c.severities], [...c.ruleOptions], c.requireNonResponseOption]);
}

/** True when every range of `d` lies in question `q`'s source (fixes and related information included). */
function inside(d: Diagnostic, q: Question): boolean {
  const r = q.node.range;
  const ok = (file: string, x: { start: number; end: number }) => file === q.file && x.start >= r.start && x.end <= r.end;
  return (
    ok(d.file, d.range) &&
    (d.related ?? []).every((x) => ok(x.file, x.range)) &&
    (d.fixes ?? []).every((f) => f.edits.every((e) => ok(e.file, e.range)))
  );
}

function shift(d: Diagnostic, by: number): Diagnostic {
  const move = (x: { start: number; end: number }) => ({ start: x.start + by, end: x.end + by });
  const out: Diagnostic = { ...d, range: move(d.range) };
  if (d.related) out.related = d.related.map((x) => ({ ...x, range: move(x.range) }));
  if (d.fixes) out.fixes = d.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, range: move(e.range) })) }));
  return out;
}
