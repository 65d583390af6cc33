// The compiled survey as XLSForm rows: a group per section (relevant = its `when`),
// a field-list group per matrix with one select_one per row, select_one /
// select_multiple / rank over a choices list per named list, scale or inline option
// set, and a text follow-up for each `specify` option. Bounds, lengths, patterns and
// exclusive options become constraints.
import { pointLabel, type OptionDoc, type QuestionDoc, type RosterDoc, type SurveyIndex, type Text } from '../../model.ts';
import { printCondition, type Dialect } from '../condition.ts';
import { Unmappable, type Notes } from '../notes.ts';
import { xlsformDialect } from './condition.ts';
import type { ChoiceRow, SurveyRow, XlsForm } from './form.ts';
import { languageColumnName } from '../../common/languages.ts';
import { writePages } from './pages.ts';
import { noteOptionImages, xlsformAnswerType } from '../answer-types.ts';
import { nestRosters, rostersOf, type RosterItem } from '../rosters.ts';
import { rosterCap } from '../roster-cap.ts';
import { xpathCall } from './calls.ts';

export function xlsformOf(ix: SurveyIndex, notes: Notes): XlsForm {
  const { doc } = ix;
  const b = new Builder(ix, notes);
  const intro = joinTexts(doc.intro, doc.confidentiality);
  if (intro) b.survey.push({ type: 'note', name: '_intro', label: b.pipes(intro) });
  // Calculated values first, so that conditions know which ones have a calculate row.
  const calculations = b.calculations();
  // Hidden variables: XLSForm `hidden` rows (no widget; the value is preloaded).
  for (const h of doc.hidden ?? []) {
    b.survey.push({ type: 'hidden', name: h.id, ...(h.label ? { label: h.label } : {}) });
    if (h.type !== 'text')
      notes.add(h.id, `XLSForm hidden fields hold text: the ${h.type === 'code' ? `codes of ${h.choices}` : h.type} type is not exported.`);
  }
  for (const s of doc.sections) {
    if (!s.implicit) b.survey.push({ type: 'begin group', name: s.id, label: s.title, ...b.relevant(s.when, s.id) });
    else if (s.when) notes.add(s.id, 'an implicit section cannot carry a condition in XLSForm');
    writePages(ix, s, b.survey, (qs) => b.items(nestRosters(qs, doc)));
    if (!s.implicit) b.survey.push({ type: 'end group', name: s.id });
  }
  b.survey.push(...calculations);
  for (const sc of doc.scores) notes.add(sc.id, 'scores are not exported to XLSForm (no calculate row is generated).');
  return {
    languages: doc.languages,
    survey: b.survey,
    choices: b.choices,
    settings: {
      form_title: ix.text(doc.title) || doc.id,
      form_id: doc.id,
      ...(doc.version ? { version: doc.version } : {}),
      default_language: languageColumnName(doc.defaultLanguage),
    },
  };
}

function joinTexts(a?: Text, b?: Text): Text | undefined {
  if (!a && !b) return undefined;
  const out: Text = {};
  for (const k of new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])) out[k] = [a?.[k], b?.[k]].filter(Boolean).join(' ');
  return out;
}

/** The calculate rows a repeat group adds inside each instance: its option (and label) in a loop, else its position. */
const rosterCalcs = (r: RosterDoc) => ('each' in r.count ? { code: `${r.id}_option`, label: `${r.id}_label` } : { code: `${r.id}_index` });

class Builder {
  readonly survey: SurveyRow[] = [];
  readonly choices: ChoiceRow[] = [];
  private readonly lists = new Map<string, string>(); // key → list name
  /** The repeat groups being written, outermost first. */
  private readonly open: RosterDoc[] = [];
  /** Calculated values written as calculate rows. */
  private readonly calcs = new Set<string>();
  private readonly rosterIds: Set<string>;
  constructor(
    private readonly ix: SurveyIndex,
    private readonly notes: Notes,
  ) {
    this.rosterIds = new Set(rostersOf(ix.doc).map((r) => r.id));
  }

  private readonly dialect: Dialect = {
    ...xlsformDialect,
    // Inside a group: the current option or position; outside: the number of instances.
    roster: (name) => {
      const r = this.open.find((o) => o.id === name);
      return r ? `\${${rosterCalcs(r).code}}` : `count(\${${name}})`;
    },
    calc: (name) => {
      if (!this.calcs.has(name)) throw new Unmappable(`the calculated value '${name}' is not exported`);
      return `\${${name}}`;
    },
    call: xpathCall,
    // count(members where age < 18) → count(${members}[age < 18]): the group's own questions
    // are read relative to each instance in the predicate, everything else by its ${name}.
    instances: (e) => {
      const own = (name: string) => this.ix.questionOfVar(name)?.roster === e.roster;
      const local: Dialect = {
        ...this.dialect,
        ref: (name) => (own(name) ? name : `\${${name}}`),
        has: (name, code) => (own(name) ? `selected(${name}, '${code}')` : xlsformDialect.has(name, code)),
        answered: (name) => (own(name) ? `${name} != ''` : xlsformDialect.answered(name)),
      };
      const predicate = e.where ? printCondition(e.where, this.ix, local) : e.answered ? local.answered(e.answered) : undefined;
      return `count(\${${e.roster}}${predicate ? `[${predicate}]` : ''})`;
    },
  };

  /** `{q}` placeholders become XLSForm's `${q}`; a repeat group's name its option's label or position inside it. */
  pipes(t: Text | undefined): Text | undefined {
    if (!t) return undefined;
    const ref = (whole: string, name: string) => {
      if (!this.rosterIds.has(name)) return `\${${name}}`;
      const r = this.open.find((o) => o.id === name);
      if (!r) return whole;
      const c = rosterCalcs(r);
      return `\${${c.label ?? c.code}}`;
    };
    return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, ref)]));
  }

  /** `let` values as calculate rows (a formula XPath cannot say is noted and left out). */
  calculations(): SurveyRow[] {
    const rows: SurveyRow[] = [];
    for (const c of this.ix.doc.calculations ?? []) {
      try {
        const calculation = printCondition(c.expr, this.ix, this.dialect);
        this.calcs.add(c.id);
        rows.push({ type: 'calculate', name: c.id, ...(c.label ? { label: c.label } : {}), calculation });
      } catch (err) {
        if (!(err instanceof Unmappable)) throw err;
        this.notes.add(c.id, `calculated value not exported: ${err.message}`);
      }
    }
    return rows;
  }

  items(items: RosterItem[]): void {
    for (const it of items) {
      if ('q' in it) this.question(it.q);
      else this.roster(it.roster, it.items);
    }
  }

  /**
   * A repeat group: `begin repeat` with its count, the instance's option or position as
   * calculate rows, its questions. XLSForm has no maximum column: a `max` tighter than
   * the count implies (roster-cap.ts) caps the count
   * with `if(count > max, max, count)` (ODK's `if`; pyxform and our XForm give it a
   * calculate node), which the importer reads back as `max`.
   */
  private roster(r: RosterDoc, items: RosterItem[]): void {
    const raw =
      'fixed' in r.count ? String(r.count.fixed) : 'from' in r.count ? `\${${r.count.from}}` : `count-selected(\${${r.count.each}})`;
    const cap = rosterCap(this.ix, r);
    const count = cap !== undefined ? `if(${raw} > ${cap}, ${cap}, ${raw})` : raw;
    this.survey.push({ type: 'begin repeat', name: r.id, ...(r.title ? { label: r.title } : {}), repeat_count: count });
    this.open.push(r);
    const c = rosterCalcs(r);
    if ('each' in r.count) {
      this.survey.push({ type: 'calculate', name: c.code, calculation: `selected-at(\${${r.count.each}}, position(..) - 1)` });
      this.survey.push({ type: 'calculate', name: c.label!, calculation: `jr:choice-name(\${${c.code}}, '\${${r.count.each}}')` });
    } else this.survey.push({ type: 'calculate', name: c.code, calculation: 'position(..)' });
    this.items(items);
    this.open.pop();
    this.survey.push({ type: 'end repeat', name: r.id });
  }

  relevant(e: QuestionDoc['when'], element: string): { relevant?: string } {
    if (!e) return {};
    try {
      return { relevant: printCondition(e, this.ix, this.dialect) };
    } catch (err) {
      if (!(err instanceof Unmappable)) throw err;
      this.notes.add(element, `condition not exported: ${err.message}`);
      return {};
    }
  }

  private list(key: string, preferred: string, options: { code: string | number; label: Text }[]): string {
    const known = this.lists.get(key);
    if (known) return known;
    let name = preferred;
    while ([...this.lists.values()].includes(name)) name += '_';
    this.lists.set(key, name);
    for (const o of options) this.choices.push({ list_name: name, name: String(o.code), label: o.label });
    return name;
  }

  private optionList(q: QuestionDoc): string {
    const options = this.ix.options(q);
    if (q.kind === 'yesno') return this.list('yesno', 'yes_no', options);
    return q.choices ? this.list(`choices:${q.choices}`, q.choices, options) : this.list(`q:${q.id}`, q.id, options);
  }

  private scaleList(q: QuestionDoc): string {
    const s = this.ix.scale(q)!;
    const langs = this.ix.doc.languages;
    return this.list(
      `scale:${s.id}`,
      s.id,
      s.points.map((p) => ({ code: p.value, label: pointLabel(p, langs) })),
    );
  }

  question(q: QuestionDoc): void {
    const base: SurveyRow = {
      type: '',
      name: q.id,
      label: this.pipes(q.text),
      ...(q.help ? { hint: this.pipes(q.help) } : {}),
      ...(q.required ? { required: 'yes' as const } : {}),
      ...this.relevant(q.when, q.id),
    };
    if (q.unit) this.notes.add(q.id, 'XLSForm has no unit after a field; the unit is not exported.');
    const constraint = (parts: string[]) => (parts.length ? { constraint: parts.join(' and ') } : {});
    const num = (v: unknown) => typeof v === 'number';
    switch (q.kind) {
      case 'single':
      case 'multi':
      case 'ranking': {
        const type = { single: 'select_one', multi: 'select_multiple', ranking: 'rank' }[q.kind];
        const parts: string[] = [];
        if (q.kind === 'multi') {
          if (num(q.min) && (q.min as number) >= 1) parts.push(`count-selected(.) >= ${q.min}`);
          if (num(q.max)) parts.push(`count-selected(.) <= ${q.max}`);
          for (const o of this.ix.options(q).filter((o) => o.exclusive))
            parts.push(`(not(selected(., '${o.code}')) or count-selected(.) = 1)`);
        }
        if (q.kind === 'ranking' && (num(q.min) || num(q.max)))
          this.notes.add(q.id, 'XLSForm rank questions rank every option; min/max are not exported.');
        this.fixedNote(q, this.ix.options(q));
        noteOptionImages(q, this.ix.options(q), this.notes, 'XLSForm');
        this.survey.push({
          ...base,
          type: `${type} ${this.optionList(q)}`,
          ...constraint(parts),
          ...(q.randomize ? { parameters: 'randomize=true' } : {}),
        });
        this.specify(q);
        return;
      }
      case 'yesno':
        this.survey.push({ ...base, type: `select_one ${this.optionList(q)}` });
        return;
      case 'file':
      case 'geopoint':
      case 'signature':
        this.survey.push({ ...base, ...xlsformAnswerType(q, this.notes) });
        return;
      case 'rating':
      case 'nps':
        if (q.reverse) this.notes.add(q.id, 'XLSForm has no reverse-coded items; `reverse` is not exported.');
        this.survey.push({ ...base, type: `select_one ${this.scaleList(q)}` });
        return;
      case 'matrix': {
        const list = this.scaleList(q);
        this.survey.push({
          type: 'begin group',
          name: q.id,
          label: base.label,
          hint: base.hint,
          ...this.relevant(q.when, q.id),
          appearance: 'field-list',
        });
        if (q.randomize) this.notes.add(q.id, 'XLSForm cannot randomise the rows of a grid; the rows keep their order.');
        for (const r of q.rows ?? []) {
          if (r.reverse) this.notes.add(r.id, 'XLSForm has no reverse-coded items; `reverse` is not exported.');
          this.survey.push({
            type: `select_one ${list}`,
            name: r.id,
            label: this.pipes(r.text),
            ...(q.required ? { required: 'yes' as const } : {}),
          });
        }
        this.survey.push({ type: 'end group', name: q.id });
        return;
      }
      case 'text': {
        const parts: string[] = [];
        if (num(q.min)) parts.push(`string-length(.) >= ${q.min}`);
        if (num(q.max)) parts.push(`string-length(.) <= ${q.max}`);
        if (q.pattern) parts.push(`regex(., ${q.pattern.includes("'") ? `"${q.pattern}"` : `'${q.pattern}'`})`);
        this.survey.push({ ...base, type: 'text', ...constraint(parts) });
        return;
      }
      case 'number': {
        const parts: string[] = [];
        if (num(q.min)) parts.push(`. >= ${q.min}`);
        if (num(q.max)) parts.push(`. <= ${q.max}`);
        this.survey.push({ ...base, type: q.integer ? 'integer' : 'decimal', ...constraint(parts) });
        return;
      }
      case 'date': {
        const parts: string[] = [];
        if (typeof q.min === 'string') parts.push(`. >= date('${q.min}')`);
        if (typeof q.max === 'string') parts.push(`. <= date('${q.max}')`);
        this.survey.push({ ...base, type: 'date', ...constraint(parts) });
        return;
      }
    }
  }

  private fixedNote(q: QuestionDoc, options: OptionDoc[]): void {
    if (q.randomize && options.some((o) => o.fixed))
      this.notes.add(q.id, 'XLSForm randomises every choice; `fixed` options are not kept in place.');
  }

  /** "Other, please specify": a text field shown when the option is chosen. */
  private specify(q: QuestionDoc): void {
    for (const o of this.ix.options(q).filter((o) => o.specify)) {
      const name = `${q.id}_${o.code}`;
      if (this.ix.questionOfVar(name)) this.notes.add(q.id, `the specify field '${name}' collides with a question id`);
      const test = q.kind === 'single' ? `\${${q.id}} = '${o.code}'` : `selected(\${${q.id}}, '${o.code}')`;
      this.survey.push({ type: 'text', name, label: o.label, relevant: test });
    }
  }
}
