// A LimeSurvey survey structure file (.lss) read as its tables: the export is one
// XML element per database table (`<questions><rows><row>…`), each row a flat record
// of CDATA fields. Both layouts are read into one shape: before DBVersion 400 every
// text row is repeated per language (a `language` field); from 400 on the texts sit
// in `*_l10ns` tables keyed by the row's id.
import { XMLParser } from 'fast-xml-parser';
import type { Text } from '../../model.ts';

type Row = Record<string, string>;

interface LssGroup {
  gid: string;
  order: number;
  relevance: string;
  randomization: string;
  name: Text;
  description: Text;
}

export interface LssQuestion {
  qid: string;
  parent: string;
  gid: string;
  type: string;
  title: string;
  order: number;
  mandatory: boolean;
  other: boolean;
  relevance: string;
  scale: number;
  /** A validation regex (`preg`), if any. */
  pattern: string;
  text: Text;
  help: Text;
}

export interface LssAnswer {
  qid: string;
  code: string;
  order: number;
  scale: number;
  label: Text;
}

export interface LssSurvey {
  dbVersion: number;
  /** LimeSurvey's language codes, the base language first. */
  languages: string[];
  title: Text;
  description: Text;
  welcome: Text;
  groups: LssGroup[];
  questions: LssQuestion[];
  subquestions: LssQuestion[];
  answers: LssAnswer[];
  /** Question attributes by qid (language-neutral ones, and the base language's). */
  attributes: Map<string, Row>;
  /** Language-specific question attributes (other_replace_text, suffix …) by qid and name, per language. */
  attributeTexts: Map<string, Record<string, Text>>;
}

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  isArray: (_name, jpath) => String(jpath).endsWith('.rows.row'),
});

/** The rows of one table, every field a string ('' for an empty element). */
function rowsOf(doc: Record<string, unknown>, table: string): Row[] {
  const t = doc[table] as { rows?: { row?: unknown[] } } | undefined;
  const rows = t && typeof t === 'object' ? t.rows?.row : undefined;
  if (!Array.isArray(rows)) return [];
  return rows.map((r) => {
    const out: Row = {};
    for (const [k, v] of Object.entries((r ?? {}) as Record<string, unknown>))
      out[k] = typeof v === 'string' || typeof v === 'number' ? String(v) : '';
    return out;
  });
}

function add(t: Text, lang: string | undefined, value: string | undefined): void {
  if (lang && value) t[lang] ??= value;
}

export function readLss(xml: string): LssSurvey {
  let root: Record<string, unknown>;
  try {
    root = parser.parse(xml, true) as Record<string, unknown>;
  } catch (e) {
    throw new Error(`not well-formed XML (${(e as Error).message.split('\n')[0]})`);
  }
  const doc = root.document as Record<string, unknown> | undefined;
  if (!doc || typeof doc !== 'object') throw new Error('not a LimeSurvey structure file: no <document> element');
  const docType = String(doc.LimeSurveyDocType ?? '');
  if (docType !== 'Survey')
    throw new Error(`not a LimeSurvey survey: LimeSurveyDocType is '${docType || 'missing'}' (only Survey is imported)`);
  const dbVersion = Number(doc.DBVersion ?? 0);
  const survey = rowsOf(doc, 'surveys')[0] ?? {};
  const base = survey.language || 'en';
  const languages = [
    base,
    ...String(survey.additional_languages ?? '')
      .split(/\s+/)
      .filter((l) => l && l !== base),
  ];
  const settings = rowsOf(doc, 'surveys_languagesettings');
  const title: Text = {};
  const description: Text = {};
  const welcome: Text = {};
  for (const s of settings) {
    add(title, s.surveyls_language, s.surveyls_title);
    add(description, s.surveyls_language, s.surveyls_description);
    add(welcome, s.surveyls_language, s.surveyls_welcometext);
  }

  const l10n = dbVersion >= 400;
  // Texts of groups, questions and answers per language, whichever layout the file has.
  const groupTexts = new Map<string, { name: Text; description: Text }>();
  const questionTexts = new Map<string, { text: Text; help: Text }>();
  const groupText = (gid: string) => groupTexts.get(gid) ?? (groupTexts.set(gid, { name: {}, description: {} }), groupTexts.get(gid)!);
  const questionText = (qid: string) => questionTexts.get(qid) ?? (questionTexts.set(qid, { text: {}, help: {} }), questionTexts.get(qid)!);
  if (l10n) {
    for (const r of rowsOf(doc, 'group_l10ns'))
      (add(groupText(r.gid).name, r.language, r.group_name), add(groupText(r.gid).description, r.language, r.description));
    for (const r of rowsOf(doc, 'question_l10ns'))
      (add(questionText(r.qid).text, r.language, r.question), add(questionText(r.qid).help, r.language, r.help));
  }

  const groups = new Map<string, LssGroup>();
  for (const r of rowsOf(doc, 'groups')) {
    if (!l10n) (add(groupText(r.gid).name, r.language, r.group_name), add(groupText(r.gid).description, r.language, r.description));
    if (!groups.has(r.gid))
      groups.set(r.gid, {
        gid: r.gid,
        order: Number(r.group_order ?? 0),
        relevance: r.grelevance ?? '',
        randomization: r.randomization_group ?? '',
        ...groupText(r.gid),
      });
  }
  const readQuestions = (table: string): LssQuestion[] => {
    const out = new Map<string, LssQuestion>();
    for (const r of rowsOf(doc, table)) {
      if (!l10n) (add(questionText(r.qid).text, r.language, r.question), add(questionText(r.qid).help, r.language, r.help));
      if (!out.has(r.qid))
        out.set(r.qid, {
          qid: r.qid,
          parent: r.parent_qid || '0',
          gid: r.gid,
          type: r.type,
          title: r.title,
          order: Number(r.question_order ?? 0),
          mandatory: r.mandatory === 'Y',
          other: r.other === 'Y',
          relevance: r.relevance ?? '',
          scale: Number(r.scale_id ?? 0),
          pattern: r.preg ?? '',
          ...questionText(r.qid),
        });
    }
    return [...out.values()];
  };
  const questions = readQuestions('questions');
  // Newer exports keep subquestions in `questions` with a parent; older ones in their own table.
  const subquestions = [...readQuestions('subquestions'), ...questions.filter((q) => q.parent !== '0')];

  const answerTexts = new Map<string, Text>();
  if (l10n)
    for (const r of rowsOf(doc, 'answer_l10ns'))
      add(answerTexts.get(r.aid) ?? (answerTexts.set(r.aid, {}), answerTexts.get(r.aid)!), r.language, r.answer);
  const answers = new Map<string, LssAnswer>();
  for (const r of rowsOf(doc, 'answers')) {
    const key = `${r.qid}\u0000${r.scale_id ?? 0}\u0000${r.code}`;
    const a = answers.get(key) ?? { qid: r.qid, code: r.code, order: Number(r.sortorder ?? 0), scale: Number(r.scale_id ?? 0), label: {} };
    answers.set(key, a);
    if (l10n) Object.assign(a.label, answerTexts.get(r.aid) ?? {});
    else add(a.label, r.language, r.answer);
  }

  const attributes = new Map<string, Row>();
  const attributeTexts = new Map<string, Record<string, Text>>();
  for (const r of rowsOf(doc, 'question_attributes')) {
    if (r.language) {
      const texts = attributeTexts.get(r.qid) ?? (attributeTexts.set(r.qid, {}), attributeTexts.get(r.qid)!);
      add((texts[r.attribute] ??= {}), r.language, r.value);
    }
    if (r.language && r.language !== base) continue;
    const a = attributes.get(r.qid) ?? (attributes.set(r.qid, {}), attributes.get(r.qid)!);
    a[r.attribute] = r.value ?? '';
  }
  return {
    dbVersion,
    languages,
    title,
    description,
    welcome,
    groups: [...groups.values()].sort((a, b) => a.order - b.order),
    questions: questions.filter((q) => q.parent === '0'),
    subquestions,
    answers: [...answers.values()],
    attributes,
    attributeTexts,
  };
}
