// REDCap data dictionary (CSV, the 18 documented columns): one instrument named after
// the survey, a record_id first, section titles as Section Header, rating and single
// questions as radio fields with `code, label | …` choices, multi as checkbox
// (exclusive options get @NONEOFTHEABOVE), matrices as radio fields sharing a Matrix
// Group Name, number/date as text with validation and min/max, and `when` (with its
// section's) as branching logic. REDCap instruments have one language: the default.
import { andAll } from '../../common/expr.ts';
import { toCsv } from '../../common/csv.ts';
import { pointLabel, type QuestionDoc, type SurveyIndex, type Text } from '../../model.ts';
import { printCondition } from '../condition.ts';
import { Unmappable, type Notes } from '../notes.ts';
import { redcapColumns } from './columns.ts';
import { redcapDialect } from './condition.ts';
import { noteOptionImages, redcapAnswerType } from '../answer-types.ts';

type Field = Partial<Record<(typeof redcapColumns)[number], string>>;

function redcapRows(ix: SurveyIndex, notes: Notes): Field[] {
  const { doc } = ix;
  const form = doc.id.toLowerCase();
  const varName = (id: string) => id.toLowerCase();
  const dialect = redcapDialect(varName);
  const t = (x: Text | undefined) => ix.text(x).replace(/\{([A-Za-z_]\w*)\}/g, (_, n: string) => `[${varName(n)}]`);
  if (doc.languages.length > 1) notes.add(doc.id, `REDCap instruments have one language: only ${doc.defaultLanguage} is exported.`);
  const fields: Field[] = [{ 'Variable / Field Name': 'record_id', 'Form Name': form, 'Field Type': 'text', 'Field Label': 'Record ID' }];
  const choices = (opts: { code: string | number; label: Text }[]) =>
    opts.map((o) => `${o.code}, ${ix.text(o.label).replace(/\|/g, '/')}`).join(' | ');
  // Hidden variables: fields REDCap hides from the respondent (@HIDDEN), filled by the project.
  for (const h of doc.hidden ?? []) {
    const list = h.choices ? doc.choiceLists.find((l) => l.id === h.choices) : undefined;
    fields.push({
      'Variable / Field Name': varName(h.id),
      'Form Name': form,
      'Field Type': list ? 'dropdown' : 'text',
      'Field Label': ix.text(h.label) || h.id,
      ...(list ? { 'Choices, Calculations, OR Slider Labels': choices(list.options) } : {}),
      ...(h.type === 'number' ? { 'Text Validation Type OR Show Slider Number': 'number' } : {}),
      ...(h.type === 'date' ? { 'Text Validation Type OR Show Slider Number': 'date_ymd' } : {}),
      'Field Annotation': '@HIDDEN',
    });
  }
  for (const s of doc.sections) {
    let header = s.implicit ? undefined : t(s.title) || s.id;
    for (const q of s.questions) {
      let logic: string | undefined;
      const cond = andAll([s.when, q.when]);
      if (cond)
        try {
          logic = printCondition(cond, ix, dialect);
        } catch (e) {
          if (!(e instanceof Unmappable)) throw e;
          notes.add(q.id, `branching logic not exported: ${e.message}`);
        }
      const base: Field = {
        'Variable / Field Name': varName(q.id),
        'Form Name': form,
        ...(header ? { 'Section Header': header } : {}),
        'Field Label': t(q.text),
        ...(q.help ? { 'Field Note': t(q.help) } : {}),
        ...(logic ? { 'Branching Logic (Show field only if...)': logic } : {}),
        ...(q.required ? { 'Required Field?': 'y' } : {}),
      };
      header = undefined;
      const out = field(q, base, ix, notes, choices, varName);
      fields.push(...out);
    }
  }
  for (const sc of doc.scores) notes.add(sc.id, 'scores are not exported to REDCap (no calc field is generated).');
  return fields;
}

function field(
  q: QuestionDoc,
  base: Field,
  ix: SurveyIndex,
  notes: Notes,
  choices: (o: { code: string | number; label: Text }[]) => string,
  varName: (id: string) => string,
): Field[] {
  const langs = ix.doc.languages;
  const annotations: string[] = [];
  if (q.randomize) annotations.push('@RANDOMORDER');
  const annotate = (f: Field): Field => (annotations.length ? { ...f, 'Field Annotation': annotations.join(' ') } : f);
  const specify = (): Field[] =>
    ix
      .options(q)
      .filter((o) => o.specify)
      .map((o) => ({
        'Variable / Field Name': `${varName(q.id)}_${String(o.code).toLowerCase()}`,
        'Form Name': base['Form Name'],
        'Field Type': 'text',
        'Field Label': ix.text(o.label),
        'Branching Logic (Show field only if...)':
          q.kind === 'multi' ? `[${varName(q.id)}(${o.code})] = '1'` : `[${varName(q.id)}] = '${o.code}'`,
      }));
  switch (q.kind) {
    case 'single':
      noteOptionImages(q, ix.options(q), notes, 'REDCap');
      return [
        annotate({ ...base, 'Field Type': 'radio', 'Choices, Calculations, OR Slider Labels': choices(ix.options(q)) }),
        ...specify(),
      ];
    case 'multi': {
      const none = ix.options(q).filter((o) => o.exclusive);
      if (none.length) annotations.push(`@NONEOFTHEABOVE='${none.map((o) => o.code).join(',')}'`);
      // The most choices: REDCap's @MAXCHECKED; it has no least number.
      if (typeof q.max === 'number') annotations.push(`@MAXCHECKED=${q.max}`);
      if (q.min !== undefined) notes.add(q.id, 'REDCap checkboxes have no minimum number of choices; not exported.');
      return [
        annotate({ ...base, 'Field Type': 'checkbox', 'Choices, Calculations, OR Slider Labels': choices(ix.options(q)) }),
        ...specify(),
      ];
    }
    case 'yesno':
      return [{ ...base, 'Field Type': 'radio', 'Choices, Calculations, OR Slider Labels': choices(ix.options(q)) }];
    case 'rating':
    case 'nps': {
      const s = ix.scale(q)!;
      // Scale points laid out in a row (RH), as rating scales are shown; the importer reads it back as a rating.
      return [
        {
          ...base,
          'Field Type': 'radio',
          'Choices, Calculations, OR Slider Labels': choices(s.points.map((p) => ({ code: p.value, label: pointLabel(p, langs) }))),
          'Custom Alignment': 'RH',
        },
      ];
    }
    case 'matrix': {
      const s = ix.scale(q)!;
      const list = choices(s.points.map((p) => ({ code: p.value, label: pointLabel(p, langs) })));
      return (q.rows ?? []).map((r, i) => ({
        ...base,
        'Variable / Field Name': varName(r.id),
        ...(i === 0
          ? { 'Section Header': [base['Section Header'], ix.text(q.text)].filter(Boolean).join(' — ') }
          : { 'Section Header': undefined }),
        'Field Label': ix.text(r.text),
        'Field Type': 'radio',
        'Choices, Calculations, OR Slider Labels': list,
        'Matrix Group Name': varName(q.id),
      }));
    }
    case 'ranking':
      notes.add(q.id, 'REDCap has no ranking field; the question is exported as checkboxes (which options), without the order.');
      return [{ ...base, 'Field Type': 'checkbox', 'Choices, Calculations, OR Slider Labels': choices(ix.options(q)) }];
    case 'text':
      // The longest answer: REDCap's @CHARLIMIT; it has no shortest length or pattern.
      if (typeof q.max === 'number') annotations.push(`@CHARLIMIT=${q.max}`);
      if (q.pattern || q.min !== undefined) notes.add(q.id, 'REDCap text fields have no shortest length or pattern; not exported.');
      return [annotate({ ...base, 'Field Type': typeof q.max === 'number' && q.max > 200 ? 'notes' : 'text' })];
    case 'number':
      if (q.unit) notes.add(q.id, 'the unit is not exported (REDCap has no unit).');
      return [
        {
          ...base,
          'Field Type': 'text',
          'Text Validation Type OR Show Slider Number': q.integer ? 'integer' : 'number',
          ...(q.min !== undefined ? { 'Text Validation Min': String(q.min) } : {}),
          ...(q.max !== undefined ? { 'Text Validation Max': String(q.max) } : {}),
        },
      ];
    case 'file':
    case 'geopoint':
    case 'signature':
      return [{ ...base, ...redcapAnswerType(q, notes) }];
    case 'date':
      return [
        {
          ...base,
          'Field Type': 'text',
          'Text Validation Type OR Show Slider Number': 'date_ymd',
          ...(q.min !== undefined ? { 'Text Validation Min': String(q.min) } : {}),
          ...(q.max !== undefined ? { 'Text Validation Max': String(q.max) } : {}),
        },
      ];
  }
}

export function emitRedcap(ix: SurveyIndex, notes: Notes): string {
  const rows = redcapRows(ix, notes);
  return toCsv([[...redcapColumns], ...rows.map((r) => redcapColumns.map((c) => r[c] ?? ''))]);
}
