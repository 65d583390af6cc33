// The response data file the DDI codebook describes and the SPSS, Stata and R
// scripts read: a CSV in the column format of <id>.analysis.json, with a fixed
// column order — `responseId`, then each question's variables in survey order
// (a matrix row per row; a multi-select or ranking as one `q` column of codes
// separated by ';'; the text of a `specify` option as `q.code.text`), then the hidden
// variables. Each column carries its label, value labels, missing codes and
// measurement level, taken from the compiled survey.
import { pointLabel, yesNoLabel, type Code, type ExprJson, type QuestionDoc, type SurveyIndex, type Text } from '../../model.ts';
import { andAll } from '../../common/expr.ts';
import { specifyName } from '@survey/emitters';

type Storage = 'number' | 'string' | 'date';
type Level = 'nominal' | 'ordinal' | 'scale';

export interface ValueLabel {
  code: Code;
  label: Text;
  missing?: true;
}

export interface DataVariable {
  /** The CSV column name (as in analysis.json). */
  name: string;
  label: Text;
  storage: Storage;
  level: Level;
  /** A set of codes (multi-select, ranking) joined by ';' in one cell. */
  codeSet?: 'multi' | 'ranking';
  values: ValueLabel[];
  /** Every valid (non-missing) value of a scale, labelled or not. */
  points?: number[];
  /** The id of a scale or choice list whose labels several variables share. */
  valueSet?: string;
  missing: number[];
  /** The question asked (absent for responseId and hidden variables). */
  question?: QuestionDoc;
  /** The condition under which the question is shown (section and question). */
  universe?: ExprJson;
  source: 'meta' | 'answer' | 'specify' | 'hidden';
  min?: number | string;
  max?: number | string;
}

const idLabel: Record<string, string> = { zh: '答卷编号', en: 'Response id' };

function perLanguage(languages: string[], table: Record<string, string>): Text {
  return Object.fromEntries(languages.map((l) => [l, table[l.split('-')[0]] ?? table.en]));
}

function allNumeric(values: ValueLabel[]): boolean {
  return values.length > 0 && values.every((v) => typeof v.code === 'number');
}

export function dataVariables(ix: SurveyIndex): DataVariable[] {
  const { doc } = ix;
  const out: DataVariable[] = [
    {
      name: 'responseId',
      label: perLanguage(doc.languages, idLabel),
      storage: 'string',
      level: 'nominal',
      values: [],
      missing: [],
      source: 'meta',
    },
  ];
  for (const s of doc.sections)
    for (const q of s.questions) {
      const universe = andAll([s.when, q.when]);
      const base = { question: q, universe, source: 'answer' as const, missing: [] as number[] };
      const scale = ix.scale(q);
      // Labelled and missing-code points get value labels; `points` keeps every valid value.
      const scaleValues = (): ValueLabel[] =>
        (scale?.points ?? [])
          .filter((p) => p.label || p.missing)
          .map((p) => ({ code: p.value, label: pointLabel(p, doc.languages), ...(p.missing ? { missing: true as const } : {}) }));
      const points = (scale?.points ?? []).filter((p) => !p.missing).map((p) => p.value);
      const options = ix.options(q).map((o) => ({ code: o.code, label: o.label }));
      switch (q.kind) {
        case 'rating':
        case 'nps':
          out.push({
            ...base,
            name: q.id,
            label: q.text,
            storage: 'number',
            level: 'ordinal',
            values: scaleValues(),
            points,
            valueSet: scale?.id,
            missing: ix.missingCodes(q.id),
          });
          break;
        case 'matrix':
          for (const r of q.rows ?? [])
            out.push({
              ...base,
              name: r.id,
              label: r.text,
              storage: 'number',
              level: 'ordinal',
              values: scaleValues(),
              points,
              valueSet: scale?.id,
              missing: ix.missingCodes(r.id),
            });
          break;
        case 'single':
        case 'yesno':
          out.push({
            ...base,
            name: q.id,
            label: q.text,
            storage: allNumeric(options) ? 'number' : 'string',
            level: 'nominal',
            values:
              q.kind === 'yesno'
                ? [
                    { code: 'yes', label: yesNoLabel(doc.languages, true) },
                    { code: 'no', label: yesNoLabel(doc.languages, false) },
                  ]
                : options,
            valueSet: q.choices ?? (q.kind === 'yesno' ? 'yesno' : undefined),
          });
          break;
        case 'multi':
        case 'ranking':
          out.push({
            ...base,
            name: q.id,
            label: q.text,
            storage: 'string',
            level: 'nominal',
            codeSet: q.kind,
            values: options,
            valueSet: q.choices,
          });
          break;
        case 'text':
          out.push({ ...base, name: q.id, label: q.text, storage: 'string', level: 'nominal', values: [] });
          break;
        case 'number':
          out.push({ ...base, name: q.id, label: q.text, storage: 'number', level: 'scale', values: [], min: q.min, max: q.max });
          break;
        case 'date':
          out.push({ ...base, name: q.id, label: q.text, storage: 'date', level: 'scale', values: [], min: q.min, max: q.max });
          break;
      }
      for (const o of ix.options(q))
        if (o.specify) {
          const chosen: ExprJson = {
            type: 'binary',
            op: q.kind === 'multi' ? 'has' : '==',
            left: { type: 'var', name: q.id },
            right: typeof o.code === 'number' ? { type: 'number', value: o.code } : { type: 'code', value: o.code },
          };
          out.push({
            ...base,
            universe: andAll([universe, chosen]),
            name: specifyName(q.id, o.code),
            label: o.label,
            storage: 'string',
            level: 'nominal',
            values: [],
            source: 'specify',
          });
        }
    }
  for (const h of doc.hidden ?? []) {
    const values = h.choices
      ? (doc.choiceLists.find((l) => l.id === h.choices)?.options ?? []).map((o) => ({ code: o.code, label: o.label }))
      : [];
    const storage: Storage =
      h.type === 'number' ? 'number' : h.type === 'date' ? 'date' : h.type === 'code' && allNumeric(values) ? 'number' : 'string';
    out.push({
      name: h.id,
      label: h.label ?? Object.fromEntries(doc.languages.map((l) => [l, h.id])),
      storage,
      level: h.type === 'number' || h.type === 'date' ? 'scale' : 'nominal',
      values,
      valueSet: h.choices,
      missing: [],
      source: 'hidden',
    });
  }
  return out;
}

/** The 0/1 indicators a script derives from a multi-select column, one per option. */
export function indicatorsOf(v: DataVariable): { code: Code; label: Text }[] {
  return v.codeSet === 'multi' ? v.values : [];
}

const chosenLabels: Record<string, [string, string]> = { zh: ['未选', '已选'], en: ['Not chosen', 'Chosen'] };

/** Value labels of a 0/1 indicator, in the survey's languages. */
export function indicatorValues(languages: string[]): ValueLabel[] {
  const pick = (i: 0 | 1): Text => Object.fromEntries(languages.map((l) => [l, (chosenLabels[l.split('-')[0]] ?? chosenLabels.en)[i]]));
  return [
    { code: 0, label: pick(0) },
    { code: 1, label: pick(1) },
  ];
}

/** `question: option` as an indicator's variable label. */
export function indicatorLabel(v: DataVariable, option: Text, lang: string): string {
  return `${v.label[lang] ?? Object.values(v.label)[0] ?? v.name}: ${option[lang] ?? Object.values(option)[0] ?? ''}`;
}

/** The response file the codebook describes and the scripts read. */
export function responsesFileName(id: string): string {
  return `${id}.responses.csv`;
}
