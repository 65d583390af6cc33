// A REDCap data dictionary (CSV) as an ImportedSurvey. The first field is the record
// id (not a question). Instruments and Section Headers become sections; radio and
// dropdown fields become single choices (yes/no lists → yesno; integer codes on an
// even grid shared by several fields, or in a matrix group, or 0..10 → a scale and
// rating/nps questions); checkbox → multi (@NONEOFTHEABOVE → exclusive option,
// @MAXCHECKED → max); @CHARLIMIT on a text → max;
// yesno / truefalse → yesno; text with validation → number / date with bounds or a
// pattern; notes → text; a matrix group of radio fields on one scale → matrix; a text
// field `<q>_<code>` shown when option `code` is chosen → that option's `specify`.
// Branching logic becomes `when` (a condition every field of a section shares becomes
// the section's). Everything else (calc, descriptive, file, slider …, action tags,
// identifier flags) is reported with its row and kept as a comment.
import type { Text } from '../../model.ts';
import { CondError, printCond, type Cond, type CondContext } from '../condition.ts';
import type { ImportedOption, ImportedQuestion, ImportedScale, ImportedSection, ImportedSurvey, ImportProblem } from '../ir.ts';
import { IdSpace, toId } from '../names.ts';
import { asScale } from '../xlsform/scales.ts';
import { redcapRows, type RedcapRow } from './columns.ts';
import { actionTags, applyValidation, parseChoices, plainLabel, toOptions } from './fields.ts';
import { parseRedcapLogic } from './logic.ts';

const yesNoWords = new Set(['yes', 'no', '是', '否']);

export function redcapToSurvey(table: string[][], file: string, stem: string): { survey: ImportedSurvey; problems: ImportProblem[] } {
  const rows = redcapRows(table).filter((r) => r.name || r.type);
  const problems: ImportProblem[] = [];
  const lang = /[\u4e00-\u9fff]/.test(rows.map((r) => r.label + r.choices + r.header).join('')) ? 'zh' : 'en';
  const forms = [...new Set(rows.map((r) => r.form))];
  const ids = new IdSpace();
  const survey: ImportedSurvey = {
    id: toId(forms.length === 1 && forms[0] ? forms[0] : stem, 'survey'),
    languages: [lang],
    scales: [],
    choiceLists: [],
    sections: [],
    comments: [],
  };
  const at = (r: RedcapRow) => `row ${r.row}${r.name ? ` (${r.name})` : ''}`;
  const report = (r: RedcapRow, message: string, comments: string[]) => {
    comments.push(`${at(r)}: ${message}`);
    problems.push({ file, where: at(r), message });
  };
  const T = (s: string): Text => ({ [lang]: s });

  // Choice sets used by several radio fields are answer scales (see asScale for the grid).
  const choiceUse = new Map<string, number>();
  for (const r of rows) if (['radio', 'dropdown'].includes(r.type)) choiceUse.set(r.choices, (choiceUse.get(r.choices) ?? 0) + 1);
  const scales = new Map<string, ImportedScale>(); // choices text → scale
  const scaleOf = (r: RedcapRow, options: ImportedOption[], inMatrix: boolean): ImportedScale | undefined => {
    const known = scales.get(r.choices);
    if (known) return known;
    const probe = asScale('', options);
    if (!probe) return undefined;
    const bare = options.some((o) => typeof o.code === 'number' && Object.values(o.label).every((t) => t === String(o.code)));
    const nps = probe.min === 0 && probe.max === 10 && probe.step === 1 && !probe.points.some((p) => p.missing);
    // A horizontal layout (RH, LH) is how REDCap shows rating scales.
    const horizontal = /^(RH|LH)$/i.test(r.alignment);
    if (!inMatrix && (choiceUse.get(r.choices) ?? 0) < 2 && !bare && !nps && !horizontal) return undefined;
    const sc = { ...probe, id: nps ? 'nps' : ids.take(`${r.matrix || r.name}_scale`, 'scale') };
    scales.set(r.choices, sc);
    if (!nps) survey.scales.push(sc);
    return sc;
  };

  // Field names are taken first, so a section title never takes a question's id.
  const fieldIds = new Map(rows.slice(1).map((r) => [r.name, ids.take(r.name)]));
  const byName = new Map<string, ImportedQuestion>();
  const logicOf = new Map<ImportedQuestion, { cond: Cond; raw: string; row: RedcapRow }>();
  let section: ImportedSection = { id: '', implicit: true, comments: [], questions: [] };
  survey.sections.push(section);
  let pending: string[] = [];
  let form = rows[0]?.form;
  let matrix: { name: string; q: ImportedQuestion; choices: string } | undefined;

  const startSection = (title: string) => {
    // A title without ASCII letters (Chinese) gives a numbered id.
    const name = /[A-Za-z]/.test(title) ? title.toLowerCase() : `section${survey.sections.filter((x) => !x.implicit).length + 1}`;
    section = { id: ids.take(name, 'section'), title: T(title), comments: [], questions: [] };
    survey.sections.push(section);
  };
  const push = (q: ImportedQuestion, r: RedcapRow) => {
    q.comments.unshift(...pending);
    pending = [];
    section.questions.push(q);
    byName.set(r.name, q);
    if (r.logic)
      try {
        logicOf.set(q, { cond: parseRedcapLogic(r.logic), raw: r.logic, row: r });
      } catch (e) {
        if (!(e instanceof CondError)) throw e;
        report(r, `branching logic not imported: ${r.logic} (${e.message})`, q.comments);
      }
  };

  rows.forEach((r, index) => {
    if (index === 0) {
      report(r, `${r.name} is the record id (REDCap's first field), not a question`, survey.comments);
      return;
    }
    if (r.form !== form) {
      form = r.form;
      if (!r.header) startSection(r.form);
    }
    const inMatrix = !!r.matrix && ['radio', 'dropdown', 'checkbox'].includes(r.type);
    let header = r.header ? plainLabel(r.header).text : '';
    let matrixText: string | undefined;
    if (inMatrix && r.matrix !== matrix?.name && header) {
      // Our export writes "section — matrix question" on a matrix's first row.
      const split = header.split(' — ');
      matrixText = split.length > 1 ? split.slice(1).join(' — ') : header;
      header = split.length > 1 ? split[0] : '';
    }
    if (header) startSection(header);
    const label = plainLabel(r.label);
    const comments: string[] = [];
    if (label.html) report(r, 'HTML markup removed from the label', comments);
    if (r.identifier.toLowerCase() === 'y') report(r, 'the identifier (PHI) flag is not imported', comments);
    if (r.number) report(r, `question number ${r.number} not imported`, comments);
    if (r.ranking.toLowerCase() === 'y') report(r, 'matrix ranking not imported', comments);
    const tags = actionTags(r.annotation);
    const id = () => fieldIds.get(r.name)!;
    const base = (kind: ImportedQuestion['kind']): ImportedQuestion => {
      const q: ImportedQuestion = {
        kind,
        id: id(),
        text: T(pipes(label.text || r.name)),
        required: r.required.toLowerCase() === 'y',
        comments,
      };
      if (q.id !== r.name) report(r, `name ${r.name} imported as ${q.id}`, comments);
      if (r.note) q.help = T(pipes(plainLabel(r.note).text));
      return q;
    };
    const pipes = (s: string) => s.replace(/\[([a-z][a-z0-9_]*)\]/g, (m, n: string) => (byName.has(n) ? `{${byName.get(n)!.id}}` : m));
    const unmapped = (why: string) => {
      report(r, why, comments);
      pending.push(...comments);
    };
    const choices = () => {
      const { options, bad } = parseChoices(r.choices);
      for (const b of bad) report(r, `choice '${b}' not imported (no 'code, label')`, comments);
      return toOptions(options, lang);
    };

    // A field hidden from respondents (@HIDDEN) filled by the project: a hidden variable.
    if (tags.some((t) => t.name === 'HIDDEN') && ['text', 'dropdown', 'radio'].includes(r.type)) {
      const h: NonNullable<ImportedSurvey['hidden']>[number] = { id: id(), type: 'text', label: T(label.text || r.name), required: false };
      const v = r.validation.toLowerCase();
      if (r.type !== 'text') {
        const list = { id: ids.take(`${r.name}_codes`, 'list'), options: choices() };
        survey.choiceLists.push(list);
        Object.assign(h, { type: 'code', from: list.id });
      } else if (v === 'integer' || v.startsWith('number')) h.type = 'number';
      else if (v.startsWith('date')) h.type = 'date';
      (survey.hidden ??= []).push(h);
      byName.set(r.name, { kind: 'text', id: h.id, text: h.label!, required: false, comments: [] });
      survey.comments.push(...comments);
      return;
    }

    // A matrix group continues: one more row of the same matrix.
    if (inMatrix && matrix && matrix.name === r.matrix && matrix.choices === r.choices && r.type !== 'checkbox') {
      const rowId = id();
      matrix.q.rows!.push({ id: rowId, text: T(label.text || r.name) });
      byName.set(r.name, { ...matrix.q, id: rowId, kind: 'rating' });
      if (r.logic && r.logic !== logicOf.get(matrix.q)?.raw)
        report(r, `branching logic of a matrix row not imported: ${r.logic}`, matrix.q.comments);
      return;
    }
    matrix = undefined;

    // A specify text: `<q>_<code>` right after q, shown when code is chosen.
    const prev = section.questions[section.questions.length - 1];
    const prevName = prev && [...byName.entries()].find(([, q]) => q === prev)?.[0];
    if (r.type === 'text' && prev && prevName && r.name.startsWith(`${prevName}_`)) {
      const code = r.name.slice(prevName.length + 1);
      const option = prev.options?.find((o) => String(o.code).toLowerCase() === code);
      const logic = r.logic.replace(/\s+/g, '');
      if (option && (logic === `[${prevName}]='${option.code}'` || logic === `[${prevName}(${option.code})]='1'`)) {
        option.specify = true;
        return;
      }
    }

    let q: ImportedQuestion;
    switch (r.type) {
      case 'radio':
      case 'dropdown': {
        const options = choices();
        if (options.length === 2 && options.every((o) => yesNoWords.has(String(o.code).toLowerCase()))) {
          q = base('yesno');
          break;
        }
        const sc = scaleOf(r, options, inMatrix);
        if (sc) {
          q = base(sc.id === 'nps' ? 'nps' : 'rating');
          q.scale = sc.id;
        } else {
          q = base('single');
          q.options = options;
        }
        if (inMatrix && sc && sc.id !== 'nps') {
          // The first row of a matrix group: the matrix question, this field its first row.
          const m: ImportedQuestion = {
            kind: 'matrix',
            id: ids.take(r.matrix, 'matrix'),
            text: T(matrixText ?? r.matrix),
            required: q.required,
            scale: sc.id,
            rows: [{ id: q.id, text: q.text }],
            comments: q.comments,
          };
          if (q.help) report(r, 'the field note of a matrix row is not imported', m.comments);
          matrix = { name: r.matrix, q: m, choices: r.choices };
          push(m, r);
          byName.set(r.name, { ...q, kind: 'rating' });
          byName.set(r.matrix, m);
          return;
        }
        if (inMatrix) report(r, `matrix group ${r.matrix} imported as separate questions (its choices are not a scale)`, comments);
        if (matrixText) report(r, `matrix header '${matrixText}' not imported`, comments);
        break;
      }
      case 'checkbox':
        q = base('multi');
        q.options = choices();
        if (inMatrix) report(r, `matrix group ${r.matrix} of checkboxes imported as separate questions`, comments);
        break;
      case 'yesno':
        q = base('yesno');
        break;
      case 'truefalse':
        q = base('yesno');
        report(r, 'true/false (1/0) imported as yes/no', comments);
        break;
      case 'text':
      case 'notes': {
        q = base('text');
        if (r.type === 'text') for (const why of applyValidation(q, r.validation, r.min, r.max)) report(r, why, comments);
        break;
      }
      case 'slider': {
        q = base('number');
        q.min = r.min && /^-?\d+$/.test(r.min) ? Number(r.min) : 0;
        q.max = r.max && /^-?\d+$/.test(r.max) ? Number(r.max) : 100;
        q.integer = true;
        report(
          r,
          `slider imported as a number from ${q.min} to ${q.max}${r.choices ? ` (labels '${r.choices}' not imported)` : ''}`,
          comments,
        );
        break;
      }
      case 'file':
        // A file field validated as `signature` is drawn.
        q = base(r.validation.toLowerCase() === 'signature' ? 'signature' : 'file');
        break;
      case 'descriptive':
        return unmapped(`descriptive text not imported: ${label.text}`);
      case 'calc':
        return unmapped(`calculated field not imported: ${r.choices}`);
      default:
        return unmapped(`field type '${r.type}' not imported: no equivalent`);
    }
    for (const t of tags) {
      if (t.name === 'RANDOMORDER' && q.options) q.randomize = true;
      else if (t.name === 'NONEOFTHEABOVE' && q.kind === 'multi') {
        for (const code of (t.value ?? '').split(',').map((c) => c.trim().toLowerCase()))
          for (const o of q.options ?? []) if (String(o.code).toLowerCase() === code) o.exclusive = true;
      } else if ((t.name === 'CHARLIMIT' && q.kind === 'text') || (t.name === 'MAXCHECKED' && q.kind === 'multi')) {
        // The longest text answer, the most choices.
        const n = Number(t.value);
        if (Number.isInteger(n) && n >= 1) q.max = n;
        else report(r, `action tag @${t.name}='${t.value ?? ''}' not imported (not a whole number)`, comments);
      } else report(r, `action tag @${t.name}${t.value !== undefined ? `='${t.value}'` : ''} not imported`, comments);
    }
    if (r.alignment && !(q.scale && /^(RH|LH)$/i.test(r.alignment))) report(r, `custom alignment ${r.alignment} not imported`, comments);
    push(q, r);
  });
  if (pending.length) (section.after ??= []).push(...pending);

  // Conditions: a prefix every field of a section shares becomes the section's.
  const ctx: CondContext = {
    idOf: (n) => byName.get(n)?.id ?? byName.get(n.toLowerCase())?.id,
    isMulti: (id) => [...byName.values()].some((q) => q.id === id && (q.kind === 'multi' || q.kind === 'ranking')),
    isNumeric: (id) => [...byName.values()].some((q) => q.id === id && (q.scale !== undefined || q.kind === 'number')),
    // A REDCap yesno field stores 1 and 0.
    codeOf: (id, v) =>
      [...byName.values()].some((q) => q.id === id && q.kind === 'yesno') ? ({ '1': 'yes', '0': 'no' }[String(v)] ?? v) : v,
    missingCodes: (id) => {
      const q = [...byName.values()].find((x) => x.id === id);
      return (survey.scales.find((s) => s.id === q?.scale)?.points ?? []).filter((p) => p.missing).map((p) => p.value);
    },
  };
  const conjuncts = (c: Cond): Cond[] => (c.t === 'and' ? [...conjuncts(c.a), ...conjuncts(c.b)] : [c]);
  const join = (cs: Cond[]): Cond | undefined => (cs.length ? cs.reduce((a, b) => ({ t: 'and', a, b })) : undefined);
  const print = (c: Cond | undefined, q: ImportedQuestion, raw: string, r: RedcapRow): string | undefined => {
    if (!c) return undefined;
    try {
      return printCond(c, ctx);
    } catch (e) {
      if (!(e instanceof CondError)) throw e;
      report(r, `branching logic not imported: ${raw} (${e.message})`, q.comments);
      return undefined;
    }
  };
  for (const s of survey.sections) {
    const parts = s.questions.map((q) => (logicOf.has(q) ? conjuncts(logicOf.get(q)!.cond) : []));
    let shared = 0;
    if (!s.implicit && s.questions.length > 1)
      while (parts.every((p) => p.length > shared && JSON.stringify(p[shared]) === JSON.stringify(parts[0][shared]))) shared++;
    if (shared) {
      const first = logicOf.get(s.questions[0])!;
      s.when = print(join(parts[0].slice(0, shared)), s.questions[0], first.raw, first.row);
    }
    s.questions.forEach((q, i) => {
      const l = logicOf.get(q);
      if (l) q.when = print(join(parts[i].slice(shared)), q, l.raw, l.row);
    });
  }
  // A section left without questions hands its comments to the next one (or to the survey).
  const kept: ImportedSection[] = [];
  let carry: string[] = [];
  for (const s of survey.sections) {
    const notes = [...s.comments, ...(s.after ?? [])];
    if (!s.questions.length) {
      carry.push(...notes);
      continue;
    }
    s.comments.unshift(...carry);
    carry = [];
    kept.push(s);
  }
  if (carry.length) kept.length ? (kept[kept.length - 1].after ??= []).push(...carry) : survey.comments.push(...carry);
  survey.sections = kept;
  return { survey, problems };
}
