// The binder: from parsed files to the semantic model plus symbol tables. It never
// reports; it records declarations (duplicates included) and every reference with
// its resolution, and the checker's rules turn those into diagnostics.
import type * as A from '@survey/syntax';
import type { SourceFile } from '../program.ts';
import type * as M from '../model.ts';
import type { Declaration, Reference, ReferenceContext, SymbolKind } from './symbols.ts';
import { toLText, pipesIn } from './text.ts';
import { bindUpload } from '../answer-types/upload.ts';
import { npsScale } from './builtins.ts';
import { functions } from '../functions/table.ts';
import { walkExpr } from '../expr-walk.ts';
import { allocationMethods, ownOptions } from '../model.ts';
import { emptyFlow } from '../flow-model.ts';
import { buildFlow, resolveFlow } from './flow.ts';

function isAllocation(name: string): name is M.AllocationMethod {
  return (allocationMethods as readonly string[]).includes(name);
}

export interface Binding {
  entry: string;
  survey?: M.Survey;
  /** Every declaration in every file, duplicates included, in source order. */
  declarations: Declaration[];
  references: Reference[];
  /** The reference made by a name node (NameRef or Identifier) in the tree. */
  referenceAt: Map<object, Reference>;
  /** Translations tagged with a language the survey does not declare. */
  strayLanguages: Array<{ file: string; range: A.TextRange; lang: string }>;
  /** Section uses (`section id` without a body) and the declaration they name. */
  sectionUses: Array<{ file: string; node: A.SectionDecl; target?: A.SectionDecl }>;
  /** Scales, choices and sections declared by each file, for shared-file checks. */
  fileOrder: string[];
}

export function bind(entry: string, files: Map<string, SourceFile>): Binding {
  return new Binder(entry, files).run();
}

/**
 * Ranges the binder made itself (a pipe's name inside its text, `age` of `members.age`)
 * rather than took from a node: the incremental re-parse moves the nodes' ranges in
 * place, but not these; the bind cache (incremental/bind-cache.ts) moves them when it
 * reuses a binding.
 */
const madeRanges = new WeakMap<Binding, Array<{ file: string; range: A.TextRange }>>();

export function rangesMadeBy(binding: Binding): Array<{ file: string; range: A.TextRange }> | undefined {
  return madeRanges.get(binding);
}

export function setRangesMadeBy(binding: Binding, ranges: Array<{ file: string; range: A.TextRange }>): void {
  madeRanges.set(binding, ranges);
}

class Binder {
  /** The questions' default from `answers optional` / `answers required`. */
  private answersRequired = true;
  private b: Binding;
  private languages: string[] = ['zh'];
  private defaultLanguage = 'zh';
  private scales = new Map<string, M.Scale>();
  private choiceLists = new Map<string, M.ChoiceList>();
  private sharedSections = new Map<string, { file: string; node: A.SectionDecl }>();
  private variables = new Map<string, M.Question | M.Row>();
  private scoreDecls = new Map<string, Declaration>();
  private calcDecls = new Map<string, Declaration>();
  private sectionDecls = new Map<string, Declaration>();
  private stratumDecls = new Map<string, Declaration>();
  private strataDecls = new Map<string, Declaration>();
  private declByVariable = new Map<string, Declaration>();
  private hidden = new Map<string, M.HiddenVariable>();
  private hiddenDecls = new Map<string, Declaration>();
  private scaleDeclByName = new Map<string, Declaration>();
  private choicesDeclByName = new Map<string, Declaration>();
  private codeDecls = new Map<string, Map<string, Declaration>>();
  // Repeat groups (rosters): every roster in source order, and their declarations.
  private rosters: M.Roster[] = [];
  private rosterDecls = new Map<string, Declaration>();
  /** See `rangesMadeBy`. */
  private made: Array<{ file: string; range: A.TextRange }> = [];

  constructor(
    private entry: string,
    private files: Map<string, SourceFile>,
  ) {
    this.b = { entry, declarations: [], references: [], referenceAt: new Map(), strayLanguages: [], sectionUses: [], fileOrder: [] };
  }

  run(): Binding {
    madeRanges.set(this.b, this.made);
    const order = this.importOrder();
    this.b.fileOrder = order;
    const entryFile = this.files.get(this.entry);
    const surveyNode = entryFile?.parse.ast.surveys[0];
    if (surveyNode) this.readLanguages(surveyNode);
    this.scales.set('nps', npsScale(this.languages));

    // Shared declarations: imported files first, then the entry's top level.
    for (const path of order) {
      const file = this.files.get(path)!;
      for (const d of file.parse.ast.declarations) this.declareShared(path, d);
      for (const extra of file.parse.ast.surveys.slice(path === this.entry ? 1 : 0)) this.declare('survey', extra.id, path, extra.range);
    }
    if (surveyNode && entryFile) {
      this.declare('survey', surveyNode.id, this.entry, surveyNode.range);
      for (const m of surveyNode.members) if (m.kind === 'Scale' || m.kind === 'Choices') this.declareShared(this.entry, m);
      this.b.survey = this.buildSurvey(surveyNode);
    } else {
      // A shared file: still resolve names inside its sections so editors work.
      for (const path of order) {
        for (const d of this.files.get(path)!.parse.ast.declarations) {
          if (d.kind === 'Section' && d.hasBody) this.buildSection(path, d, [], 0);
        }
      }
    }
    return this.b;
  }

  /** Files in dependency order (imports before importers), entry last. */
  private importOrder(): string[] {
    const seen = new Set<string>();
    const out: string[] = [];
    const visit = (p: string) => {
      if (seen.has(p)) return;
      seen.add(p);
      const f = this.files.get(p);
      if (!f) return;
      for (const i of f.imports) visit(i);
      out.push(p);
    };
    visit(this.entry);
    return out;
  }

  private readLanguages(s: A.SurveyDecl): void {
    const prop = s.members.find((m): m is A.HeaderProperty => m.kind === 'Header' && m.key === 'languages');
    const langs = prop?.names.map((n) => n.name).filter(Boolean) ?? [];
    if (langs.length) this.languages = [...new Set(langs)];
    this.defaultLanguage = this.languages[0];
  }

  // ------------------------------------------------------------ declarations
  private declare(
    kind: SymbolKind,
    id: A.Identifier | undefined,
    file: string,
    range: A.TextRange,
    container?: string,
  ): Declaration | undefined {
    if (!id?.name) return undefined;
    const d: Declaration = { kind, name: id.name, file, nameRange: id.range, range, container };
    this.b.declarations.push(d);
    return d;
  }

  private text(t: A.Text | undefined, file: string): M.LText | undefined {
    if (!t) return undefined;
    for (const p of t.parts) {
      if (p.lang && !this.languages.includes(p.lang)) this.b.strayLanguages.push({ file, range: p.langRange ?? p.range, lang: p.lang });
    }
    return toLText(t, this.defaultLanguage);
  }

  private declareShared(file: string, d: A.ScaleDecl | A.ChoicesDecl | A.SectionDecl): void {
    if (d.kind === 'Scale') {
      const decl = this.declare('scale', d.id, file, d.range);
      if (decl && !this.scales.has(decl.name)) {
        this.scales.set(decl.name, this.buildScale(file, d));
        this.scaleDeclByName.set(decl.name, decl);
      }
    } else if (d.kind === 'Choices') {
      const decl = this.declare('choices', d.id, file, d.range);
      if (decl && !this.choiceLists.has(decl.name)) {
        this.choiceLists.set(decl.name, this.buildChoices(file, d, decl.name, d.options, false));
        this.choicesDeclByName.set(decl.name, decl);
      }
    } else if (d.kind === 'Section' && d.id?.name) {
      if (!d.hasBody) {
        this.b.sectionUses.push({ file, node: d });
        return;
      }
      if (!this.sharedSections.has(d.id.name)) this.sharedSections.set(d.id.name, { file, node: d });
    }
  }

  private buildScale(file: string, d: A.ScaleDecl): M.Scale {
    const signed = (n: A.NumberLit | undefined, neg: boolean | undefined) => (n ? (neg ? -n.value : n.value) : undefined);
    const pts = d.points
      .filter((p) => p.value)
      .map((p) => ({ value: signed(p.value, p.negative)!, label: this.text(p.label, file) ?? {}, missing: p.missing }));
    const substantive = pts.filter((p) => !p.missing).map((p) => p.value);
    const min = signed(d.from, d.fromNegative) ?? (substantive.length ? Math.min(...substantive) : 0);
    const max = signed(d.to, d.toNegative) ?? (substantive.length ? Math.max(...substantive) : 0);
    const points = [...pts.filter((p) => !p.missing).sort((a, b) => a.value - b.value), ...pts.filter((p) => p.missing)];
    return {
      id: d.id?.name ?? '',
      file,
      node: d,
      min,
      max,
      step: d.step?.value ?? 1,
      descending: d.descending,
      anchored: d.anchored,
      points,
    };
  }

  private buildChoices(
    file: string,
    node: A.ChoicesDecl | A.QuestionDecl,
    id: string,
    options: A.ChoiceOption[],
    inline: boolean,
  ): M.ChoiceList {
    const codes = new Map<string, Declaration>();
    this.codeDecls.set(inline ? '#' + id : id, codes);
    const list: M.ChoiceList = { id, file, node, inline, options: [] };
    for (const o of options) {
      if (!o.code) continue;
      const code = o.code.kind === 'Number' ? o.code.value : o.code.name;
      if (o.code.kind === 'Identifier') {
        const decl = this.declare('code', o.code, file, o.range, id);
        if (decl && !codes.has(decl.name)) codes.set(decl.name, decl);
      }
      list.options.push({
        code,
        label: this.text(o.label, file) ?? {},
        specify: o.specify,
        exclusive: o.exclusive,
        fixed: o.fixed,
        when: o.when,
        node: o,
        image: o.image ? { source: o.image.source?.value ?? '', alt: this.text(o.image.alt, file) } : undefined,
      });
    }
    return list;
  }

  // ------------------------------------------------------------------ survey
  private buildSurvey(node: A.SurveyDecl): M.Survey {
    const file = this.entry;
    const s: M.Survey = {
      id: node.id?.name ?? '',
      file,
      node,
      languages: this.languages,
      defaultLanguage: this.defaultLanguage,
      mode: [],
      answersRequired: true,
      tags: [],
      glossary: new Map(),
      scales: this.scales,
      choiceLists: this.choiceLists,
      sections: [],
      questions: [],
      rosters: this.rosters,
      variables: this.variables,
      hidden: this.hidden,
      scores: [],
      calculations: new Map(),
      checks: [],
      flow: emptyFlow(),
      targets: [],
      quality: [],
      analysis: [],
    };
    // `answers optional` sets the default of every question, wherever the header line is.
    for (const m of node.members)
      if (m.kind === 'Header' && m.key === 'answers' && m.required !== undefined) s.answersRequired = m.required;
    this.answersRequired = s.answersRequired;
    let implicit: M.Section | undefined;
    for (const m of node.members) {
      switch (m.kind) {
        case 'Header':
          this.readHeader(s, m);
          break;
        case 'Limit':
          if (m.value) s[m.unit === 'questions' ? 'questionLimit' : 'minuteLimit'] = m.value.value;
          break;
        case 'TotalPoints':
          if (m.value) s.totalPoints = m.value.value;
          break;
        case 'Glossary':
          for (const e of m.entries) {
            this.declare('glossary', e.term, file, e.range);
            if (e.term.name) s.glossary.set(e.term.name, this.text(e.text, file) ?? {});
          }
          break;
        case 'Section':
          implicit = undefined;
          this.addSection(s, m, file);
          break;
        case 'Shuffle':
          implicit = undefined;
          for (const sec of m.sections) this.addSection(s, sec, file);
          break;
        case 'Question': {
          if (!implicit) {
            implicit = { id: `_part${s.sections.length + 1}`, file, node: undefined, implicit: true, questions: [] };
            s.sections.push(implicit);
          }
          const q = this.buildQuestion(file, m, implicit, s.questions.length + 1);
          if (q) {
            implicit.questions.push(q);
            s.questions.push(q);
          }
          break;
        }
        case 'Repeat': {
          if (!implicit) {
            implicit = { id: `_part${s.sections.length + 1}`, file, node: undefined, implicit: true, questions: [] };
            s.sections.push(implicit);
          }
          this.buildRoster(file, m, implicit, s.questions, undefined);
          break;
        }
        case 'Hidden':
          this.buildHidden(file, m);
          break;
        case 'Score': {
          const decl = this.declare('score', m.id, file, m.range);
          if (decl && !this.scoreDecls.has(decl.name)) this.scoreDecls.set(decl.name, decl);
          s.scores.push({
            id: m.id?.name ?? '',
            file,
            node: m,
            label: this.text(m.label, file),
            expr: m.expr,
            require: m.require?.kind === 'atLeast' ? { kind: 'atLeast', count: m.require.count.value } : { kind: 'all' },
            items: [],
          });
          break;
        }
        case 'Let': {
          const decl = this.declare('calc', m.id, file, m.range);
          if (decl && !this.calcDecls.has(decl.name)) {
            this.calcDecls.set(decl.name, decl);
            s.calculations.set(decl.name, { id: decl.name, file, node: m, label: this.text(m.label, file), expr: m.expr, items: [] });
          }
          break;
        }
        case 'Check':
          s.checks.push({ file, node: m, expr: m.expr, message: this.text(m.message, file) ?? {}, items: [] });
          break;
        case 'Target':
          if (m.subject?.name && m.op && m.value)
            s.targets.push({ file, node: m, subject: m.subject.name, op: m.op, value: m.negative ? -m.value.value : m.value.value });
          break;
        case 'Sample':
          s.sample = this.buildSample(file, m);
          break;
        case 'Quality':
          s.quality.push(...m.rules);
          break;
        case 'Analysis':
          s.analysis.push(...m.requests);
          break;
        default:
          break; // scales and choices were declared up front
      }
    }
    buildFlow(s, node, (t, f) => this.text(t, f));
    // References are resolved after everything is declared, so order problems become
    // diagnostics (a `when` on a later question) rather than "unknown name".
    this.b.survey = s;
    this.resolveSurvey(s);
    return s;
  }

  /** A section with a body, or the use of a shared one (`section about_you`). */
  private addSection(s: M.Survey, m: A.SectionDecl, file: string): void {
    if (m.hasBody) {
      s.sections.push(this.buildSection(file, m, s.questions, s.sections.length));
    } else {
      const shared = m.id?.name ? this.sharedSections.get(m.id.name) : undefined;
      this.b.sectionUses.push({ file, node: m, target: shared?.node });
      if (shared) s.sections.push(this.buildSection(shared.file, shared.node, s.questions, s.sections.length));
      if (m.id)
        this.addRef(m.id.name, file, m.id.range, ['section'], 'section', m.id, shared ? this.sectionDecls.get(m.id.name) : undefined);
    }
  }

  private readHeader(s: M.Survey, m: A.HeaderProperty): void {
    const names = m.names.map((n) => n.name).filter(Boolean);
    switch (m.key) {
      case 'title':
      case 'intro':
      case 'confidentiality':
      case 'owner':
        s[m.key] = this.text(m.text, s.file);
        break;
      case 'version':
        s.version = m.text?.parts[0]?.value;
        break;
      case 'mode':
        s.mode = names;
        break;
      case 'tags':
        s.tags = names;
        break;
      case 'frequency':
        s.frequency = names[0] ?? this.text(m.text, s.file);
        break;
      case 'languages':
      case 'answers':
        break; // read before binding
    }
  }

  private buildSection(file: string, node: A.SectionDecl, all: M.Question[], index: number): M.Section {
    const decl = this.declare('section', node.id, file, node.range);
    if (decl && !this.sectionDecls.has(decl.name)) this.sectionDecls.set(decl.name, decl);
    const section: M.Section = {
      id: node.id?.name || `_section${index + 1}`,
      file,
      node,
      implicit: false,
      title: this.text(node.title, file),
      points: node.points?.value,
      weight: node.weight?.value,
      questionLimit: node.limit?.unit === 'questions' ? node.limit.value?.value : undefined,
      when: node.when,
      questions: [],
    };
    // Questions and repeat groups in source order.
    const members: Array<A.QuestionDecl | A.RepeatDecl> = node.repeats?.length
      ? [...node.questions, ...node.repeats].sort((a, b) => a.range.start - b.range.start)
      : node.questions;
    for (const qn of members) {
      if (qn.kind === 'Repeat') {
        this.buildRoster(file, qn, section, all, undefined);
        continue;
      }
      const q = this.buildQuestion(file, qn, section, all.length + 1);
      if (q) {
        section.questions.push(q);
        all.push(q);
      }
    }
    return section;
  }

  // -------------------------------------------------- repeat groups (rosters)
  /** A roster and its questions: they join the section (and the survey's list) in order, each marked with its roster. */
  private buildRoster(file: string, node: A.RepeatDecl, section: M.Section, all: M.Question[], parent: M.Roster | undefined): M.Roster {
    const decl = this.declare('roster', node.id, file, node.range);
    if (decl && !this.rosterDecls.has(decl.name) && !this.declByVariable.has(decl.name)) this.rosterDecls.set(decl.name, decl);
    const count: M.RosterCount = node.source
      ? { kind: node.each ? 'each' : 'answer', source: node.source.name }
      : { kind: 'fixed', n: node.count?.value ?? 0 };
    const roster: M.Roster = {
      id: node.id?.name ?? '',
      file,
      node,
      title: this.text(node.title, file),
      count,
      max: node.max?.value,
      parent,
      depth: (parent?.depth ?? 0) + 1,
      section,
      questions: [],
      rosters: [],
    };
    this.rosters.push(roster);
    parent?.rosters.push(roster);
    for (const member of node.members) {
      if (member.kind === 'Repeat') {
        this.buildRoster(file, member, section, all, roster);
        continue;
      }
      const q = this.buildQuestion(file, member, section, all.length + 1);
      if (!q) continue;
      q.roster = roster;
      roster.questions.push(q);
      section.questions.push(q);
      all.push(q);
    }
    return roster;
  }

  /** The first question asked in a roster (its nested rosters' included): where its count source must be answered. */
  private firstQuestionOf(r: M.Roster): M.Question | undefined {
    const candidates = [r.questions[0], ...r.rosters.map((c) => this.firstQuestionOf(c))].filter((q): q is M.Question => !!q);
    return candidates.sort((a, b) => a.number - b.number)[0];
  }

  /** `for household_size` / `for each brands`: a reference to the earlier question that sets the instances. */
  private resolveRosterSources(): void {
    for (const r of this.rosters) {
      const src = r.node.source;
      if (!src?.name) continue;
      const target = this.declByVariable.get(src.name) ?? this.valueDecl(src.name);
      this.addRef(src.name, r.file, src.range, ['question'], 'condition', src, target, this.firstQuestionOf(r)?.id);
    }
  }

  /** The roster a `for each` loop's name stands for: its current option is a code of the source's list. */
  private loopSource(name: string): M.Question | undefined {
    const r = this.rosters.find((x) => x.id === name && x.count.kind === 'each');
    const v = r && r.count.kind === 'each' ? this.variables.get(r.count.source) : undefined;
    return v && !('matrix' in v) ? v : undefined;
  }

  private buildQuestion(file: string, node: A.QuestionDecl, section: M.Section, number: number): M.Question | undefined {
    const decl = this.declare('question', node.id, file, node.range);
    const id = node.id?.name ?? '';
    const constraint = (c: A.ConstraintValue | undefined) =>
      c?.value ? (c.value.kind === 'Number' ? (c.negative ? -c.value.value : c.value.value) : c.value.value) : undefined;
    const q: M.Question = {
      id,
      file,
      node,
      kind: node.questionKind,
      number,
      text: this.text(node.text, file) ?? {},
      help: this.text(node.help, file),
      required: node.required ?? this.answersRequired,
      rows: [],
      min: constraint(node.min),
      max: node.questionKind === 'file' ? undefined : constraint(node.max), // a file's `max 5 MB` is upload.maxBytes
      pattern: node.pattern?.value,
      unit: this.text(node.unit, file),
      integer: node.integer,
      tags: node.tags.map((t) => t.name).filter(Boolean),
      reverse: node.reverse,
      randomize: node.randomize,
      when: node.when,
      default: node.default,
      format: node.format?.name || undefined,
      slider: node.slider ?? false,
      upload: bindUpload(node),
      pipes: [],
      section,
    };
    if (node.questionKind === 'nps') q.scale = this.scales.get('nps');
    if (node.scale) {
      const scale = this.scales.get(node.scale.name);
      this.addRef(
        node.scale.name,
        file,
        node.scale.range,
        ['scale'],
        'scale',
        node.scale,
        scale ? this.scaleDecl(node.scale.name) : undefined,
      );
      if (scale) q.scale = scale;
    }
    if (node.from && node.fromSelected !== undefined) {
      // Carry-forward: the source question's options, attached once every question is built.
      q.carry = { source: node.from.name, selected: node.fromSelected };
    } else if (node.from) {
      const list = this.choiceLists.get(node.from.name);
      this.addRef(node.from.name, file, node.from.range, ['choices'], 'choices', node.from, this.choicesDeclByName.get(node.from.name));
      if (list) q.choices = list;
    }
    if (node.options.length) q.choices = this.buildChoices(file, node, id, node.options, true);
    for (const r of node.rows) {
      const rdecl = this.declare('row', r.id, file, r.range);
      const row: M.Row = {
        id: r.id?.name ?? '',
        file,
        node: r,
        text: this.text(r.text, file) ?? {},
        reverse: r.reverse,
        tags: r.tags.map((t) => t.name).filter(Boolean),
        matrix: q,
      };
      q.rows.push(row);
      if (rdecl && !this.variables.has(rdecl.name)) {
        this.variables.set(rdecl.name, row);
        this.declByVariable.set(rdecl.name, rdecl);
      }
    }
    if (decl && !this.variables.has(id)) {
      this.variables.set(id, q);
      this.declByVariable.set(id, decl);
    }
    return q;
  }

  private buildHidden(file: string, node: A.HiddenDecl): void {
    const decl = this.declare('hidden', node.id, file, node.range);
    const h: M.HiddenVariable = {
      id: node.id?.name ?? '',
      file,
      node,
      type: node.from ? 'code' : (node.valueType ?? 'text'),
      label: this.text(node.label, file),
      required: node.required ?? true,
    };
    if (node.from) {
      this.addRef(node.from.name, file, node.from.range, ['choices'], 'choices', node.from, this.choicesDeclByName.get(node.from.name));
      h.choices = this.choiceLists.get(node.from.name);
    }
    if (decl && !this.hidden.has(decl.name)) {
      this.hidden.set(decl.name, h);
      this.hiddenDecls.set(decl.name, decl);
    }
  }

  /** The declaration of an answer variable or, failing that, of a hidden variable. */
  private valueDecl(name: string): Declaration | undefined {
    return this.declByVariable.get(name) ?? this.hiddenDecls.get(name) ?? this.calcDecls.get(name) ?? this.rosterDecls.get(name);
  }

  private scaleDecl(name: string): Declaration | undefined {
    return this.scaleDeclByName.get(name);
  }

  private buildSample(file: string, node: A.SampleDecl): M.Sample {
    const sample: M.Sample = { file, node, allocation: 'proportional', stratifications: [] };
    for (const st of node.settings) {
      if (st.key === 'allocate') {
        if (st.method && isAllocation(st.method.name)) sample.allocation = st.method.name;
        continue;
      }
      if (!st.value) continue;
      const v = st.value.value;
      const key = (
        {
          population: 'population',
          invited: 'invited',
          completes: 'completes',
          margin: 'margin',
          confidence: 'confidence',
          proportion: 'proportion',
          sd: 'sd',
          response_rate: 'responseRate',
        } as const
      )[st.key];
      sample[key] = v;
    }
    for (const sd of node.strata) {
      const decl = this.declare('strata', sd.id, file, sd.range);
      if (decl && !this.strataDecls.has(decl.name)) this.strataDecls.set(decl.name, decl);
      const strat: M.Stratification = { id: sd.id?.name ?? '', variable: sd.variable?.name || undefined, node: sd, strata: [] };
      for (const h of sd.strata) {
        const hd = this.declare('stratum', h.id, file, h.range, strat.id);
        if (hd && !this.stratumDecls.has(hd.name)) this.stratumDecls.set(hd.name, hd);
        strat.strata.push({
          id: h.id.name,
          size: h.size?.value ?? 0,
          sd: h.sd?.value,
          proportion: h.proportion?.value,
          cost: h.cost?.value,
          completes: h.completes?.value,
          invited: h.invited?.value,
          takeAll: h.takeAll,
          oversample: 1,
          node: h,
        });
      }
      sample.stratifications.push(strat);
    }
    for (const o of node.oversample) {
      if (!o.stratum) continue;
      const target = this.stratumDecls.get(o.stratum.name);
      this.addRef(o.stratum.name, file, o.stratum.range, ['stratum'], 'sample', o.stratum, target);
      for (const strat of sample.stratifications) {
        for (const h of strat.strata) if (h.id === o.stratum.name && o.factor) h.oversample = o.factor.value;
      }
    }
    return sample;
  }

  // -------------------------------------------------------------- references
  private addRef(
    name: string,
    file: string,
    range: A.TextRange,
    expected: SymbolKind[],
    context: ReferenceContext,
    node: object,
    target: Declaration | undefined,
    fromQuestion?: string,
  ): Reference {
    const ref: Reference = { name, file, range, expected, context, target, fromQuestion };
    this.b.references.push(ref);
    this.b.referenceAt.set(node, ref);
    return ref;
  }

  private resolveSurvey(s: M.Survey): void {
    this.resolveRosterSources();
    for (const section of s.sections) {
      if (section.when && section.node) this.resolveExpr(section.when, section.file, 'condition', section.questions[0]?.id);
      for (const q of section.questions) {
        if (q.when) this.resolveExpr(q.when, q.file, 'condition', q.id);
        this.resolveCarry(q);
        // A choice filter reads earlier answers like the question's own condition.
        for (const o of ownOptions(q)) if (o.when) this.resolveExpr(o.when, q.file, 'condition', q.id);
        this.resolveDefault(q);
        this.resolvePipes(q);
      }
    }
    // Options of a shared list are bound once, without a question: SVY2160 checks their order per using question.
    for (const list of this.choiceLists.values()) {
      for (const o of list.inline ? [] : list.options) if (o.when) this.resolveExpr(o.when, list.file, 'condition');
    }
    for (const c of s.calculations.values()) if (c.expr) this.resolveExpr(c.expr, c.file, 'formula');
    for (const c of s.calculations.values()) c.items = this.itemsOf(c.expr);
    for (const c of s.checks) {
      if (c.expr) this.resolveExpr(c.expr, c.file, 'condition');
      c.items = this.itemsOf(c.expr);
      const numberOf = (id: string) => {
        const v = this.variables.get(id);
        return v ? ('matrix' in v ? v.matrix.number : v.number) : 0;
      };
      const last = [...c.items].sort((a, b) => numberOf(b) - numberOf(a))[0];
      const v = last ? this.variables.get(last) : undefined;
      c.anchor = v ? ('matrix' in v ? v.matrix.id : v.id) : undefined;
    }
    resolveFlow(
      s.flow,
      (e, f) => this.resolveExpr(e, f, 'condition'),
      (e) => this.itemsOf(e),
    );
    for (const score of s.scores) {
      if (score.expr) this.resolveExpr(score.expr, score.file, 'formula');
      score.items = this.itemsOf(score.expr);
    }
    for (const t of s.targets) {
      const subject = t.node.subject!;
      const target = this.scoreDecls.get(t.subject);
      if (t.subject !== 'response_rate') this.addRef(t.subject, t.file, subject.range, ['score'], 'target', subject, target);
    }
    for (const strat of s.sample?.stratifications ?? []) {
      const v = strat.node.variable;
      if (v?.name) this.addRef(v.name, s.file, v.range, ['hidden'], 'sample', v, this.hiddenDecls.get(v.name));
    }
    for (const rule of s.quality) {
      if (rule.kind === 'ExcludeStraightline' && rule.target) this.refVariable(rule.target, s.file, 'quality');
      if (rule.kind === 'ExcludeAttention' && rule.question) {
        this.refVariable(rule.question, s.file, 'quality');
        if (rule.expected?.kind === 'Identifier') this.refCode(rule.expected, s.file, this.variables.get(rule.question.name));
      }
      if (rule.kind === 'ExcludeWhen' && rule.expr) this.resolveExpr(rule.expr, s.file, 'condition');
    }
    for (const req of s.analysis) {
      if (req.kind === 'Breakdown') for (const by of req.by) this.refBreakdown(by, s.file);
      if (req.kind === 'Drivers') {
        if (req.outcome) this.refVariable(req.outcome, s.file, 'analysis');
        for (const d of req.drivers) this.refVariable(d, s.file, 'analysis');
      }
      if (req.kind === 'Chart') {
        if (req.subject) this.refVariableOrScore(req.subject, s.file);
        if (req.by) this.refBreakdown(req.by, s.file);
      }
      if (req.kind === 'Alpha' && req.subject) this.refVariable(req.subject, s.file, 'analysis');
      // `top 3 displeased` (no comparator) ranks the options of a choice question.
      if (req.kind === 'Top' && !req.op && req.name) this.refVariable(req.name, s.file, 'analysis');
    }
  }

  private refVariable(id: A.Identifier, file: string, context: ReferenceContext): void {
    this.addRef(id.name, file, id.range, ['question', 'row'], context, id, this.declByVariable.get(id.name));
  }

  private refVariableOrScore(id: A.Identifier, file: string): void {
    this.addRef(
      id.name,
      file,
      id.range,
      ['question', 'row', 'score'],
      'analysis',
      id,
      this.declByVariable.get(id.name) ?? this.scoreDecls.get(id.name),
    );
  }

  /** `breakdown by size, tag`: a stratification, `tag`, a question or a hidden variable. */
  private refBreakdown(id: A.Identifier, file: string): void {
    if (id.name === 'tag') return;
    this.addRef(
      id.name,
      file,
      id.range,
      ['strata', 'question', 'hidden'],
      'analysis',
      id,
      this.strataDecls.get(id.name) ?? this.valueDecl(id.name),
    );
  }

  private refCode(id: A.Identifier, file: string, variable: M.Question | M.Row | M.HiddenVariable | undefined): void {
    const list = variable && !('matrix' in variable) ? variable.choices : undefined;
    const codes = list ? this.codeDecls.get(list.inline ? '#' + list.id : list.id) : undefined;
    this.addRef(id.name, file, id.range, ['code'], 'code', id, codes?.get(id.name));
  }

  /** `from q3 selected`: a reference to the earlier question, whose options become this one's. */
  private resolveCarry(q: M.Question): void {
    const from = q.node.from;
    if (!q.carry || !from) return;
    // Another kind of name resolves too, so that SVY2072 says what it is instead of "unknown".
    const target = this.declByVariable.get(from.name) ?? this.valueDecl(from.name) ?? this.choicesDeclByName.get(from.name);
    this.addRef(from.name, q.file, from.range, ['question'], 'condition', from, target, q.id);
    const source = this.variables.get(from.name);
    // Sources come first (SVY2005 otherwise), so a carried list is already attached.
    if (source && !('matrix' in source) && source !== q) q.choices = source.choices;
  }

  /** `default b`: a bare name that is no answer is one of the question's own codes. */
  private resolveDefault(q: M.Question): void {
    const d = q.default;
    if (!d) return;
    if (d.kind === 'NameRef' && !this.valueDecl(d.name) && (q.choices || q.kind === 'yesno')) {
      const list = q.choices;
      const codes = list ? this.codeDecls.get(list.inline ? '#' + list.id : list.id) : undefined;
      this.addRef(d.name, q.file, d.range, ['code'], 'code', d, codes?.get(d.name));
      return;
    }
    this.resolveExpr(d, q.file, 'condition', q.id);
  }

  private resolvePipes(q: M.Question): void {
    const node = q.node;
    for (const t of [node.text, node.help]) {
      for (const part of t?.parts ?? []) {
        for (const p of pipesIn(part.value)) {
          // Offsets inside the literal: exact when the literal has no escapes before the pipe.
          const raw = this.files.get(q.file)?.text.slice(part.valueRange.start, part.valueRange.end) ?? '';
          const at = raw.indexOf('{' + p.name + '}');
          const start = at >= 0 ? part.valueRange.start + at + 1 : part.valueRange.start;
          const range = { start, end: at >= 0 ? start + p.name.length : part.valueRange.end };
          this.made.push({ file: q.file, range });
          const key = { pipe: true, q: q.id, range };
          this.addRef(p.name, q.file, range, ['question', 'row', 'hidden', 'calc'], 'pipe', key, this.valueDecl(p.name), q.id);
          if (!q.pipes.includes(p.name)) q.pipes.push(p.name);
        }
      }
    }
  }

  private resolveExpr(
    e: A.Expr | undefined,
    file: string,
    context: ReferenceContext,
    fromQuestion?: string,
    expect: 'value' | 'scale' | 'section' = 'value',
  ): void {
    if (!e) return;
    switch (e.kind) {
      case 'NameRef': {
        if (expect === 'scale') {
          this.addRef(e.name, file, e.range, ['scale'], 'scale', e, this.scaleDecl(e.name));
        } else if (expect === 'section') {
          this.addRef(e.name, file, e.range, ['section'], 'section', e, this.sectionDecls.get(e.name));
        } else {
          // Hidden variables resolve in formulas too, so that the checker can say they
          // cannot enter a score (rather than calling a declared name unknown).
          const target = this.valueDecl(e.name) ?? (context === 'formula' ? this.scoreDecls.get(e.name) : undefined);
          // `members.age`: the group is a reference of its own; the question's is `age` alone.
          if (e.qualifier) {
            const q = e.qualifier;
            this.addRef(q.name, file, q.range, ['roster'], 'group', q, this.rosterDecls.get(q.name), fromQuestion);
          }
          const range = e.qualifier ? { start: e.range.end - e.name.length, end: e.range.end } : e.range;
          if (e.qualifier) this.made.push({ file, range });
          this.addRef(
            e.name,
            file,
            range,
            context === 'formula' ? ['question', 'row', 'calc', 'score'] : ['question', 'row', 'hidden', 'calc'],
            context,
            e,
            target,
            fromQuestion,
          );
        }
        return;
      }
      case 'Binary': {
        this.resolveExpr(e.left, file, context, fromQuestion);
        const leftVar =
          e.left?.kind === 'NameRef'
            ? (this.variables.get(e.left.name) ?? this.hidden.get(e.left.name) ?? this.loopSource(e.left.name))
            : undefined;
        // `vendor == other`: a bare name on the right of a choice question (or of a
        // hidden variable from a list) is one of its codes.
        if (
          e.right?.kind === 'NameRef' &&
          ['==', '!=', 'has'].includes(e.op) &&
          leftVar &&
          !this.variables.has(e.right.name) &&
          !this.hidden.has(e.right.name) &&
          !('matrix' in leftVar) &&
          (leftVar.choices || ('kind' in leftVar && leftVar.kind === 'yesno'))
        ) {
          const id: A.Identifier = { kind: 'Identifier', name: e.right.name, range: e.right.range };
          if ('kind' in leftVar && leftVar.kind === 'yesno') {
            this.addRef(e.right.name, file, e.right.range, ['code'], 'code', e.right, undefined);
          } else {
            this.refCode(id, file, leftVar);
            const ref = this.b.references[this.b.references.length - 1];
            this.b.referenceAt.set(e.right, ref);
          }
          return;
        }
        this.resolveExpr(e.right, file, context, fromQuestion);
        return;
      }
      case 'Unary':
        this.resolveExpr(e.operand, file, context, fromQuestion);
        return;
      case 'Paren':
        this.resolveExpr(e.expr, file, context, fromQuestion);
        return;
      case 'Call': {
        const sig = functions[e.callee.name];
        e.args.forEach((arg, i) => {
          const kind = sig ? sig.args[Math.min(i, sig.args.length - 1)] : 'value';
          this.resolveExpr(arg, file, context, fromQuestion, kind === 'scale' ? 'scale' : kind === 'section' ? 'section' : 'value');
        });
        // `count(members where age < 18)`: the condition is read in each instance (roster-filters.ts).
        if (e.where) this.resolveExpr(e.where.cond, file, context, fromQuestion);
        return;
      }
      default:
        return;
    }
  }

  /**
   * Answer variables a formula reads; a matrix stands for its rows, index() for its
   * sections' items, a calculated value for what it reads (cycles are cut; a rule reports them).
   */
  private itemsOf(e: A.Expr | undefined, out = new Set<string>(), seen = new Set<string>()): string[] {
    const addQuestion = (q: M.Question) => (q.kind === 'matrix' ? q.rows.forEach((r) => out.add(r.id)) : out.add(q.id));
    walkExpr(e, (x) => {
      if (x.kind === 'NameRef') {
        const ref = this.b.referenceAt.get(x);
        if (ref?.target?.kind === 'calc' && !seen.has(x.name)) {
          seen.add(x.name);
          this.itemsOf(this.b.survey?.calculations.get(x.name)?.expr, out, seen);
          return;
        }
        if (!ref?.target || (ref.target.kind !== 'question' && ref.target.kind !== 'row')) return;
        const v = this.variables.get(x.name);
        if (v && !('matrix' in v)) addQuestion(v);
        else out.add(x.name);
      } else if (x.kind === 'Call' && x.callee.name === 'index') {
        for (const a of x.args) {
          if (a.kind !== 'NameRef') continue;
          // index() takes section names; its arguments are section references, never items.
          this.b.survey?.sections.find((sec) => sec.id === a.name)?.questions.forEach(addQuestion);
        }
      }
    });
    return [...out];
  }
}
