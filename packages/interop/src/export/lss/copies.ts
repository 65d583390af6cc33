// LimeSurvey has no repeat groups; its convention for a roster is one copy of the
// group's questions per possible instance, each shown only when that instance exists.
// This rewrites a survey document so: a group repeated N times → N copies; `for n` →
// as many copies as its bound (its `max`, or n's), copy i shown when `n >= i`; `for each
// m` → one copy per option of m, shown when that option is chosen. Copies are named
// `q_i` (`q_<code>` in a loop over options); inside a copy, the instance's other
// questions are read from the same copy, and the group's own name is the instance's
// position or option (its label when piped). Nested groups multiply. What cannot be
// carried is noted: a group without a bound, a loop's `max` below its options, and
// conditions over the instances from outside (aggregates, the number of instances).
import type { ExprJson, OptionDoc, QuestionDoc, RosterDoc, SurveyDoc, Text } from '../../model.ts';
import { SurveyIndex } from '../../model.ts';
import { andAll } from '../../common/expr.ts';
import type { Notes } from '../notes.ts';
import { nestRosters, rostersOf, type RosterItem } from '../rosters.ts';

/** One instance of the groups a copy is in: its names renamed, its group's value, its condition. */
interface Instance {
  suffix: string;
  /** Question and matrix-row ids of the enclosing instances → the copy's ids. */
  rename: Map<string, string>;
  /** Group ids → the instance's position (a number) or option (its code and label). */
  value: Map<string, { code: string | number; label?: Text }>;
  when?: ExprJson;
}

export function expandRosters(doc: SurveyDoc, notes: Notes): SurveyDoc {
  const rosters = rostersOf(doc);
  if (!rosters.length) return doc;
  const ix = new SurveyIndex(doc);
  const capped = new Set<string>(); // loops whose cap is noted
  const pages = doc.flow?.pages;
  const newPages = pages?.map((p) => ({ ...p, starts: [...p.starts] }));
  const sections = doc.sections.map((s) => {
    const out: QuestionDoc[] = [];
    const firstCopy = new Map<string, number>(); // original question id → index of its first copy
    const walk = (items: RosterItem[], at: Instance) => {
      for (const it of items) {
        if ('q' in it) {
          if (!firstCopy.has(it.q.id)) firstCopy.set(it.q.id, out.length);
          out.push(copyOf(it.q, at));
          continue;
        }
        const list = instancesOf(it.roster, at);
        if (!list) {
          // No bound: asked once, as the other formats without repeats do.
          walk(it.items, at);
          continue;
        }
        for (const inst of list) {
          const rename = new Map(at.rename);
          // Nested: the enclosing instance's copy name gets this instance's suffix too (`hours_1_own`).
          for (const id of idsIn(it.items)) rename.set(id, `${at.rename.get(id) ?? id}_${inst.suffix}`);
          walk(it.items, {
            suffix: inst.suffix,
            rename,
            value: new Map([...at.value, [it.roster.id, inst.value]]),
            when: andAll([at.when, inst.when]),
          });
        }
      }
    };
    walk(nestRosters(s.questions, doc), { suffix: '', rename: new Map(), value: new Map() });
    const page = newPages?.find((p) => p.section === s.id);
    if (page) page.starts = page.starts.map((i) => (i < s.questions.length ? (firstCopy.get(s.questions[i].id) ?? i) : out.length));
    return { ...s, questions: out };
  });
  for (const r of rosters) {
    const n = instanceCount(r);
    notes.add(
      r.id,
      n === undefined
        ? `repeat group '${r.id}' has no bound: its questions are one question each, for one instance.`
        : `repeat group '${r.id}' is exported as ${n} copies of its questions (LimeSurvey has no repeat groups), each shown when its instance exists; the response has one column per copy.`,
    );
  }
  const { rosters: _dropped, ...rest } = doc;
  void _dropped;
  return { ...rest, sections, ...(doc.flow ? { flow: { ...doc.flow, ...(newPages ? { pages: newPages } : {}) } } : {}) };

  function instanceCount(r: RosterDoc): number | undefined {
    if ('fixed' in r.count) return r.count.fixed;
    if ('from' in r.count) return r.max;
    const src = ix.byId.get(r.count.each);
    return src ? ix.options(src).length : undefined;
  }

  /** The instances of a group inside an enclosing instance, or undefined when it has no bound. */
  function instancesOf(
    r: RosterDoc,
    at: Instance,
  ): { suffix: string; value: { code: string | number; label?: Text }; when?: ExprJson }[] | undefined {
    const position = (i: number) => ({ suffix: String(i), value: { code: i } });
    if ('fixed' in r.count) return Array.from({ length: r.count.fixed }, (_, i) => position(i + 1));
    if ('from' in r.count) {
      if (r.max === undefined) return undefined;
      const source: ExprJson = { type: 'var', name: at.rename.get(r.count.from) ?? r.count.from };
      return Array.from({ length: r.max }, (_, i) => ({
        ...position(i + 1),
        when: { type: 'binary', op: '>=', left: source, right: { type: 'number', value: i + 1 } } as ExprJson,
      }));
    }
    const src = ix.byId.get(r.count.each);
    if (!src) return undefined;
    const options: OptionDoc[] = ix.options(src);
    if (r.max !== undefined && r.max < options.length && !capped.has(r.id)) {
      capped.add(r.id);
      notes.add(
        r.id,
        `repeat group '${r.id}' allows at most ${r.max} of ${src.id}'s options: the LimeSurvey copies are shown for every option chosen.`,
      );
    }
    const name = at.rename.get(src.id) ?? src.id;
    return options.map((o) => ({
      suffix: String(o.code),
      value: { code: o.code, label: o.label },
      when: { type: 'binary', op: 'has', left: { type: 'var', name }, right: { type: 'code', value: String(o.code) } } as ExprJson,
    }));
  }

  function copyOf(q: QuestionDoc, at: Instance): QuestionDoc {
    if (!at.suffix && !at.value.size) return q;
    const text = (t: Text | undefined) => (t ? pipe(t, at) : t);
    const when = andAll([at.when, ...conjuncts(q.when ? expr(q.when, at) : undefined)]);
    const { roster: _r, when: _w, ...base } = q;
    void _r;
    void _w;
    return {
      ...base,
      id: at.rename.get(q.id) ?? q.id,
      text: text(q.text)!,
      ...(q.help ? { help: text(q.help) } : {}),
      ...(q.rows ? { rows: q.rows.map((r) => ({ ...r, id: at.rename.get(r.id) ?? r.id, text: text(r.text)! })) } : {}),
      ...(q.options ? { options: q.options.map((o) => (o.when ? { ...o, when: expr(o.when, at) } : o)) } : {}),
      ...(q.carryForward ? { carryForward: { ...q.carryForward, from: at.rename.get(q.carryForward.from) ?? q.carryForward.from } } : {}),
      ...(when ? { when } : {}),
    };
  }
}

/** Question and matrix-row ids asked in a group's items, nested groups included. */
function idsIn(items: RosterItem[]): string[] {
  return items.flatMap((it) => ('q' in it ? [it.q.id, ...(it.q.rows ?? []).map((r) => r.id)] : idsIn(it.items)));
}

/** `{q}` of the same instance → `{q_i}`; `{group}` → the instance's position or its option's label. */
function pipe(t: Text, at: Instance): Text {
  return Object.fromEntries(
    Object.entries(t).map(([lang, s]) => [
      lang,
      s.replace(/\{([A-Za-z_]\w*)\}/g, (whole, name: string) => {
        const v = at.value.get(name);
        if (v) return v.label ? (v.label[lang] ?? Object.values(v.label)[0] ?? String(v.code)) : String(v.code);
        const renamed = at.rename.get(name);
        return renamed ? `{${renamed}}` : whole;
      }),
    ]),
  );
}

/** A condition read in one instance: its questions renamed to the copy's, its group names as their value. */
function expr(e: ExprJson, at: Instance): ExprJson {
  switch (e.type) {
    case 'var':
      return { type: 'var', name: at.rename.get(e.name) ?? e.name };
    case 'roster': {
      const v = at.value.get(e.name);
      if (!v) return e;
      return typeof v.code === 'number' ? { type: 'number', value: v.code } : { type: 'code', value: v.code };
    }
    case 'binary':
      return { ...e, left: expr(e.left, at), right: expr(e.right, at) };
    case 'unary':
      return { ...e, operand: expr(e.operand, at) };
    case 'call':
      return { ...e, args: e.args.map((a) => expr(a, at)) };
    default:
      return e;
  }
}

/** The parts of a conjunction, so the copy's `when` is one flat `and` (as LimeSurvey's equation reads back). */
function conjuncts(e: ExprJson | undefined): ExprJson[] {
  if (!e) return [];
  return e.type === 'binary' && e.op === 'and' ? [...conjuncts(e.left), ...conjuncts(e.right)] : [e];
}
