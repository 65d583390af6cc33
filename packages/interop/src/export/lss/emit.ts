// LimeSurvey survey structure (.lss, the layout of LimeSurvey 4 to 6, DBVersion 400+:
// texts in *_l10ns tables): sections → question groups (`when` → group relevance),
// single → list (L) with answer options, rating / nps → list with the scale's points
// as answers, multi → multiple choice (M) with the options as subquestions (exclusive
// → exclude_all_others, min/max → min_answers/max_answers), matrix → array (F) with
// rows as subquestions and the scale as answers, ranking → R, text → short (S) or long
// (T) free text with `preg`, number → N with its bounds, date → D, yesno → Y, file →
// upload (|). `when` → relevance equations, required → mandatory, a last `specify`
// option → LimeSurvey's "Other", every language → a survey language. What has no
// equivalent is noted.
import { pointLabel, type OptionDoc, type QuestionDoc, type SurveyIndex, type Text } from '../../model.ts';
import { Unmappable, type Notes } from '../notes.ts';
import { flowNotes } from '../flow-notes.ts';
import { lssCodes, type LssCodes } from './codes.ts';
import { relevance, type LssOther } from './expression.ts';
import { printLss, type LssRow, type LssTable } from './tables.ts';
import { lssFlowNotes } from './notes.ts';

/** The DBVersion of LimeSurvey 6.6, whose export layout this follows. */
const dbVersion = 623;

/** Our BCP 47 tags as LimeSurvey's language codes. */
export function lssLanguageCode(tag: string): string {
  if (tag === 'zh' || tag === 'zh-Hans' || tag === 'zh-CN') return 'zh-Hans';
  if (tag === 'zh-Hant' || tag === 'zh-TW') return 'zh-Hant-TW';
  if (tag === 'zh-HK') return 'zh-Hant-HK';
  return tag;
}

const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br />');

type Type = 'L' | 'M' | 'F' | 'R' | 'S' | 'T' | 'N' | 'D' | 'Y' | '|';
const themes: Record<Type, string> = {
  L: 'listradio',
  M: 'multiplechoice',
  F: 'arrays/array',
  R: 'ranking',
  S: 'shortfreetext',
  T: 'longfreetext',
  N: 'numerical',
  D: 'date',
  Y: 'yesno',
  '|': 'file_upload',
};

function typeOf(q: QuestionDoc): Type | undefined {
  switch (q.kind) {
    case 'single':
    case 'rating':
    case 'nps':
      return 'L';
    case 'multi':
      return 'M';
    case 'matrix':
      return 'F';
    case 'ranking':
      return 'R';
    case 'text':
      return typeof q.max === 'number' && q.max > 255 ? 'T' : 'S';
    case 'number':
      return 'N';
    case 'date':
      return 'D';
    case 'yesno':
      return 'Y';
    case 'file':
      return '|';
    default:
      return undefined;
  }
}

/** A question's "Other": its one `specify` option, when it is the last one. */
function otherOption(ix: SurveyIndex, q: QuestionDoc): OptionDoc | undefined {
  if (q.kind !== 'single' && q.kind !== 'multi') return undefined;
  const opts = ix.options(q);
  const specify = opts.filter((o) => o.specify);
  return specify.length === 1 && opts[opts.length - 1] === specify[0] ? specify[0] : undefined;
}

export function emitLss(ix: SurveyIndex, notes: Notes): string {
  const { doc } = ix;
  const languages = doc.languages.map(lssLanguageCode);
  const codes = lssCodesOf(ix, notes);
  const others = new Map<string, OptionDoc>();
  for (const q of ix.questions) {
    const o = otherOption(ix, q);
    if (o) others.set(q.id, o);
  }
  const other: LssOther = { otherOf: (id) => (others.has(id) ? String(others.get(id)!.code) : undefined) };
  // A stable survey id from the survey's id, so the file is the same from run to run.
  let hash = 0;
  for (const ch of doc.id) hash = (hash * 31 + ch.charCodeAt(0)) % 899_999;
  const sid = 100_000 + hash;

  const t = {
    answers: [] as LssRow[],
    answerL10ns: [] as LssRow[],
    groups: [] as LssRow[],
    groupL10ns: [] as LssRow[],
    questions: [] as LssRow[],
    subquestions: [] as LssRow[],
    questionL10ns: [] as LssRow[],
    attributes: [] as LssRow[],
  };
  /** Piping `{q}` → `{CODE.shown}` (a matrix row `{M_SQ.shown}`); HTML-escaped, as LimeSurvey texts are HTML. */
  const text = (x: Text | undefined, lang: string): string =>
    html(x?.[lang] ?? '').replace(/\{([A-Za-z_]\w*)\}/g, (whole, name: string) => {
      const m = ix.matrixOfRow.get(name);
      if (m) return `{${codes.question(m.id)}_${codes.row(name)}.shown}`;
      return ix.byId.has(name) ? `{${codes.question(name)}.shown}` : whole;
    });
  const perLanguage = (x: Text | undefined, row: (lang: string, value: string) => LssRow, into: LssRow[]) => {
    for (const [i, lang] of doc.languages.entries()) into.push(row(languages[i], text(x, lang)));
  };
  const attribute = (qid: number, attribute: string, v: string | number, lang = '') =>
    t.attributes.push({ qid, attribute, value: v, language: lang });
  const attributePerLanguage = (qid: number, name: string, x: Text) =>
    doc.languages.forEach((lang, i) => attribute(qid, name, text(x, lang), languages[i]));
  const condition = (e: QuestionDoc['when'], element: string, what: string): string => {
    if (!e) return '1';
    try {
      return relevance(e, ix, codes, other);
    } catch (err) {
      if (!(err instanceof Unmappable)) throw err;
      notes.add(element, `${what} not exported: ${err.message}`);
      return '1';
    }
  };

  let qid = 0;
  let aid = 0;
  const answer = (q: number, code: string, order: number, label: Text) => {
    aid++;
    t.answers.push({ aid, qid: q, code, sortorder: order, assessment_value: 0, scale_id: 0 });
    perLanguage(label, (language, answer) => ({ id: t.answerL10ns.length + 1, aid, answer, language }), t.answerL10ns);
  };
  const question = (row: Omit<LssRow, 'qid'>, texts: { question: Text | undefined; help?: Text }, into: LssRow[]): number => {
    qid++;
    into.push({ qid, ...row });
    doc.languages.forEach((lang, i) =>
      t.questionL10ns.push({
        id: t.questionL10ns.length + 1,
        qid,
        question: text(texts.question, lang),
        help: text(texts.help, lang),
        script: '',
        language: languages[i],
      }),
    );
    return qid;
  };

  for (const [g, s] of doc.sections.entries()) {
    const gid = g + 1;
    t.groups.push({ gid, sid, group_order: g + 1, randomization_group: '', grelevance: condition(s.when, s.id, 'the section condition') });
    perLanguage(
      s.title ?? Object.fromEntries(doc.languages.map((l) => [l, s.id])),
      (language, group_name) => ({ id: t.groupL10ns.length + 1, gid, group_name, description: '', language }),
      t.groupL10ns,
    );
    for (const [order, q] of s.questions.entries()) {
      const type = typeOf(q);
      if (!type) {
        notes.add(q.id, `${q.kind} questions have no LimeSurvey question type; not exported.`);
        continue;
      }
      const otherOpt = others.get(q.id);
      const id = question(
        {
          parent_qid: 0,
          sid,
          gid,
          type,
          title: codes.question(q.id),
          preg: q.kind === 'text' && q.pattern ? `/${q.pattern.replace(/\//g, '\\/')}/` : '',
          other: otherOpt ? 'Y' : 'N',
          mandatory: q.required ? 'Y' : 'N',
          encrypted: 'N',
          question_order: order + 1,
          scale_id: 0,
          same_default: 0,
          relevance: condition(q.when, q.id, 'the condition'),
          question_theme_name: themes[type],
          modulename: '',
          same_script: 0,
        },
        { question: q.text, help: q.help },
        t.questions,
      );
      if (otherOpt) attributePerLanguage(id, 'other_replace_text', otherOpt.label);
      details(q, type, id, gid);
    }
  }
  for (const h of doc.hidden ?? [])
    notes.add(h.id, 'hidden variables are not exported to LimeSurvey (a hidden short-text question filled from the URL could carry one).');
  for (const sc of doc.scores) notes.add(sc.id, 'scores are not exported to LimeSurvey (no equation question is generated).');
  flowNotes(ix, notes, 'lss');
  lssFlowNotes(ix, notes);

  const settings = doc.languages.map((lang, i) => ({
    surveyls_survey_id: sid,
    surveyls_language: languages[i],
    surveyls_title: text(doc.title, lang) || doc.id,
    surveyls_description: '',
    surveyls_welcometext: text(doc.intro, lang),
    surveyls_endtext: '',
    surveyls_policy_notice: text(doc.confidentiality, lang),
    surveyls_dateformat: 6,
    surveyls_numberformat: 0,
  }));
  const tables: LssTable[] = [
    { name: 'answers', fields: ['aid', 'qid', 'code', 'sortorder', 'assessment_value', 'scale_id'], rows: t.answers },
    { name: 'answer_l10ns', fields: ['id', 'aid', 'answer', 'language'], rows: t.answerL10ns },
    { name: 'groups', fields: ['gid', 'sid', 'group_order', 'randomization_group', 'grelevance'], rows: t.groups },
    { name: 'group_l10ns', fields: ['id', 'gid', 'group_name', 'description', 'language'], rows: t.groupL10ns },
    { name: 'questions', fields: questionFields, rows: t.questions },
    { name: 'subquestions', fields: questionFields, rows: t.subquestions },
    { name: 'question_l10ns', fields: ['id', 'qid', 'question', 'help', 'script', 'language'], rows: t.questionL10ns },
    { name: 'question_attributes', fields: ['qid', 'attribute', 'value', 'language'], rows: t.attributes },
    {
      name: 'surveys',
      fields: ['sid', 'gsid', 'admin', 'language', 'additional_languages', 'format', 'anonymized', 'datestamp', 'showwelcome', 'allowprev'],
      rows: [
        {
          sid,
          gsid: 1,
          admin: 'inherit',
          language: languages[0],
          additional_languages: languages.slice(1).join(' '),
          format: 'G',
          anonymized: 'N',
          datestamp: 'Y',
          showwelcome: 'Y',
          allowprev: 'Y',
        },
      ],
    },
    { name: 'surveys_languagesettings', fields: Object.keys(settings[0]), rows: settings },
  ];
  return printLss(dbVersion, languages, tables);

  /** Answers, subquestions and attributes of one question. */
  function details(q: QuestionDoc, type: Type, id: number, gid: number): void {
    const sub = (title: string, order: number, label: Text) =>
      question(
        {
          parent_qid: id,
          sid,
          gid,
          type: 'T',
          title,
          preg: '',
          other: 'N',
          mandatory: '',
          encrypted: 'N',
          question_order: order,
          scale_id: 0,
          same_default: 0,
          relevance: '1',
          question_theme_name: '',
          modulename: '',
          same_script: 0,
        },
        { question: label },
        t.subquestions,
      );
    const scale = ix.scale(q);
    const otherCode = other.otherOf(q.id);
    const options = ix.options(q);
    if (q.kind === 'nps') notes.add(q.id, 'LimeSurvey has no NPS question: a list of the points 0 to 10 (imported back as a rating).');
    if (q.reverse || q.rows?.some((r) => r.reverse)) notes.add(q.id, 'reverse coding is not exported to LimeSurvey.');
    if (q.tags?.length || q.rows?.some((r) => r.tags?.length)) notes.add(q.id, 'tags are not exported to LimeSurvey.');
    if ((type === 'L' || type === 'F') && scale)
      scale.points.forEach((p, i) => answer(id, codes.answer(q.id, p.value), i + 1, pointLabel(p, doc.languages)));
    else if (type === 'L' || type === 'R')
      options.filter((o) => String(o.code) !== otherCode).forEach((o, i) => answer(id, codes.answer(q.id, o.code), i + 1, o.label));
    if (type === 'M') options.filter((o) => String(o.code) !== otherCode).forEach((o, i) => sub(codes.sub(q.id, o.code), i + 1, o.label));
    if (type === 'F') (q.rows ?? []).forEach((r, i) => sub(codes.row(r.id), i + 1, r.text));
    const specifyLost = options.filter((o) => o.specify && String(o.code) !== otherCode).map((o) => String(o.code));
    if (specifyLost.length)
      notes.add(
        q.id,
        `the text box of option ${specifyLost.join(', ')} is not exported (LimeSurvey has one "Other" per question, shown last).`,
      );
    if (options.some((o) => o.image)) notes.add(q.id, 'option images are not exported to LimeSurvey.');
    if (q.randomize) {
      attribute(id, 'random_order', 1);
      if (type === 'L' || type === 'R') attribute(id, 'answer_order', 'random');
      const fixed = options.filter((o) => o.fixed).map((o) => String(o.code));
      if (fixed.length && String(otherCode) !== fixed.join())
        notes.add(q.id, `LimeSurvey shuffles every option: ${fixed.join(', ')} are not kept in place.`);
    }
    if (type === 'M') {
      const exclusive = options.filter((o) => o.exclusive).map((o) => codes.sub(q.id, o.code));
      if (exclusive.length) attribute(id, 'exclude_all_others', exclusive.join(';'));
    }
    if (type === 'M' || type === 'R') {
      if (q.min !== undefined) attribute(id, 'min_answers', q.min);
      if (q.max !== undefined) attribute(id, 'max_answers', q.max);
    }
    if (type === 'N') {
      if (q.min !== undefined) attribute(id, 'min_num_value_n', q.min);
      if (q.max !== undefined) attribute(id, 'max_num_value_n', q.max);
      if (q.integer) attribute(id, 'num_value_int_only', 1);
      if (q.unit) attributePerLanguage(id, 'suffix', q.unit);
    }
    if (type === 'D') {
      if (q.min !== undefined) attribute(id, 'date_min', q.min);
      if (q.max !== undefined) attribute(id, 'date_max', q.max);
      attribute(id, 'date_format', 'yyyy-mm-dd');
    }
    if (type === 'S' || type === 'T') {
      if (q.max !== undefined) attribute(id, 'maximum_chars', q.max);
      if (q.min !== undefined) notes.add(q.id, `the shortest answer (${q.min} characters) is not exported to LimeSurvey.`);
    }
    if (type === '|') {
      attribute(id, 'max_num_of_files', 1);
      attribute(id, 'min_num_of_files', q.required ? 1 : 0);
      if (q.maxBytes) attribute(id, 'max_filesize', Math.ceil(q.maxBytes / 1024));
      const extensions = (q.accept ?? []).filter((a) => a.startsWith('.')).map((a) => a.slice(1));
      if (extensions.length) attribute(id, 'allowed_filetypes', extensions.join(', '));
      if ((q.accept ?? []).some((a) => !a.startsWith('.')))
        notes.add(q.id, 'LimeSurvey accepts files by extension: the MIME types are not exported.');
    }
  }
}

const questionFields = [
  'qid',
  'parent_qid',
  'sid',
  'gid',
  'type',
  'title',
  'preg',
  'other',
  'mandatory',
  'encrypted',
  'question_order',
  'scale_id',
  'same_default',
  'relevance',
  'question_theme_name',
  'modulename',
  'same_script',
] as const;

/** For tests: the codes a survey's questions get in LimeSurvey. */
export function lssCodesOf(ix: SurveyIndex, notes: Notes): LssCodes {
  return lssCodes(ix, notes, (q) => {
    const t = typeOf(q);
    return t === 'M' ? 'subs' : t === 'F' ? 'rows' : t === 'L' || t === 'R' ? 'answers' : 'none';
  });
}
