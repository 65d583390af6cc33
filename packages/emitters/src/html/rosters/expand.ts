// Repeat groups (rosters) in the form: every instance a roster can have (up to its bound)
// becomes its own copy of the roster's questions, named `<roster>__<n>__<question>`, shown
// while the instance exists — `size >= n` for a count, `brands has b` for a loop — so the
// runtime's conditions, validation, saving and piping work on instances unchanged. Names
// inside an instance are renamed to the instance's copies, the roster's own name becomes
// the instance's number or option, aggregates outside (`max(age)`) read every instance, and
// the roster's name outside becomes its number of instances. The plan returned tells the
// runtime how to fold the copies back into arrays of instance objects on submit.
import type * as A from '@survey/syntax';
import {
  countedAnswers,
  countedRoster,
  filteredRoster,
  within,
  rosterAggregates,
  rosterBound,
  rosterChain,
  rosterSource,
  type Binding,
  type Check,
  type Choice,
  type Declaration,
  type LText,
  type Question,
  type Roster,
  type Section,
  type Survey,
} from '@survey/compiler';
import type { RuntimeRoster } from '../runtime/data.ts';
import { exprToJson } from '../../common/expr.ts';
import { answerNames } from '../../common/visibility.ts';
import { specifyName } from '../../common/names.ts';

/** One instance of a roster: its number (1-based), its option for a loop, the prefix of its copies. */
export interface Instance {
  roster: Roster;
  index: number;
  option?: Choice;
  prefix: string;
}

/** Where a copied question sits: the instances that enclose it, outermost first. */
export type InstancePath = Instance[];

export interface Expanded {
  survey: Survey;
  binding: Binding;
  rosters: RuntimeRoster[];
  /** For each copied question id, the instances around it (for the instance fieldsets). */
  paths: Map<string, InstancePath>;
}

const SEP = '__';

export function expandRosters(survey: Survey, binding: Binding): Expanded {
  if (survey.rosters.length === 0) return { survey, binding, rosters: [], paths: new Map() };
  return new Expander(survey, binding).run();
}

class Expander {
  private referenceAt: Map<object, Binding['referenceAt'] extends Map<object, infer R> ? R : never>;
  private variables: Survey['variables'];
  private paths = new Map<string, InstancePath>();

  constructor(
    private survey: Survey,
    private binding: Binding,
  ) {
    this.referenceAt = new Map(binding.referenceAt);
    this.variables = new Map(survey.variables);
  }

  run(): Expanded {
    const s = this.survey;
    const questions: Question[] = [];
    const sections: Section[] = s.sections.map((sec) => {
      const copy: Section = { ...sec, questions: [], when: sec.when ? this.rewrite(sec.when, []) : undefined };
      const done = new Set<Roster>();
      for (const q of sec.questions) {
        if (!q.roster) {
          const c = this.copy(q, []);
          copy.questions.push(c);
          continue;
        }
        const top = rosterChain(q)[0];
        if (done.has(top)) continue;
        done.add(top);
        copy.questions.push(...this.expand(top, []));
      }
      questions.push(...copy.questions);
      return copy;
    });
    const calculations = new Map([...s.calculations].map(([id, c]) => [id, { ...c, expr: c.expr ? this.rewrite(c.expr, []) : undefined }]));
    const checks: Check[] = s.checks.map((c) => ({
      ...c,
      expr: c.expr ? this.rewrite(c.expr, []) : undefined,
      anchor: this.anchor(c.anchor),
      items: c.items.map((id) => this.anchor(id) ?? id),
    }));
    const expanded: Survey = { ...s, sections, questions, calculations, checks, variables: this.variables, rosters: [] };
    const binding: Binding = { ...this.binding, survey: expanded, referenceAt: this.referenceAt };
    const plan = s.rosters.filter((r) => !r.parent).map((r) => this.plan(r, [], binding));
    return { survey: expanded, binding, rosters: plan, paths: this.paths };
  }

  /**
   * A check reading a roster question (`max(age) >= 18`) waits for, and shows under, the
   * question's copy in the first instance: the one instance there is whenever there is
   * any (a later one may not exist, and a check anchored there would never be shown).
   */
  private anchor(id: string | undefined): string | undefined {
    const v = id ? this.survey.variables.get(id) : undefined;
    const q = v && 'matrix' in v ? v.matrix : v;
    if (!v || !q?.roster) return id;
    const first = this.allCopies(q, [])[0];
    return first ? first.slice(0, first.length - q.id.length) + v.id : id;
  }

  // ------------------------------------------------------------- instances
  private instancesOf(r: Roster, chain: InstancePath): Instance[] {
    const parentPrefix = chain.length ? chain[chain.length - 1].prefix : '';
    const make = (index: number, option?: Choice): Instance => ({
      roster: r,
      index,
      option,
      prefix: `${parentPrefix}${r.id}${SEP}${index}${SEP}`,
    });
    if (r.count.kind === 'each') {
      const options = rosterSource(r, this.survey)?.choices?.options ?? [];
      return options.map((o, i) => make(i + 1, o));
    }
    const n = r.count.kind === 'fixed' ? r.count.n : (rosterBound(r, this.survey) ?? 0);
    return Array.from({ length: Math.max(0, Math.min(n, 100)) }, (_, i) => make(i + 1));
  }

  /** The condition under which an instance exists (undefined: always, within its parent). */
  private existence(inst: Instance, chain: InstancePath): A.Expr | undefined {
    const r = inst.roster;
    if (r.count.kind === 'fixed') return undefined;
    const src = this.sourceRef(r, chain);
    if (!src) return this.bool(false);
    if (r.count.kind === 'answer') return this.binary('>=', src, this.number(inst.index));
    const code = inst.option!.code;
    const chosen = this.binary('has', src, this.code(code));
    const bound = rosterBound(r, this.survey);
    const options = rosterSource(r, this.survey)?.choices?.options ?? [];
    if (bound === undefined || bound >= options.length || inst.index === 1) return chosen;
    // With `max N`, only the first N options chosen (in the list's order) get an instance.
    const before = options.slice(0, inst.index - 1).map((o) => this.binary('has', this.sourceRef(r, chain)!, this.code(o.code)));
    const countBefore: A.Call = { kind: 'Call', callee: { kind: 'Identifier', name: 'count', range: zero }, args: before, range: zero };
    return this.binary('and', chosen, this.binary('<', countBefore, this.number(bound)));
  }

  private sourceRef(r: Roster, chain: InstancePath): A.Expr | undefined {
    const src = rosterSource(r, this.survey);
    const hidden = r.count.kind === 'answer' ? this.survey.hidden.get(r.count.source) : undefined;
    if (hidden) return this.name(hidden.id, 'hidden');
    if (!src) return undefined;
    const name = this.copyName(src, chain);
    return name ? this.name(name, 'question') : undefined;
  }

  private expand(r: Roster, chain: InstancePath): Question[] {
    const out: Question[] = [];
    const members = [
      ...r.questions.map((q) => ({ at: q.node.range.start, q })),
      ...r.rosters.map((c) => ({ at: c.node.range.start, c })),
    ].sort((a, b) => a.at - b.at);
    for (const inst of this.instancesOf(r, chain)) {
      const inner = [...chain, inst];
      for (const m of members) {
        if ('q' in m) out.push(this.copy(m.q, inner));
        else out.push(...this.expand(m.c, inner));
      }
    }
    return out;
  }

  /** The copy of a roster question for the instances in `chain`, or the question itself outside rosters. */
  private copy(q: Question, chain: InstancePath): Question {
    const prefix = chain.length ? chain[chain.length - 1].prefix : '';
    const existence = chain.map((inst, i) => this.existence(inst, chain.slice(0, i))).filter((e): e is A.Expr => !!e);
    const when = q.when ? this.rewrite(q.when, chain) : undefined;
    const conditions = [...existence, ...(when ? [when] : [])];
    const c: Question = {
      ...q,
      id: prefix + q.id,
      text: this.pipeText(q.text, chain) ?? {},
      help: this.pipeText(q.help, chain),
      when: conditions.length ? conditions.reduce((a, b) => this.binary('and', a, b)) : undefined,
      default: q.default ? this.rewrite(q.default, chain) : undefined,
      pipes: q.pipes.flatMap((p) => {
        const renamed = this.pipeName(p, chain);
        return renamed && !renamed.startsWith('{') ? [renamed] : [];
      }),
      roster: undefined,
      rows: [],
      ...this.instanceChoices(q, chain),
    };
    c.rows = q.rows.map((row) => ({ ...row, id: prefix + row.id, matrix: c }));
    if (chain.length) {
      this.paths.set(c.id, chain);
      this.variables.set(c.id, c);
      for (const row of c.rows) this.variables.set(row.id, row);
    }
    return c;
  }

  /**
   * Choice filters and carry-forward read the instance's own answers: an option's `when`
   * is rewritten for the instance (`age` is this member's age) and `from langs` carries
   * from this instance's copy of `langs`.
   */
  private instanceChoices(q: Question, chain: InstancePath): Pick<Question, 'choices' | 'carry'> {
    if (chain.length === 0) return { choices: q.choices, carry: q.carry };
    const list = q.choices;
    const choices = list?.options.some((o) => o.when)
      ? { ...list, options: list.options.map((o) => (o.when ? { ...o, when: this.rewrite(o.when, chain) } : o)) }
      : list;
    const source = q.carry ? this.survey.variables.get(q.carry.source) : undefined;
    const renamed = source && !('matrix' in source) ? this.copyName(source, chain) : undefined;
    return { choices, carry: q.carry && renamed ? { ...q.carry, source: renamed } : q.carry };
  }

  // ------------------------------------------------------------ renaming
  /** The copy name of a roster question from inside `chain`; undefined when chain lacks one of its rosters. */
  private copyName(q: Question, chain: InstancePath): string | undefined {
    if (!q.roster) return q.id;
    const inst = chain.find((i) => i.roster === q.roster);
    return inst ? inst.prefix + q.id : undefined;
  }

  /** Every copy of a question (for an aggregate): the instances of its rosters not fixed by `chain`. */
  private allCopies(q: Question, chain: InstancePath, name = q.id): string[] {
    const rosters = rosterChain(q);
    let prefixes: InstancePath[] = [[]];
    for (const r of rosters) {
      const fixed = chain.find((i) => i.roster === r);
      prefixes = prefixes.flatMap((p) => (fixed ? [[...p, fixed]] : this.instancesOf(r, p).map((i) => [...p, i])));
    }
    return prefixes.map((p) => (p.length ? p[p.length - 1].prefix : '') + name);
  }

  private rosterNamed(name: string): Roster | undefined {
    return this.survey.rosters.find((r) => r.id === name);
  }

  /** A name piped into a text: a copy's name, or a literal `{…}`-free text for a roster's own name. */
  private pipeName(name: string, chain: InstancePath): string | undefined {
    const v = this.survey.variables.get(name);
    if (v) {
      const q = 'matrix' in v ? v.matrix : v;
      const copy = this.copyName(q, chain);
      return copy ? ('matrix' in v ? copy.slice(0, copy.length - q.id.length) + name : copy) : name;
    }
    return name;
  }

  private pipeText(t: LText | undefined, chain: InstancePath): LText | undefined {
    if (!t || chain.length === 0) return t;
    const out: LText = {};
    for (const [lang, text] of Object.entries(t)) {
      out[lang] = text.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (whole, name: string) => {
        const inst = chain.find((i) => i.roster.id === name);
        if (inst)
          return inst.option
            ? (inst.option.label[lang] ?? inst.option.label[this.survey.defaultLanguage] ?? String(inst.option.code))
            : String(inst.index);
        const renamed = this.pipeName(name, chain);
        return renamed ? `{${renamed}}` : whole;
      });
    }
    return out;
  }

  /** An expression with names resolved for the instances in `chain`. */
  rewrite(e: A.Expr, chain: InstancePath): A.Expr {
    switch (e.kind) {
      case 'NameRef': {
        const ref = this.binding.referenceAt.get(e);
        const kind = ref?.target?.kind;
        if (kind === 'roster') {
          const r = this.rosterNamed(e.name);
          const inst = chain.find((i) => i.roster === r);
          if (inst) return inst.option ? this.code(inst.option.code) : this.number(inst.index);
          return r ? this.countOf(r, chain) : e;
        }
        if (kind === 'question' || kind === 'row') {
          const v = this.survey.variables.get(e.name);
          const q = v ? ('matrix' in v ? v.matrix : v) : undefined;
          if (!q?.roster) return e;
          const copy = this.copyName(q, chain);
          if (!copy) return e; // read from outside without an aggregate: SVY2102
          return this.name('matrix' in v! ? copy.slice(0, copy.length - q.id.length) + e.name : copy, kind);
        }
        return e;
      }
      case 'Binary':
        return { ...e, left: this.rewrite(e.left, chain), right: e.right ? this.rewrite(e.right, chain) : undefined };
      case 'Unary':
        return { ...e, operand: e.operand ? this.rewrite(e.operand, chain) : undefined };
      case 'Paren':
        return { ...e, expr: e.expr ? this.rewrite(e.expr, chain) : undefined };
      case 'Call': {
        // count(members where age < 18) and count(members.age): see countWhere.
        const filtered = e.where?.cond ? filteredRoster(e, this.binding) : undefined;
        if (filtered && e.where?.cond) return this.countWhere(filtered, e.where.cond, chain);
        const answers = countedAnswers(e, this.binding);
        if (answers) return this.countAnswered(answers.question, answers.name.name, chain);
        // count(members): the group's number of instances, wherever it is read.
        const counted = countedRoster(e, this.binding);
        if (counted) return this.countOf(counted, chain);
        const aggregate = rosterAggregates.has(e.callee.name);
        const args = e.args.flatMap((a) => {
          if (aggregate && a.kind === 'NameRef') {
            const v = this.survey.variables.get(a.name);
            const ref = this.binding.referenceAt.get(a);
            const q = v && (ref?.target?.kind === 'question' || ref?.target?.kind === 'row') ? ('matrix' in v ? v.matrix : v) : undefined;
            if (q?.roster && !this.copyName(q, chain)) {
              const copies = this.allCopies(q, chain, a.name);
              // No instance at all: an aggregate of an unanswered name, which has no value.
              return copies.length ? copies.map((n) => this.name(n, 'question')) : [this.name(`${q.id}${SEP}none`, 'question')];
            }
          }
          return [this.rewrite(a, chain)];
        });
        return { ...e, args };
      }
      default:
        return e;
    }
  }

  /**
   * `count(members where age < 18)`: one condition per instance the group can have, the
   * instance's existence and the condition read in it (`age` is that member's copy), so
   * the runtime's count() counts those that hold. An unanswered `age` makes `age < 18`
   * false: only instances that answered and meet the condition count.
   */
  private countWhere(r: Roster, cond: A.Expr, chain: InstancePath): A.Expr {
    // The enclosing instances stay (a where inside a member reads that member's answers too);
    // the group's own and its nested ones are replaced by each instance in turn.
    const outer = chain.filter((i) => !within(i.roster, r));
    const parentAt = r.parent ? outer.findIndex((i) => i.roster === r.parent) : -1;
    const parentPath = outer.slice(0, parentAt + 1);
    if (r.parent && parentAt < 0) return this.number(0); // outside its parent: SVY2106
    const conds = this.instancesOf(r, parentPath).map((inst) => {
      const exists = this.existence(inst, parentPath);
      const holds = this.rewrite(cond, [...outer, inst]);
      return exists ? this.binary('and', exists, holds) : holds;
    });
    return conds.length ? this.call('count', conds) : this.number(0);
  }

  /** `count(members.age)`: how many instances answered the question (copies of unshown instances have no answer). */
  private countAnswered(q: Question, name: string, chain: InstancePath): A.Expr {
    const copies = this.allCopies(q, chain, name);
    if (copies.length === 0) return this.number(0);
    return this.call(
      'count',
      copies.map((c) => this.call('answered', [this.name(c, 'question')])),
    );
  }

  /** A roster's name outside it: how many instances it has. */
  private countOf(r: Roster, chain: InstancePath): A.Expr {
    if (r.count.kind === 'fixed') return this.number(r.count.n);
    const src = this.sourceRef(r, chain);
    if (!src) return this.number(0);
    const bound = rosterBound(r, this.survey);
    const n = r.count.kind === 'answer' ? src : this.call('count_selected', [src]);
    return bound === undefined ? n : this.call('min', [n, this.number(bound)]);
  }

  // ------------------------------------------------------------- nodes
  private name(name: string, kind: Declaration['kind']): A.NameRef {
    const node: A.NameRef = { kind: 'NameRef', name, range: zero };
    const target: Declaration = { kind, name, file: this.survey.file, nameRange: zero, range: zero };
    this.referenceAt.set(node, { name, file: this.survey.file, range: zero, expected: [kind], context: 'condition', target });
    return node;
  }
  private code(code: string | number): A.Expr {
    if (typeof code === 'number') return this.number(code);
    return this.name(code, 'code');
  }
  private number(value: number): A.NumberLit {
    return { kind: 'Number', value, percent: false, raw: String(value), range: zero };
  }
  private bool(value: boolean): A.Expr {
    return this.binary('==', this.number(1), this.number(value ? 1 : 0));
  }
  private binary(op: A.BinaryOp, left: A.Expr, right: A.Expr): A.Binary {
    return { kind: 'Binary', op, opRange: zero, left, right, range: zero };
  }
  private call(fn: string, args: A.Expr[]): A.Call {
    return { kind: 'Call', callee: { kind: 'Identifier', name: fn, range: zero }, args, range: zero };
  }

  // ------------------------------------------------------------- the plan
  private plan(r: Roster, chain: InstancePath, binding: Binding): RuntimeRoster {
    return {
      id: r.id,
      instances: this.instancesOf(r, chain).map((inst) => {
        const inner = [...chain, inst];
        const exists = this.existence(inst, chain);
        const names: Array<[string, string]> = [];
        for (const q of r.questions) {
          for (const n of answerNames(q)) names.push([inst.prefix + n, n]);
          for (const o of q.choices?.options ?? [])
            if (o.specify) names.push([specifyName(inst.prefix + q.id, o.code), specifyName(q.id, o.code)]);
        }
        return {
          key: inst.prefix.slice(0, -SEP.length),
          when: exists ? exprToJson(exists, binding) : undefined,
          option: inst.option?.code,
          names,
          rosters: r.rosters.map((c) => this.plan(c, inner, binding)),
        };
      }),
    };
  }
}

const zero: A.TextRange = { start: 0, end: 0 };
