// An XLSForm (rows) as an ImportedSurvey: groups become sections, field-list groups
// of select_one rows on one scale become matrices, select lists become choice lists
// or scales, constraints become bounds and patterns, `relevant` becomes `when`, and
// our exporter's `_intro` note and `<q>_<code>` specify fields come back as intro and
// `specify`. Anything else is reported and kept as a comment at its place.
import type { SurveyRow, XlsForm } from '../../export/xlsform/form.ts';
import type { Text } from '../../model.ts';
import { CondError, printCond, type CondContext } from '../condition.ts';
import type {
  ImportedOption,
  ImportedQuestion,
  ImportedRoster,
  ImportedScale,
  ImportedSection,
  ImportedSurvey,
  ImportProblem,
} from '../ir.ts';
import { xpathFormula, type FormulaContext } from '../formula.ts';
import { IdSpace, toCode, toId } from '../names.ts';
import { asScale } from './scales.ts';
import { parseXPath } from './xpath.ts';
import { cappedCount } from './repeat-count.ts';

const metadata = new Set([
  'start',
  'end',
  'today',
  'deviceid',
  'subscriberid',
  'simserial',
  'phonenumber',
  'username',
  'email',
  'audit',
  'start-geopoint',
]);

export function xlsformToSurvey(form: XlsForm, file: string, fallbackId: string): { survey: ImportedSurvey; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const where = (r: { row?: number }, sheet = 'survey') => `${sheet} row ${r.row ?? '?'}`;
  const ids = new IdSpace();
  const nameToId = new Map<string, string>();
  const kindOf = new Map<string, ImportedQuestion>();

  // Choice lists and scales.
  const listOptions = new Map<string, ImportedOption[]>();
  for (const c of form.choices) {
    const opts = listOptions.get(c.list_name) ?? [];
    opts.push({ code: toCode(c.name), label: c.label });
    listOptions.set(c.list_name, opts);
  }
  const listIds = new IdSpace();
  const usedAs = new Map<string, Set<string>>();
  for (const r of form.survey) {
    const [kind, list] = r.type.split(' ');
    if (list) (usedAs.get(list) ?? usedAs.set(list, new Set()).get(list)!).add(kind);
  }
  const scales = new Map<string, ImportedScale>();
  const lists = new Map<string, string>();
  const yesNoLists = new Set<string>();
  for (const [name, opts] of listOptions) {
    const kinds = usedAs.get(name);
    const scale = kinds && [...kinds].every((k) => k === 'select_one') ? asScale(name, opts) : undefined;
    const yesNo = opts.length === 2 && opts[0].code === 'yes' && opts[1].code === 'no';
    if (yesNo && [...(kinds ?? [])].every((k) => k === 'select_one')) yesNoLists.add(name);
    else if (scale && name === 'nps' && scale.min === 0 && scale.max === 10) scales.set(name, { ...scale, id: 'nps' });
    else if (scale) scales.set(name, { ...scale, id: listIds.take(name, 'scale') });
    else lists.set(name, listIds.take(name, 'list'));
  }

  const survey: ImportedSurvey = {
    id: toId(form.settings.form_id || fallbackId, 'survey'),
    languages: form.languages,
    scales: [...scales.values()].filter((s) => s.id !== 'nps'),
    choiceLists: [...lists].map(([name, id]) => ({ id, options: listOptions.get(name)! })),
    sections: [],
    comments: [],
  };
  if (form.settings.form_title) survey.title = { [form.languages[0]]: form.settings.form_title };
  if (form.settings.version) survey.version = form.settings.version;

  // Calculated values can be read before their row (ODK computes them all): their ids first.
  // The rows our exporter adds inside a repeat (its option, label, position) stand for the group itself.
  const rosterCalc = (r: SurveyRow) =>
    (/_(option|label)$/.test(r.name) && /^(selected-at|jr:choice-name)\(/.test(r.calculation ?? '')) ||
    (/_index$/.test(r.name) && r.calculation === 'position(..)');
  const calcRows = form.survey.filter((r) => splitType(r.type)[0] === 'calculate' && r.name && !rosterCalc(r));
  for (const r of calcRows) nameToId.set(r.name, ids.take(r.name));
  const rosterIds = new Map<string, ImportedRoster>(); // repeat name → group
  const open: (ImportedRoster | undefined)[] = []; // undefined: a repeat imported flat

  const ctx: CondContext = {
    idOf: (name) => nameToId.get(name),
    isMulti: (id) => kindOf.get(id)?.kind === 'multi',
    isNumeric: (id) => ['rating', 'nps', 'number', 'matrix'].includes(kindOf.get(id)?.kind ?? '') || kindOf.get(id)?.scale !== undefined,
    missingCodes: (id) => {
      const q = kindOf.get(id);
      const sc = [...scales.values()].find((s) => s.id === q?.scale);
      return (sc?.points ?? []).filter((p) => p.missing).map((p) => p.value);
    },
  };
  // Formulas (calculations, and `relevant` that counts a group's instances) read names and codes the same way.
  const formulaCtx: FormulaContext = {
    idOf: (name) => nameToId.get(name),
    isCoded: (id) => ['single', 'multi', 'yesno'].includes(kindOf.get(id)?.kind ?? ''),
  };
  const condition = (expr: string | undefined, r: SurveyRow, comments: string[]): string | undefined => {
    if (!expr) return undefined;
    try {
      // Outside a repeat, count(${group}) is the group's name (its number of instances).
      const counted = expr.replace(/count\(\s*\$\{([^}]+)\}\s*\)/g, (m, n: string) => (rosterIds.has(n.trim()) ? `\${${n.trim()}}` : m));
      return printCond(parseXPath(counted), ctx);
    } catch (e) {
      if (!(e instanceof CondError)) throw e;
      // A count over a group's instances (`count(${members}[income != '']) >= 1`) is read as a formula.
      if (expr.includes('[')) {
        try {
          return xpathFormula(expr, formulaCtx);
        } catch (f) {
          if (!(f instanceof CondError)) throw f;
        }
      }
      comments.push(`${where(r)}: relevant not imported: ${expr} (${e.message})`);
      problems.push({ file, where: where(r), message: `relevant '${expr}' not imported: ${e.message}` });
      return undefined;
    }
  };
  const unmapped = (r: SurveyRow, why: string, comments: string[]) => {
    const what = r.name ? `${r.type} ${r.name}` : r.type;
    comments.push(`${where(r)}: ${what} not imported: ${why}`);
    problems.push({ file, where: where(r), message: `${r.name ? `${r.type} '${r.name}'` : r.type} not imported: ${why}` });
  };

  let section: ImportedSection = { id: '', implicit: true, comments: [], questions: [] };
  survey.sections.push(section);
  let pending: string[] = []; // comments waiting for the next question
  const lets: { row: SurveyRow; comments: string[] }[] = [];
  const depth: string[] = [];
  const rows = form.survey;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const [type, list, orOther] = splitType(r.type);
    for (const [h, v] of Object.entries(r.extra ?? {})) {
      pending.push(`${where(r)}: column ${h} = ${v} not imported`);
      problems.push({ file, where: where(r), message: `column '${h}' (${v}) not imported` });
    }
    if (type === 'begin group') {
      const matrix = matrixAt(rows, i, scales);
      if (matrix) {
        const q = question(r, 'matrix', pending);
        q.scale = scales.get(matrix.list)!.id;
        q.rows = matrix.rows.map((rr) => {
          const id = ids.take(rr.name);
          nameToId.set(rr.name, id);
          kindOf.set(id, { ...q, kind: 'rating' });
          return { id, text: rr.label ?? {} };
        });
        q.required = matrix.rows.every((rr) => rr.required === 'yes');
        q.when = condition(r.relevant, r, q.comments);
        section.questions.push(q);
        nameToId.set(r.name, q.id);
        kindOf.set(q.id, q);
        pending = [];
        i = matrix.end;
        continue;
      }
      if (depth.length === 0) {
        section = { id: ids.take(r.name, 'section'), title: r.label, comments: pending, questions: [] };
        pending = [];
        section.when = condition(r.relevant, r, section.comments);
        survey.sections.push(section);
      } else {
        unmapped(r, 'groups inside groups are flattened into the enclosing section', pending);
      }
      depth.push(r.name);
      continue;
    }
    if (type === 'end group') {
      depth.pop();
      if (depth.length === 0) {
        if (pending.length) (section.after ??= []).push(...pending);
        pending = [];
        section = { id: '', implicit: true, comments: [], questions: [] };
        survey.sections.push(section);
      }
      continue;
    }
    if (type === 'begin repeat') {
      const roster = repeatOf(r);
      if (roster) {
        roster.comments.push(...pending);
        pending = [];
        (survey.rosters ??= []).push(roster);
        rosterIds.set(r.name, roster);
        nameToId.set(r.name, roster.id);
        open.push(roster);
      } else {
        unmapped(
          r,
          'a repeat without a count (a number, a number question, or count-selected of a question) has no equivalent; the questions inside are imported once',
          pending,
        );
        open.push(undefined);
      }
      continue;
    }
    if (type === 'end repeat') {
      open.pop();
      continue;
    }
    const group = rosterCalc(r) ? open.findLast((o) => o && r.name.startsWith(`${rosterNameOf(o)}_`)) : undefined;
    if (type === 'calculate' && group) {
      nameToId.set(r.name, group.id);
      continue;
    }
    if (type === 'calculate' && calcRows.includes(r)) {
      // Written where it stands; one that reads a later field waits for the end.
      const done = letOf(r, pending, false);
      if (done === 'later') lets.push({ row: r, comments: pending });
      if (done !== 'failed') pending = [];
      continue;
    }
    if (type === 'hidden' && r.name) {
      (survey.hidden ??= []).push({ id: ids.take(r.name), type: 'text', ...(r.label ? { label: r.label } : {}), required: false });
      continue;
    }
    if (type === 'note' && r.name === '_intro' && !survey.intro) {
      survey.intro = r.label;
      continue;
    }
    if (type === 'text' && isSpecify(r, section.questions.at(-1), nameToId)) {
      const prev = section.questions.at(-1)!;
      const code = specifyCode(r);
      const opts = prev.options ?? survey.choiceLists.find((l) => l.id === prev.from)?.options ?? [];
      const o = opts.find((x) => String(x.code) === String(toCode(code)));
      if (o) {
        o.specify = true;
        continue;
      }
    }
    const kind = kinds[type];
    if (!kind) {
      const why = metadata.has(type)
        ? 'metadata is collected by the tool, not asked'
        : type === 'note'
          ? 'notes (text without an answer) have no equivalent'
          : type === 'calculate'
            ? 'a calculation without a name'
            : `the type '${r.type}' has no equivalent`;
      unmapped(r, why, pending);
      continue;
    }
    const q = question(r, kind, pending);
    pending = [];
    if (list !== undefined) {
      const sc = scales.get(list);
      if (kind === 'single' && yesNoLists.has(list)) q.kind = 'yesno';
      else if (kind === 'single' && sc) {
        q.kind = sc.id === 'nps' ? 'nps' : 'rating';
        q.scale = sc.id;
      } else if (lists.has(list) && orOther) {
        // `or_other`: pyxform adds an 'other' choice and a text for it, which is our specify option.
        const own = survey.choiceLists.find((l) => l.id === lists.get(list))?.options ?? [];
        q.options = [
          ...own.map((o) => ({ ...o })),
          {
            code: 'other',
            label: Object.fromEntries(form.languages.map((l) => [l, l.startsWith('zh') ? '其他' : 'Other'])),
            specify: true,
          },
        ];
      } else if (lists.has(list)) q.from = lists.get(list);
      else {
        unmapped(r, `the choices list '${list}' does not exist`, q.comments);
        pending.push(...q.comments);
        continue;
      }
      if (/randomize\s*=\s*true/i.test(r.parameters ?? '')) q.randomize = true;
    }
    constraints(r, q, survey.choiceLists, problems, file, where(r));
    if (type === 'integer') q.integer = true;
    if (type === 'image' && /signature/.test(r.appearance ?? '')) q.kind = 'signature';
    else if (type === 'image') q.accept = ['image/*'];
    const inside = open.findLast((o) => o);
    if (inside) q.roster = inside.id;
    q.when = condition(r.relevant, r, q.comments);
    section.questions.push(q);
    nameToId.set(r.name, q.id);
    kindOf.set(q.id, q);
  }
  if (pending.length) (section.after ??= []).push(...pending);
  for (const { row, comments } of lets) letOf(row, comments, true);
  if (survey.scales.length !== [...scales.values()].filter((s) => s.id !== 'nps').length)
    survey.scales = [...scales.values()].filter((s) => s.id !== 'nps');
  survey.sections = survey.sections.filter((s) => s.questions.length || s.comments.length || s.after?.length);
  // Comments of an empty section go to the next question.
  for (let k = 0; k < survey.sections.length; k++) {
    const s = survey.sections[k];
    if (s.questions.length) continue;
    const next = survey.sections[k + 1];
    const notes = [...s.comments, ...(s.after ?? [])];
    const prev = survey.sections[k - 1];
    if (prev) (prev.after ??= []).push(...notes);
    else if (next) next.comments.unshift(...notes);
    else survey.comments.push(...notes);
    survey.sections.splice(k--, 1);
  }
  return { survey, problems };

  /** A calculate row as a `let`; 'later' when it reads a field not seen yet (and `last` is false). */
  function letOf(row: SurveyRow, comments: string[], last: boolean): 'done' | 'later' | 'failed' {
    try {
      const expr = xpathFormula(row.calculation ?? '', formulaCtx);
      (survey.lets ??= []).push({ id: nameToId.get(row.name)!, ...(row.label ? { label: row.label } : {}), expr, comments });
      return 'done';
    } catch (e) {
      if (!(e instanceof CondError)) throw e;
      if (!last && /is not an earlier question/.test(e.message)) return 'later';
      const at = last ? survey.comments : comments;
      if (last) at.push(...comments);
      unmapped(
        row,
        row.calculation ? `the calculation ${row.calculation} cannot be written here (${e.message})` : 'a calculation without a formula',
        at,
      );
      return 'failed';
    }
  }

  function rosterNameOf(g: ImportedRoster): string {
    return [...rosterIds].find(([, x]) => x === g)![0];
  }

  /**
   * A `begin repeat` whose repeat_count we can say: a number, a number question,
   * count-selected of a multi — either of the last two capped by a number as
   * `if(c > N, N, c)` or `min(c, N)` (our export's `max N`).
   */
  function repeatOf(r: SurveyRow): ImportedRoster | undefined {
    const { count: c, max } = cappedCount((r.repeat_count ?? '').trim());
    const parent = open.findLast((o) => o)?.id;
    const base = { title: r.label, comments: [] as string[], ...(parent ? { parent } : {}) };
    let m: RegExpExecArray | null;
    if (/^\d+$/.test(c) && Number(c) >= 1 && Number(c) <= 100) return { id: ids.take(r.name), count: c, ...base };
    if ((m = /^\$\{([^}]+)\}$/.exec(c))) {
      const q = kindOf.get(nameToId.get(m[1].trim()) ?? '');
      if (q?.kind !== 'number') return undefined;
      // A count needs a bound: the question's max, else the largest the language allows.
      const bounded = typeof q.max === 'number' && q.max >= 1 && q.max <= 100;
      return { id: ids.take(r.name), count: `for ${q.id}`, ...(max !== undefined ? { max } : bounded ? {} : { max: 100 }), ...base };
    }
    if ((m = /^count-selected\(\s*\$\{([^}]+)\}\s*\)$/.exec(c))) {
      const q = kindOf.get(nameToId.get(m[1].trim()) ?? '');
      if (q?.kind !== 'multi') return undefined;
      return { id: ids.take(r.name), count: `for each ${q.id}`, ...(max !== undefined ? { max } : {}), ...base };
    }
    return undefined;
  }

  function question(r: SurveyRow, kind: ImportedQuestion['kind'], comments: string[]): ImportedQuestion {
    const id = ids.take(r.name);
    if (id !== r.name) comments.push(`${where(r)}: name ${r.name} imported as ${id}`);
    const text = piped(r.label) ?? { [form.languages[0]]: r.name };
    return { kind, id, text, ...(r.hint ? { help: piped(r.hint) } : {}), required: r.required === 'yes', comments: [...comments] };
  }

  /** XLSForm's `${name}` in a label is our `{id}` when it names an earlier question. */
  function piped(t: Text | undefined): Text | undefined {
    if (!t) return t;
    return Object.fromEntries(
      Object.entries(t).map(([k, v]) => [
        k,
        v.replace(/\$\{([^}]+)\}/g, (m, n: string) => (nameToId.has(n.trim()) ? `{${nameToId.get(n.trim())}}` : m)),
      ]),
    );
  }
}

const kinds: Record<string, ImportedQuestion['kind']> = {
  text: 'text',
  integer: 'number',
  decimal: 'number',
  date: 'date',
  select_one: 'single',
  select_multiple: 'multi',
  rank: 'ranking',
  geopoint: 'geopoint',
  image: 'file',
  file: 'file',
};

function splitType(t: string): [string, string | undefined, boolean] {
  const norm = t.replace(/^begin_group$/, 'begin group').replace(/^end_group$/, 'end group');
  if (norm === 'begin group' || norm === 'end group' || norm === 'begin repeat' || norm === 'end repeat') return [norm, undefined, false];
  const [a, b, c] = norm.split(' ');
  return [a, b, c === 'or_other'];
}

function matrixAt(
  rows: SurveyRow[],
  i: number,
  scales: Map<string, ImportedScale>,
): { list: string; rows: SurveyRow[]; end: number } | undefined {
  if (!/field-list/.test(rows[i].appearance ?? '')) return undefined;
  const inner: SurveyRow[] = [];
  let j = i + 1;
  for (; j < rows.length && rows[j].type !== 'end group'; j++) inner.push(rows[j]);
  if (j >= rows.length || inner.length < 2) return undefined;
  const lists = new Set(inner.map((r) => (/^select_one /.test(r.type) ? r.type.split(' ')[1] : '')));
  const [list] = lists;
  if (lists.size !== 1 || !list || !scales.has(list) || inner.some((r) => r.relevant || r.constraint)) return undefined;
  return { list, rows: inner, end: j };
}

function specifyCode(r: SurveyRow): string {
  const m = /^(?:selected\(\s*\$\{[^}]+\}\s*,\s*'([^']*)'\s*\)|\$\{[^}]+\}\s*=\s*'([^']*)')$/.exec((r.relevant ?? '').trim());
  return m ? (m[1] ?? m[2]) : '';
}

function isSpecify(r: SurveyRow, prev: ImportedQuestion | undefined, nameToId: Map<string, string>): boolean {
  if (!prev || (prev.kind !== 'single' && prev.kind !== 'multi')) return false;
  const code = specifyCode(r);
  const source = [...nameToId].find(([, id]) => id === prev.id)?.[0];
  return !!code && r.name === `${source}_${code}` && (r.relevant ?? '').includes(`\${${source}}`);
}

function constraints(
  r: SurveyRow,
  q: ImportedQuestion,
  lists: { id: string; options: ImportedOption[] }[],
  problems: ImportProblem[],
  file: string,
  where: string,
): void {
  if (!r.constraint) return;
  const rest: string[] = [];
  for (const part of r.constraint.split(/\s+and\s+(?![^(]*\))/)) {
    const p = part.trim();
    let m: RegExpExecArray | null;
    if ((m = /^\.\s*(>=|<=)\s*(-?\d+(?:\.\d+)?)$/.exec(p)) && q.kind === 'number') q[m[1] === '>=' ? 'min' : 'max'] = Number(m[2]);
    else if ((m = /^\.\s*(>=|<=)\s*date\('(\d{4}-\d{2}-\d{2})'\)$/.exec(p)) && q.kind === 'date') q[m[1] === '>=' ? 'min' : 'max'] = m[2];
    else if ((m = /^string-length\(\.\)\s*(>=|<=)\s*(\d+)$/.exec(p)) && q.kind === 'text') q[m[1] === '>=' ? 'min' : 'max'] = Number(m[2]);
    else if ((m = /^regex\(\.,\s*(?:'([^']*)'|"([^"]*)")\)$/.exec(p)) && q.kind === 'text') q.pattern = m[1] ?? m[2];
    else if ((m = /^count-selected\(\.\)\s*(>=|<=)\s*(\d+)$/.exec(p)) && q.kind === 'multi')
      q[m[1] === '>=' ? 'min' : 'max'] = Number(m[2]);
    else if ((m = /^\(not\(selected\(\.,\s*'([^']*)'\)\)\s+or\s+count-selected\(\.\)\s*=\s*1\)$/.exec(p)) && q.kind === 'multi') {
      const opts = q.options ?? lists.find((l) => l.id === q.from)?.options ?? [];
      const o = opts.find((x) => String(x.code) === String(toCode(m![1])));
      if (o) o.exclusive = true;
      else rest.push(p);
    } else rest.push(p);
  }
  if (rest.length) {
    const text = rest.join(' and ');
    q.comments.push(
      `${where}: constraint not imported: ${text}${r.constraint_message ? ` (message: ${Object.values(r.constraint_message as Text)[0]})` : ''}`,
    );
    problems.push({ file, where, message: `constraint '${text}' not imported: no equivalent` });
  }
}
