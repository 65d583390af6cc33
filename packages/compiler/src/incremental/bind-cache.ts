// Incremental binding for the language server. The incremental re-parse replaces the
// one question node an edit falls in and keeps every other node (ranges moved in
// place). When the new question node has the same shape as the old one — the same
// names, kinds, codes, conditions and attributes; only ranges and the wording of
// texts without a pipe differ — the previous binding holds for the new tree too,
// except for what the binder took from that question: its texts, its node and
// sub-nodes, and the ranges of its declarations and references. The cache patches
// those into the previous binding (which, like the previous parse, is consumed) and
// returns it as a new Binding and Survey object, so that caches kept per binding or
// per survey start afresh. Anything else (an id, a scale, a condition, a pipe, a
// question added or removed, an edit outside one question) binds in full. The
// differential tests compare the result with a fresh `bind` and every diagnostic
// with a full check.
import { reparseOrigin, type QuestionDecl, type Text, type TextRange } from '@survey/syntax';
import { bind, rangesMadeBy, setRangesMadeBy, type Binding } from '../binder/bind.ts';
import { toLText } from '../binder/text.ts';
import { bindUpload } from '../answer-types/upload.ts';
import type { SourceFile } from '../program.ts';
import type { LText, Question } from '../model.ts';
import type { ParseResult } from '@survey/syntax';

export class BindCache {
  private previous: { entry: string; parses: Map<string, ParseResult>; binding: Binding } | undefined;
  /** Whether the last `bind` patched the previous binding (for tests and measurements). */
  lastPatched = false;

  bind(entry: string, files: Map<string, SourceFile>): Binding {
    const patched = this.patch(entry, files);
    this.lastPatched = !!patched;
    const binding = patched ?? bind(entry, files);
    const parses = new Map<string, ParseResult>();
    for (const [path, f] of files) parses.set(path, f.parse);
    this.previous = { entry, parses, binding };
    return binding;
  }

  private patch(entry: string, files: Map<string, SourceFile>): Binding | undefined {
    const prev = this.previous;
    if (!prev || prev.entry !== entry || prev.parses.size !== files.size) return undefined;
    let changed: { path: string; old: QuestionDecl; node: QuestionDecl; delta: number } | undefined;
    for (const [path, f] of files) {
      const before = prev.parses.get(path);
      if (!before) return undefined;
      if (before === f.parse) continue;
      if (changed) return undefined;
      const origin = reparseOrigin(f.parse);
      if (!origin || origin.previous.deref() !== before) return undefined;
      const { old, node } = origin as unknown as { old: QuestionDecl; node: QuestionDecl };
      if (old.kind !== 'Question' || node.kind !== 'Question' || old.range.start !== node.range.start) return undefined;
      changed = { path, old, node, delta: origin.delta };
    }
    const survey = prev.binding.survey;
    if (!changed || !survey) return undefined;
    const { path, old, node, delta } = changed;

    const owners = survey.questions.filter((q) => q.node === old);
    if (owners.length !== 1) return undefined;
    const q = owners[0];
    if (q.file !== path || q.pipes.length || q.roster || (q.carry && node.options.length)) return undefined;
    const inline = node.options.length ? q.choices : undefined;
    if (inline && !(inline.inline && inline.node === old)) return undefined;

    // Old object → new object, for every node and range of the question.
    const map = new Map<object, object>();
    if (!sameShape(old, node, map)) return undefined;
    const mapped = <T extends object>(x: T): T => (map.get(x) as T | undefined) ?? x;

    // Ranges the binder made: those after the question move as the re-parse moved the nodes' ranges.
    const made = rangesMadeBy(prev.binding) ?? [];
    const from = old.range.end;
    if (delta !== 0) for (const m of made) if (m.file === path) moveRange(m.range, from, delta);

    // Only a range of the old question can be one to replace: its ranges kept their old offsets.
    const { start, end } = old.range;
    const swap = (r: TextRange): TextRange => (r.start >= start && r.start <= end ? mapped(r) : r);
    const b = prev.binding;
    for (const d of b.declarations) {
      d.range = swap(d.range);
      d.nameRange = swap(d.nameRange);
    }
    for (const r of b.references) r.range = swap(r.range);
    for (const s of b.strayLanguages) s.range = swap(s.range);
    // The names of the old question that made references are now the new question's.
    const referenceAt = b.referenceAt;
    for (const [was, now] of map) {
      const ref = referenceAt.get(was);
      if (ref === undefined) continue;
      referenceAt.delete(was);
      referenceAt.set(now, ref);
    }

    // The model: the question's node, sub-nodes and texts.
    const lang = survey.defaultLanguage;
    const text = (t: Text | undefined): LText | undefined => toLText(t, lang);
    patchQuestion(q, node, text);
    q.rows.forEach((row, i) => {
      row.node = node.rows[i];
      row.text = text(node.rows[i].text) ?? {};
    });
    if (inline) {
      inline.node = node;
      for (const o of inline.options) {
        const n = mapped(o.node);
        o.node = n;
        o.label = text(n.label) ?? {};
        o.when = n.when;
        if (o.image) o.image.alt = text(n.image?.alt);
      }
    }
    const binding: Binding = { ...b, survey: { ...survey } };
    setRangesMadeBy(binding, made);
    return binding;
  }
}

function patchQuestion(q: Question, node: QuestionDecl, text: (t: Text | undefined) => LText | undefined): void {
  q.node = node;
  q.text = text(node.text) ?? {};
  q.help = text(node.help);
  q.unit = text(node.unit);
  q.when = node.when;
  q.default = node.default;
  q.upload = bindUpload(node);
}

/** As the re-parse's `shiftRange`: at or after `from` moves, straddling stretches. */
function moveRange(r: TextRange, from: number, delta: number): void {
  if (r.start >= from) {
    r.start += delta;
    r.end += delta;
  } else if (r.end >= from) r.end += delta;
}

/**
 * True when `a` and `b` are the same tree but for ranges and the values of text parts
 * without `{` (no pipe before or after); fills `map` with each object of `a` and its
 * counterpart in `b`. A qualified name (`members.age`) is refused: its reference's range
 * is one the binder made.
 */
function sameShape(a: unknown, b: unknown, map: Map<object, object>): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameShape(a[i], b[i], map)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  map.set(x, y);
  if (x.kind === 'NameRef' && x.qualifier) return false;
  const textPart = x.valueRange !== undefined && typeof x.value === 'string' && !('kind' in x);
  for (const k of keys) {
    if (!(k in y)) return false;
    const u = x[k];
    const v = y[k];
    if (k === 'range' || k.endsWith('Range')) {
      if (u === undefined || v === undefined) {
        if (u !== v) return false;
      } else if (!isRange(u) || !isRange(v)) return false;
      else map.set(u, v);
      continue;
    }
    if (k.endsWith('Ranges')) {
      if (!Array.isArray(u) || !Array.isArray(v) || u.length !== v.length || !u.every(isRange) || !v.every(isRange)) return false;
      u.forEach((r, i) => map.set(r, v[i]));
      continue;
    }
    if (textPart && k === 'value') {
      if (u !== v && (typeof u !== 'string' || typeof v !== 'string' || u.includes('{') || v.includes('{'))) return false;
      continue;
    }
    if (!sameShape(u, v, map)) return false;
  }
  return true;
}

function isRange(r: unknown): r is TextRange {
  return typeof r === 'object' && r !== null && typeof (r as TextRange).start === 'number' && typeof (r as TextRange).end === 'number';
}
