// DDI-Codebook 2.5 (namespace ddi:codebook:2_5): the study (title in every
// language, intro as abstract, confidentiality as the confidentiality declaration),
// the response file (<id>.responses.csv: its name, contents, variable count, UTF-8),
// section and grid variable groups, and one <var> per column of that file with its
// labels, question text and help in every language (xml:lang), value labels as
// categories (missing codes flagged), valid ranges, measurement level, format and
// the universe: the condition under which the question is asked.
import { conditionText } from '@survey/emitters';
import { el, printXml, type XmlElement } from '../../common/xml.ts';
import type { SurveyIndex, Text } from '../../model.ts';
import { dataVariables, responsesFileName, type DataVariable } from '../data/variables.ts';
import type { Notes } from '../notes.ts';

const NS = 'ddi:codebook:2_5';
const SCHEMA = 'http://www.ddialliance.org/Specification/DDI-Codebook/2.5/XMLSchema/codebook.xsd';

/** One element per language of a text, default language first. */
function texts(name: string, t: Text | undefined, languages: string[], attrs: XmlElement['attrs'] = {}): XmlElement[] {
  if (!t) return [];
  return languages.filter((l) => t[l]).map((l) => el(name, { ...attrs, 'xml:lang': l }, t[l]));
}

/** DDI IDs are xs:ID (NCName): our names (letters, digits, '_', '.') fit after a prefix. */
const varId = (name: string) => `V_${name}`;

export function emitDdi(ix: SurveyIndex, notes: Notes): string {
  const { doc } = ix;
  const langs = [doc.defaultLanguage, ...doc.languages.filter((l) => l !== doc.defaultLanguage)];
  const vars = dataVariables(ix);
  const title = doc.title ?? Object.fromEntries(langs.map((l) => [l, doc.id]));
  const [mainLang, ...otherLangs] = langs.filter((l) => title[l]);
  const study = el(
    'stdyDscr',
    {},
    el(
      'citation',
      {},
      el(
        'titlStmt',
        {},
        el('titl', { 'xml:lang': mainLang }, title[mainLang]),
        ...otherLangs.map((l) => el('parTitl', { 'xml:lang': l }, title[l])),
        el('IDNo', {}, doc.id),
      ),
      doc.version !== undefined && el('verStmt', {}, el('version', {}, doc.version)),
    ),
    doc.intro && el('stdyInfo', {}, ...texts('abstract', doc.intro, langs)),
    doc.confidentiality && el('dataAccs', {}, el('useStmt', {}, ...texts('confDec', doc.confidentiality, langs).slice(0, 1))),
  );
  if (doc.confidentiality && Object.keys(doc.confidentiality).length > 1)
    notes.add(doc.id, 'DDI has one confidentiality declaration: only the default language is exported.');
  const fileName = responsesFileName(doc.id);
  const file = el(
    'fileDscr',
    { ID: 'F1', URI: fileName },
    el(
      'fileTxt',
      {},
      el('fileName', {}, fileName),
      ...texts('fileCont', fileContents(doc.id, langs), langs).slice(0, 1), // not repeatable
      el('dimensns', {}, el('varQnty', {}, String(vars.length))),
      el('fileType', { charset: 'UTF-8' }, 'text/csv'),
    ),
  );
  const data = el('dataDscr', {}, ...groups(ix, vars, langs), ...vars.map((v) => variable(v, langs)));
  for (const sc of doc.scores) notes.add(sc.id, 'scores are not in the response file: not described in the DDI codebook.');
  return printXml(
    el(
      'codeBook',
      {
        xmlns: NS,
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        'xsi:schemaLocation': `${NS} ${SCHEMA}`,
        version: '2.5',
        ID: `S_${doc.id}`,
        'xml:lang': doc.defaultLanguage,
      },
      study,
      file,
      data,
    ),
  );
}

function fileContents(id: string, langs: string[]): Text {
  const t: Record<string, string> = {
    zh: `调查 ${id} 的答卷:每行一份答卷,每列一个变量(多选题为以分号分隔的代码)。`,
    en: `Responses to survey ${id}: one row per response, one column per variable (multi-select answers as codes separated by ';').`,
  };
  return Object.fromEntries(langs.map((l) => [l, t[l.split('-')[0]] ?? t.en]));
}

/** A group per section and per grid (matrix), listing its variables. */
function groups(ix: SurveyIndex, vars: DataVariable[], langs: string[]): XmlElement[] {
  const out: XmlElement[] = [];
  const idsOf = (pred: (v: DataVariable) => boolean) => vars.filter(pred).map((v) => varId(v.name));
  for (const s of ix.doc.sections) {
    const members = idsOf((v) => !!v.question && ix.sectionOf.get(v.question.id) === s);
    if (members.length === 0) continue;
    out.push(
      el(
        'varGrp',
        { ID: `G_${s.id}`, type: 'section', name: s.id, var: members.join(' ') },
        ...texts('labl', s.title, langs),
        s.when && el('universe', { clusion: 'I' }, conditionText(s.when)),
      ),
    );
  }
  for (const q of ix.questions)
    if (q.kind === 'matrix')
      out.push(
        el(
          'varGrp',
          { ID: `G_${q.id}`, type: 'grid', name: q.id, var: idsOf((v) => v.question === q).join(' ') },
          ...texts('labl', q.text, langs),
        ),
      );
  return out;
}

const nature = { nominal: 'nominal', ordinal: 'ordinal', scale: 'interval' } as const;

function representation(v: DataVariable): string {
  if (v.storage === 'date') return 'datetime';
  if (v.values.length) return 'code';
  return v.storage === 'number' ? 'numeric' : 'text';
}

function responseDomain(v: DataVariable): string | undefined {
  if (v.source !== 'answer') return undefined;
  if (v.codeSet) return 'multiple';
  if (v.storage === 'date') return 'datetime';
  if (v.values.length) return 'category';
  return v.storage === 'number' ? 'numeric' : 'text';
}

function variable(v: DataVariable, langs: string[]): XmlElement {
  const q = v.question;
  const isRow = q?.kind === 'matrix';
  // The question text: a matrix row is asked as the matrix's question about that row.
  const asked = q && v.source === 'answer' ? langs.filter((l) => q.text[l]) : [];
  const qstns = asked.map((l) =>
    el(
      'qstn',
      { 'xml:lang': l, responseDomainType: responseDomain(v) },
      el('qstnLit', {}, isRow ? `${q!.text[l]} ${v.label[l] ?? ''}`.trim() : q!.text[l]),
      q!.help?.[l] !== undefined && el('ivuInstr', {}, q!.help[l]),
    ),
  );
  const range =
    (v.min !== undefined || v.max !== undefined) &&
    el(
      'valrng',
      {},
      el('range', { UNITS: v.storage !== 'number' ? undefined : v.question?.integer ? 'INT' : 'REAL', min: v.min, max: v.max }),
    );
  return el(
    'var',
    {
      ID: varId(v.name),
      name: v.name,
      files: 'F1',
      intrvl: v.level === 'scale' ? 'contin' : 'discrete',
      nature: nature[v.level],
      representationType: representation(v),
    },
    ...texts('labl', v.label, langs),
    ...qstns,
    range || undefined,
    v.universe && el('universe', { clusion: 'I' }, conditionText(v.universe)),
    ...v.values.map((c) =>
      el('catgry', { missing: c.missing ? 'Y' : undefined }, el('catValu', {}, String(c.code)), ...texts('labl', c.label, langs)),
    ),
    el('varFormat', {
      type: v.storage === 'number' ? 'numeric' : 'character',
      schema: 'ISO',
      category: v.storage === 'date' ? 'date' : undefined,
      formatname: v.storage === 'date' ? 'YYYY-MM-DD' : undefined,
    }),
  );
}
