// A LimeSurvey structure file (.lss) as an ImportedSurvey: question groups in their
// order become sections (group relevance → `when`); list questions (L, !, O) →
// single (an integer-coded list on an even grid → rating on a scale); 5-point
// choice → rating; multiple choice (M, P) → multi with its subquestions as options;
// arrays (F, A, B) → matrix on one scale; ranking → ranking; numerical input →
// number with its bounds; texts, date, yes/no, gender; file upload → file (its
// extensions as accepted types). Mandatory → required,
// relevance equations → `when`, `other` → an "Other" option with a specify text,
// every survey language → a language. The question code is the id. What has no
// equivalent (equations, dual scales, multiple numerical input, display
// texts, randomisation groups, comments) is reported and kept as a comment.
import type { Text } from '../../model.ts';
import { CondError, printCond, type CondContext } from '../condition.ts';
import type { ImportedOption, ImportedQuestion, ImportedScale, ImportedSection, ImportedSurvey, ImportProblem } from '../ir.ts';
import { IdSpace, toCode, toId } from '../names.ts';
import { asScale } from '../xlsform/scales.ts';
import { plainLabel } from '../redcap/fields.ts';
import { parseRelevance } from './relevance.ts';
import { canonicalTag } from '../../common/languages.ts';
import { readLss, type LssAnswer, type LssQuestion } from './tables.ts';

/** LimeSurvey language codes (zh-Hans, zh-Hant-TW, de-informal …) as BCP 47. */
function lssLanguage(code: string): string {
  if (/^zh-Hans/i.test(code)) return 'zh';
  if (/^zh-Hant/i.test(code)) return 'zh-Hant';
  return canonicalTag(code.replace(/-informal$/i, ''));
}

const described: Record<string, string> = {
  '*': 'equation',
  I: 'language switch',
  K: 'multiple numerical input',
  Q: 'multiple short text',
  ':': 'array of numbers',
  ';': 'array of texts',
  '1': 'dual-scale array',
  C: 'array yes/no/uncertain',
  E: 'array increase/same/decrease',
  H: 'array by column',
};

export function lssToSurvey(xml: string, file: string, stem: string): { survey: ImportedSurvey; problems: ImportProblem[] } {
  const lss = readLss(xml);
  const problems: ImportProblem[] = [];
  const languages = lss.languages.map(lssLanguage).filter((l, i, all) => all.indexOf(l) === i);
  const ids = new IdSpace();
  // Piping: {CODE} or {CODE.NAOK} of an earlier question becomes {id}; any other
  // {…} (participant tokens, expressions) has no equivalent and is kept in brackets.
  const piped = new Set<string>();
  const pipe = (v: string): string =>
    v.replace(/\{([^{}]*)\}/g, (_, inner: string) => {
      const m = /^\s*([A-Za-z_]\w*)(?:\.(?:NAOK|shown|code))?\s*$/i.exec(inner);
      const q = m ? questionOf(m[1]) : undefined;
      const id = q ? idOf.get(q.title) : undefined;
      if (id && imported.has(id)) return `{${id}}`;
      piped.add(inner.trim());
      return `[${inner.trim()}]`;
    });
  const text = (t: Text): Text => {
    const out: Text = {};
    for (const [code, v] of Object.entries(t)) {
      const plain = pipe(plainLabel(v).text);
      if (plain) out[lssLanguage(code)] ??= plain;
    }
    return out;
  };

  const subsOf = new Map<string, LssQuestion[]>();
  for (const s of lss.subquestions) (subsOf.get(s.parent) ?? (subsOf.set(s.parent, []), subsOf.get(s.parent)!)).push(s);
  for (const list of subsOf.values()) list.sort((a, b) => a.scale - b.scale || a.order - b.order);
  const answersOf = (qid: string, scale = 0): LssAnswer[] =>
    lss.answers.filter((a) => a.qid === qid && a.scale === scale).sort((a, b) => a.order - b.order);

  // Ids first, so a relevance equation can name any question by its code.
  const idOf = new Map<string, string>();
  const byTitle = new Map<string, LssQuestion>();
  for (const q of lss.questions) {
    idOf.set(q.title, ids.take(q.title));
    byTitle.set(q.title, q);
  }
  const imported = new Map<string, ImportedQuestion>();
  // A matrix row's field (`<array code>_<subquestion code>`) → its imported row id and matrix.
  const rowOf = new Map<string, { id: string; matrix: ImportedQuestion }>();
  const matrixOfRow = new Map<string, ImportedQuestion>();
  const answerOf = (id: string) => imported.get(id) ?? matrixOfRow.get(id);
  // Hidden questions (attribute hidden) are hidden variables, which any condition may read.
  const hiddenOf = new Map<string, NonNullable<ImportedSurvey['hidden']>[number]>();
  const ctx: CondContext = {
    idOf: (title) => rowOf.get(title)?.id ?? hiddenOf.get(title)?.id ?? (imported.has(idOf.get(title) ?? '') ? idOf.get(title) : undefined),
    isMulti: (id) => imported.get(id)?.kind === 'multi',
    isNumeric: (id) =>
      ['number', 'rating', 'matrix'].includes(answerOf(id)?.kind ?? '') ||
      [...hiddenOf.values()].some((h) => h.id === id && h.type === 'number'),
    missingCodes: (id) =>
      survey.scales
        .find((s) => s.id === answerOf(id)?.scale)
        ?.points.filter((p) => p.missing)
        .map((p) => p.value) ?? [],
    codeOf: (id, v) =>
      imported.get(id)?.kind === 'yesno'
        ? v === 'Y'
          ? 'yes'
          : v === 'N'
            ? 'no'
            : v
        : v === '-oth-' && imported.get(id)?.kind === 'single'
          ? 'other'
          : v,
  };
  const byQid = new Map(lss.questions.map((q) => [q.qid, q]));
  // Equations name a question by its code, by `Q<qid>` (conditions converted by
  // LimeSurvey) or by its SGQA field name (<sid>X<gid>X<qid><subquestion>).
  const questionOf = (name: string): LssQuestion | undefined => {
    if (byTitle.has(name)) return byTitle.get(name);
    const qid = /^Q(\d+)$/.exec(name)?.[1] ?? /^\d+X\d+X(\d+)$/.exec(name)?.[1];
    return qid ? byQid.get(qid) : undefined;
  };
  const names = {
    question: (name: string) => (rowOf.has(name) || hiddenOf.has(name) ? name : questionOf(name)?.title),
    subquestion: (field: string) => {
      const sgqa = /^\d+X\d+X(\d+)([A-Za-z]\w*)$/.exec(field);
      if (sgqa) {
        const q = byQid.get(sgqa[1]);
        return q && (subsOf.get(q.qid) ?? []).some((s) => s.title === sgqa[2]) ? { question: q.title, option: sgqa[2] } : undefined;
      }
      const cut = field.lastIndexOf('_');
      if (cut < 0) return undefined;
      const q = questionOf(field.slice(0, cut));
      const option = field.slice(cut + 1);
      // A multiple choice's "Other" is the field `<code>_other` (its text).
      if (q?.other && option === 'other') return { question: q.title, option };
      return q && (subsOf.get(q.qid) ?? []).some((s) => s.title === option) ? { question: q.title, option } : undefined;
    },
  };
  const survey: ImportedSurvey = {
    id: toId(stem, 'survey'),
    ...(Object.keys(text(lss.title)).length ? { title: text(lss.title) } : {}),
    ...(Object.keys(text(lss.welcome)).length ? { intro: text(lss.welcome) } : {}),
    languages,
    scales: [],
    choiceLists: [],
    sections: [],
    comments: [],
  };
  const report = (where: string, message: string, comments: string[]) => {
    comments.push(`${where}: ${message}`);
    problems.push({ file, where, message });
  };

  const condition = (src: string, where: string, comments: string[]): string | undefined => {
    try {
      const c = parseRelevance(src, names);
      return c ? printCond(c, ctx) : undefined;
    } catch (e) {
      if (!(e instanceof CondError)) throw e;
      report(where, `relevance '${src}' not imported (${e.message})`, comments);
      return undefined;
    }
  };

  const scales = new Map<string, ImportedScale>();
  const shared = (key: string, make: () => ImportedScale): ImportedScale => {
    const s = scales.get(key) ?? make();
    if (!scales.has(key)) (scales.set(key, s), survey.scales.push(s));
    return s;
  };
  // LimeSurvey's 5- and 10-point questions show the numbers themselves as the labels.
  const numbered = (id: string, min: number, max: number): ImportedScale => ({
    id,
    min,
    max,
    step: 1,
    points: Array.from({ length: max - min + 1 }, (_, i) => ({
      value: min + i,
      label: Object.fromEntries(languages.map((l) => [l, String(min + i)])),
    })),
  });
  /** A label LimeSurvey supplies itself (Other, Female …), in every survey language. */
  const builtIn = (en: string, zh: string): Text => Object.fromEntries(languages.map((l) => [l, l.startsWith('zh') ? zh : en]));

  /** A group's name to make its section id from: the base language's, else the first one written in Latin letters. */
  const groupName = (name: Text): string => {
    const all = [name[lss.languages[0]] ?? '', ...Object.values(name)].map((n) => plainLabel(n).text.toLowerCase());
    return all.find((n) => /[a-z0-9]/.test(n.normalize('NFKD'))) ?? '';
  };
  for (const q of lss.questions) {
    const attrs = lss.attributes.get(q.qid) ?? {};
    const type = { S: 'text', T: 'text', U: 'text', N: 'number', D: 'date', L: 'code', '!': 'code' }[q.type] as
      'text' | 'number' | 'date' | 'code';
    if (attrs.hidden !== '1' || !type) continue;
    const label = text(q.text);
    const h: NonNullable<ImportedSurvey['hidden']>[number] = {
      id: idOf.get(q.title)!,
      type,
      ...(Object.keys(label).length ? { label } : {}),
      required: false,
    };
    if (type === 'code') {
      const list = {
        id: ids.take(`${h.id}_codes`, 'list'),
        options: answersOf(q.qid).map((a) => ({ code: toCode(a.code), label: text(a.label) })),
      };
      survey.choiceLists.push(list);
      h.from = list.id;
    }
    (survey.hidden ??= []).push(h);
    hiddenOf.set(q.title, h);
  }
  for (const g of lss.groups) {
    const section: ImportedSection = {
      id: ids.take(groupName(g.name) || `group_${g.gid}`, 'group'),
      ...(Object.keys(text(g.name)).length ? { title: text(g.name) } : {}),
      comments: [],
      questions: [],
    };
    if (g.randomization) report(`group ${g.gid}`, `randomization group '${g.randomization}' not imported`, section.comments);
    let pending: string[] = [];
    for (const q of lss.questions.filter((x) => x.gid === g.gid && !hiddenOf.has(x.title)).sort((a, b) => a.order - b.order)) {
      const where = `${q.title} (qid ${q.qid}, type ${q.type})`;
      const iq = question(q, where, pending);
      if (!iq) continue;
      iq.comments.unshift(...pending);
      pending = [];
      if (q.title !== iq.id) report(where, `code ${q.title} imported as ${iq.id}`, iq.comments);
      iq.when = condition(q.relevance, where, iq.comments);
      imported.set(iq.id, iq);
      section.questions.push(iq);
    }
    // Group relevance may name questions of this group's predecessors only.
    const when = condition(g.relevance, `group ${g.gid}`, section.comments);
    if (when) section.when = when;
    if (pending.length) (section.after ??= []).push(...pending);
    if (section.questions.length) survey.sections.push(section);
    else survey.comments.push(...section.comments, ...pending);
  }
  if (piped.size)
    report(
      'texts',
      `piping ${[...piped].map((x) => `{${x}}`).join(', ')} not imported: kept in brackets (only an earlier question can be piped)`,
      survey.comments,
    );
  return { survey, problems };

  function question(q: LssQuestion, where: string, pending: string[]): ImportedQuestion | undefined {
    const attrs = lss.attributes.get(q.qid) ?? {};
    const base = (kind: ImportedQuestion['kind']): ImportedQuestion => {
      const help = text(q.help);
      let body = text(q.text);
      const comments: string[] = [];
      // A question without text in any language: its code stands in (our questions must say something).
      if (!Object.keys(body).length) {
        body = { [languages[0]]: q.title };
        report(where, 'the question has no text: its code is used as the text', comments);
      }
      return {
        kind,
        id: idOf.get(q.title)!,
        text: body,
        ...(Object.keys(help).length ? { help } : {}),
        required: q.mandatory,
        comments,
      };
    };
    const other = (out: ImportedQuestion) => {
      if (!q.other) return;
      const replaced = text(lss.attributeTexts.get(q.qid)?.other_replace_text ?? {});
      const label = Object.keys(replaced).length ? replaced : builtIn('Other', '其他');
      out.options!.push({ code: 'other', label, specify: true });
    };
    const fromAnswers = (answers: LssAnswer[]): ImportedOption[] => answers.map((a) => ({ code: toCode(a.code), label: text(a.label) }));
    const fromSubs = (): ImportedOption[] =>
      (subsOf.get(q.qid) ?? []).filter((s) => s.scale === 0).map((s) => ({ code: toCode(s.title), label: text(s.text) }));
    const randomize = (out: ImportedQuestion) => {
      if (attrs.random_order === '1' || attrs.answer_order === 'random') out.randomize = true;
    };
    // Array filter: the options chosen (or not) in an earlier multiple choice, matched by code → carry-forward.
    const filter = attrs.array_filter || attrs.array_filter_exclude || '';
    const carry = (out: ImportedQuestion) => {
      if (!filter) return;
      const source = questionOf(filter.trim())?.title;
      const from = source ? ctx.idOf(source) : undefined;
      const codes = (o: ImportedOption[] | undefined) => JSON.stringify((o ?? []).map((x) => String(x.code)));
      if (from && imported.get(from)?.kind === 'multi' && codes(imported.get(from)!.options) === codes(out.options)) {
        out.from = from;
        out.fromSelected = !!attrs.array_filter;
        delete out.options;
      } else
        report(
          where,
          `array filter '${filter}' not imported (only an earlier multiple choice with the same option codes is carried forward)`,
          out.comments,
        );
    };
    const answerBounds = (out: ImportedQuestion) => {
      if (/^\d+$/.test(attrs.min_answers ?? '')) out.min = Number(attrs.min_answers);
      if (/^\d+$/.test(attrs.max_answers ?? '')) out.max = Number(attrs.max_answers);
    };
    switch (q.type) {
      case 'L':
      case '!':
      case 'O': {
        const options = fromAnswers(answersOf(q.qid));
        // The scale's id is taken only when the list is a scale, so other names keep theirs.
        // A list its author themed as a plain list (listradio, list_dropdown) stays a single choice.
        const plain = q.theme === 'listradio' || q.theme === 'list_dropdown';
        const scale = q.other || plain || filter ? undefined : asScale('', options);
        // Our export marks a net promoter question with the CSS class `nps` (LimeSurvey has no such kind).
        if (scale && scale.min === 0 && scale.max === 10 && /(^|\s)nps(\s|$)/.test(attrs.cssclass ?? '')) return base('nps');
        if (scale) {
          scale.id = ids.take(`${idOf.get(q.title)}_scale`, 'scale');
          survey.scales.push(scale);
          const out = base('rating');
          out.scale = scale.id;
          return out;
        }
        const out = base('single');
        out.options = options;
        other(out);
        randomize(out);
        carry(out);
        if (q.type === 'O') report(where, 'the comment box of a list with comment not imported', out.comments);
        return out;
      }
      case 'G': {
        const out = base('single');
        out.options = [
          { code: 'F', label: builtIn('Female', '女') },
          { code: 'M', label: builtIn('Male', '男') },
        ];
        return out;
      }
      case '5': {
        const out = base('rating');
        out.scale = shared('five', () => numbered(ids.take('five_point', 'scale'), 1, 5)).id;
        return out;
      }
      case 'M':
      case 'P': {
        const out = base('multi');
        out.options = fromSubs();
        const exclusive = new Set((attrs.exclude_all_others ?? '').split(';').map((c) => c.trim()));
        for (const [i, s] of (subsOf.get(q.qid) ?? []).filter((s) => s.scale === 0).entries())
          if (exclusive.has(s.title)) out.options![i].exclusive = true;
        other(out);
        randomize(out);
        answerBounds(out);
        carry(out);
        if (q.type === 'P') report(where, 'the comment boxes of multiple choice with comments not imported', out.comments);
        return out;
      }
      case 'R': {
        const out = base('ranking');
        const answers = answersOf(q.qid);
        out.options = answers.length ? fromAnswers(answers) : fromSubs();
        randomize(out);
        answerBounds(out);
        return out;
      }
      case 'A':
      case 'B':
      case 'F': {
        const rows = (subsOf.get(q.qid) ?? []).filter((s) => s.scale === 0);
        let scale: ImportedScale | undefined;
        if (q.type === 'A') scale = shared('five', () => numbered(ids.take('five_point', 'scale'), 1, 5));
        else if (q.type === 'B') scale = shared('ten', () => numbered(ids.take('ten_point', 'scale'), 1, 10));
        else {
          const answers = answersOf(q.qid);
          const options = fromAnswers(answers);
          const id = ids.take(`${idOf.get(q.title)}_scale`, 'scale');
          scale = asScale(id, options);
          if (!scale && answers.length >= 2) {
            // Letter codes (A1, A2 …) become their positions 1..n, in the order written.
            scale = {
              id,
              min: 1,
              max: answers.length,
              step: 1,
              points: options.map((o, i) => ({ value: i + 1, label: o.label })),
            };
            report(where, `answer codes ${answers.map((a) => a.code).join(', ')} imported as 1..${answers.length}`, pending);
          }
          if (scale) survey.scales.push(scale);
        }
        if (!scale || !rows.length) break;
        const out = base('matrix');
        out.scale = scale.id;
        out.rows = rows.map((r) => ({ id: ids.take(`${out.id}_${r.title}`, 'row'), text: text(r.text) }));
        rows.forEach(
          (r, i) => (rowOf.set(`${q.title}_${r.title}`, { id: out.rows![i].id, matrix: out }), matrixOfRow.set(out.rows![i].id, out)),
        );
        randomize(out);
        return out;
      }
      case 'N': {
        const out = base('number');
        if (attrs.min_num_value_n !== undefined && attrs.min_num_value_n !== '' && !Number.isNaN(Number(attrs.min_num_value_n)))
          out.min = Number(attrs.min_num_value_n);
        if (attrs.max_num_value_n !== undefined && attrs.max_num_value_n !== '' && !Number.isNaN(Number(attrs.max_num_value_n)))
          out.max = Number(attrs.max_num_value_n);
        if (attrs.num_value_int_only === '1') out.integer = true;
        return out;
      }
      case 'S':
      case 'T':
      case 'U': {
        const out = base('text');
        // PHP's `/…/` delimiters and the escaped slashes inside them.
        if (q.pattern) out.pattern = q.pattern.replace(/^\/(.*)\/[a-z]*$/s, '$1').replace(/\\\//g, '/');
        if (/^\d+$/.test(attrs.maximum_chars ?? '')) out.max = Number(attrs.maximum_chars);
        return out;
      }
      case 'D': {
        const out = base('date');
        // Fixed dates only; LimeSurvey also takes expressions here.
        for (const [attr, side] of [
          ['date_min', 'min'],
          ['date_max', 'max'],
        ] as const) {
          const v = attrs[attr] ?? '';
          if (/^\d{4}-\d{2}-\d{2}$/.test(v)) out[side] = v;
          else if (v) report(where, `${attr} '${v}' not imported (not a fixed date)`, out.comments);
        }
        return out;
      }
      case 'Y':
        return base('yesno');
      case '|': {
        // A file upload: its extensions as accepted types; one file per question here.
        const out = base('file');
        const types = (attrs.allowed_filetypes ?? '')
          .split(/[,;\s]+/)
          .map((t) => t.trim().replace(/^\./, '').toLowerCase())
          .filter((t) => /^[a-z0-9]+$/.test(t));
        if (types.length) out.accept = types.map((t) => `.${t}`);
        if (Number(attrs.max_num_of_files ?? '1') > 1)
          report(where, `up to ${attrs.max_num_of_files} files: imported as one file`, out.comments);
        if (attrs.max_filesize) report(where, `largest file size ${attrs.max_filesize} KB not imported`, out.comments);
        return out;
      }
      case 'X':
        report(where, `display text not imported: ${plainLabel(Object.values(q.text)[0] ?? '').text}`, pending);
        return undefined;
    }
    report(where, `question type ${described[q.type] ?? q.type} not imported: no equivalent`, pending);
    return undefined;
  }
}
