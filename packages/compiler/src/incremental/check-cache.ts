// Incremental checking for the language server. Between two compiles of the same
// entry file most questions have the same text; the question-local rules
// (local-rules.ts) give the same diagnostics for them, shifted to where the question
// now starts. The cache keeps, per question source text, each local rule's
// diagnostics relative to the question, and reruns those rules only on questions
// it has not seen, on a copy of the survey that holds just them. Everything a local
// rule may read outside its question (every file's text with the questions cut
// out, and the config) forms the environment key: when it changes, the cache
// starts over. The structure rules (structure-rules.ts) read no text's wording: after
// an edit that only changed the content of one text literal, their previous
// diagnostics are reused with the offsets after the edit moved; so are those of the
// rules in text-rules.ts when the edited text is one they do not read. Other rules run in
// full every time. The result equals `check` (same diagnostics, same order); the
// differential fuzz test holds it to that.
import { changeBetween, childrenOf, reparseOrigin, type AnyNode, type HeaderProperty, type Text, type TextPart } from '@survey/syntax';
import type { ParseResult, QuestionDecl } from '@survey/syntax';
import { check, type CheckInput } from '../checker.ts';
import { allRules } from '../rules/index.ts';
import type { Diagnostic } from '../diagnostics/types.ts';
import type { Question } from '../model.ts';
import type { ResolvedConfig } from '../config.ts';
import { questionLocalRules } from './local-rules.ts';
import { structureRules } from './structure-rules.ts';
import { textEditRules, type EditedText } from './text-rules.ts';
import { BindCache } from './bind-cache.ts';

/** A diagnostic with every range relative to the start of its question. */
type Relative = Diagnostic;

export class CheckCache {
  /** The binding of the last compile of this entry, patched after an edit inside one question (bind-cache.ts). */
  readonly binder = new BindCache();
  private env: string | undefined;
  /** Question key → per local rule (by index in `local`), its diagnostics relative to the question. */
  private memo = new Map<string, Relative[][]>();
  /** Listed rules seen reporting outside their questions: always run in full. */
  private demoted = new Set<string>();
  /** Questions rechecked by the last `check` (for tests and measurements). */
  lastRechecked = 0;
  /** Structure rules whose diagnostics the last `check` reused (for tests and measurements). */
  lastReused = 0;
  /** The texts and config of the last check, and each structure rule's diagnostics then. */
  private previous: { texts: Map<string, string>; config: string; entry: string } | undefined;
  private structural = new Map<string, Diagnostic[]>();
  /** The last check's parses, config, and per question (in order) its node, key and local diagnostics. */
  private last:
    | {
        entry: string;
        parses: Array<readonly [string, ParseResult]>;
        config: string;
        nodes: QuestionDecl[];
        keys: string[];
        memos: Relative[][][];
      }
    | undefined;

  check(input: CheckInput): Diagnostic[] {
    const survey = input.binding.survey;
    if (input.rules || !survey) return check(input);
    const local = allRules.filter((r) => questionLocalRules.has(r.name) && !this.demoted.has(r.name));
    const last = this.sameEnvironment(input) ? this.last : undefined;
    if (!last) {
      const env = environmentKey(input, survey.questions);
      if (env !== this.env) {
        this.env = env;
        this.memo = new Map();
      }
    }
    // A question whose node the re-parse kept has the key it had (same file, same source text).
    const sameNode = (i: number) => last !== undefined && survey.questions[i].node === last.nodes[i];
    const keys = survey.questions.map((q, i) => (sameNode(i) ? last!.keys[i] : questionKey(input, q)));
    const todo: Question[] = [];
    const todoKeys = new Set<string>();
    keys.forEach((k, i) => {
      // The memo holds every key of the last compile: a kept node's is there.
      if (!sameNode(i) && !this.memo.has(k) && !todoKeys.has(k)) {
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
    // Keep only the questions of this compile (when others have piled up), so the memo does not grow while typing.
    if (this.memo.size > keys.length + 256) {
      const next = new Map<string, Relative[][]>();
      for (const k of keys) next.set(k, this.memo.get(k)!);
      this.memo = next;
    }

    const edit = this.textEdit(input);
    const structural = new Map<string, Diagnostic[]>();
    this.lastReused = 0;
    const out: Diagnostic[] = [];
    const memos = keys.map((k, i) => (sameNode(i) ? last!.memos[i] : this.memo.get(k)!));
    // The questions any local rule reports on: most report nothing.
    const reporting: number[] = [];
    memos.forEach((m, k) => {
      if (m.some((ds) => ds.length > 0)) reporting.push(k);
    });
    for (const rule of allRules) {
      const i = local.indexOf(rule);
      if (i < 0) {
        let found: Diagnostic[] | undefined;
        const unaffected = textEditRules.get(rule.name);
        if (structureRules.has(rule.name) || unaffected) {
          const before = this.structural.get(rule.name);
          found = edit && before && (!unaffected || unaffected(edit.text)) ? moveAll(before, edit) : undefined;
          if (found) {
            this.lastReused++;
            // Made of the kept copies and new ranges only: nothing the re-parse moves.
            structural.set(rule.name, found);
          } else {
            found = check({ ...input, rules: [rule] });
            // Copies: a range may be a node's own, which the next incremental re-parse moves in place.
            structural.set(
              rule.name,
              found.map((d) => shift(d, 0)),
            );
          }
        } else found = check({ ...input, rules: [rule] });
        for (const d of found) out.push(d);
        continue;
      }
      for (const k of reporting) {
        const start = survey.questions[k].node.range.start;
        for (const d of memos[k][i]) out.push(shift(d, start));
      }
    }
    this.structural = structural;
    this.previous = {
      texts: new Map([...input.files].map(([path, f]) => [path, f.text] as const)),
      config: configKey(input.config),
      entry: input.binding.entry,
    };
    this.last = {
      entry: input.binding.entry,
      parses: [...input.files].map(([path, f]) => [path, f.parse] as const),
      config: this.previous.config,
      nodes: survey.questions.map((q) => q.node),
      keys,
      memos,
    };
    return out;
  }

  /**
   * True when the environment key cannot have changed since the last check: the same
   * files and config, and every parse the same but one, re-parsed from the last one by
   * replacing a question of the survey (its source lies inside the question, which the
   * key cuts out) with another.
   */
  private sameEnvironment(input: CheckInput): boolean {
    const last = this.last;
    const survey = input.binding.survey;
    if (!last || !survey || this.env === undefined || last.entry !== input.binding.entry || last.parses.length !== input.files.size)
      return false;
    if (last.config !== configKey(input.config)) return false;
    let replaced = 0;
    let k = 0;
    for (const [path, file] of input.files) {
      const [lastPath, lastParse] = last.parses[k++];
      if (path !== lastPath) return false;
      if (file.parse === lastParse) continue;
      const origin = reparseOrigin(file.parse);
      if (!origin || origin.previous.deref() !== lastParse || replaced++ > 0) return false;
      const { old, node } = origin as unknown as { old: QuestionDecl; node: QuestionDecl };
      if (old.kind !== 'Question' || node.kind !== 'Question') return false;
      if (!last.nodes.includes(old) || !survey.questions.some((q) => q.node === node)) return false;
    }
    return true;
  }

  /**
   * The edit since the last check when it only changed the content of one text literal
   * of one file: same files, same config, and the changed span lies inside the quotes of
   * a text part whose literal has no escape and no pipe (`{…}` names a question), with no
   * quote, brace, backslash or line break in what was removed or typed. Else undefined.
   */
  private textEdit(input: CheckInput): TextEdit | undefined {
    const prev = this.previous;
    if (!prev || prev.entry !== input.binding.entry || prev.texts.size !== input.files.size) return undefined;
    if (prev.config !== configKey(input.config)) return undefined;
    let edit: TextEdit | undefined;
    for (const [path, file] of input.files) {
      const before = prev.texts.get(path);
      if (before === undefined) return undefined;
      if (before === file.text) continue;
      if (edit) return undefined; // a second changed file
      const change = changeBetween(before, file.text);
      if (!change) continue;
      const removed = before.slice(change.start, change.end);
      if (/["\\{}\r\n]/.test(removed) || /["\\{}\r\n]/.test(change.text)) return undefined;
      const typedEnd = change.start + change.text.length;
      const found = textPartAround(file.parse.ast as unknown as AnyNode, change.start, typedEnd);
      if (!found) return undefined;
      const { part, holder } = found;
      const literal = file.text.slice(part.valueRange.start, part.valueRange.end);
      if (/[\\{]/.test(literal)) return undefined;
      const delta = change.text.length - (change.end - change.start);
      // Without a backslash a literal's value is what lies between its quotes.
      const text = { holder, before: before.slice(part.valueRange.start + 1, part.valueRange.end - delta - 1), after: part.value };
      edit = { file: path, start: change.start, end: change.end, delta, text };
    }
    return edit;
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

/**
 * Keys by question node: the incremental re-parse keeps the node of every question it
 * did not re-parse (its source is the same, only moved), so the key string is built,
 * and hashed by the memo's lookups, once per question rather than once per keystroke.
 */
const keyOfNode = new WeakMap<object, { file: string; key: string }>();

function questionKey(input: CheckInput, q: Question): string {
  const hit = keyOfNode.get(q.node);
  if (hit && hit.file === q.file) return hit.key;
  const text = input.files.get(q.file)?.text ?? '';
  const key = q.file + '\u0000' + text.slice(q.node.range.start, q.node.range.end);
  keyOfNode.set(q.node, { file: q.file, key });
  return key;
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

/** `[start, end)` of one file's previous text was replaced by `delta` more characters, inside one text part. */
interface TextEdit {
  file: string;
  start: number;
  end: number;
  delta: number;
  text: EditedText;
}

/**
 * The text part whose content holds `[start, end]` strictly inside its quotes (its
 * `valueRange` is the literal, quotes included), and `Kind:property` of the node holding
 * its Text, found by descending from the root through the nodes around it; undefined
 * when the span is not inside one.
 */
function textPartAround(root: AnyNode, start: number, end: number): { part: TextPart; holder: string } | undefined {
  let node: AnyNode | undefined = root;
  let parent: AnyNode | undefined;
  while (node) {
    if (node.kind === 'Text') {
      for (const part of (node as unknown as Text).parts) {
        const r = part.valueRange;
        if (r.start < start && end < r.end) return { part, holder: holderOf(parent, node) };
      }
      return undefined;
    }
    parent = node;
    node = childrenOf(node).find((c) => c.range.start <= start && end <= c.range.end);
  }
  return undefined;
}

/** `Kind:property` of `parent` holding `text`, as `allTexts` names it (`Header:key` for a header). */
function holderOf(parent: AnyNode | undefined, text: AnyNode): string {
  if (!parent) return '';
  if (parent.kind === 'Header') return `Header:${(parent as unknown as HeaderProperty).key}`;
  const key = Object.keys(parent).find((k) => (parent as unknown as Record<string, unknown>)[k] === text);
  return `${parent.kind}:${key ?? ''}`;
}

/** The diagnostics of the previous text at their places after `edit`; undefined when one touches the edited span. */
function moveAll(ds: Diagnostic[], edit: TextEdit): Diagnostic[] | undefined {
  const move = (file: string, r: { start: number; end: number }): { start: number; end: number } | undefined => {
    if (file !== edit.file || r.end < edit.start) return r;
    if (r.start > edit.end) return { start: r.start + edit.delta, end: r.end + edit.delta };
    if (r.start < edit.start && r.end > edit.end) return { start: r.start, end: r.end + edit.delta };
    return undefined;
  };
  const out: Diagnostic[] = [];
  for (const d of ds) {
    const range = move(d.file, d.range);
    if (!range) return undefined;
    const moved: Diagnostic = { ...d, range };
    if (d.related) {
      const related = [];
      for (const x of d.related) {
        const r = move(x.file, x.range);
        if (!r) return undefined;
        related.push(r === x.range ? x : { ...x, range: r });
      }
      moved.related = related;
    }
    if (d.fixes) {
      const fixes = [];
      for (const f of d.fixes) {
        const edits = [];
        for (const e of f.edits) {
          const r = move(e.file, e.range);
          if (!r) return undefined;
          edits.push(r === e.range ? e : { ...e, range: r });
        }
        fixes.push({ ...f, edits });
      }
      moved.fixes = fixes;
    }
    out.push(moved);
  }
  return out;
}
