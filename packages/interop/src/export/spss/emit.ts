// SPSS syntax (.sps, UTF-8 with a byte-order mark and SPSS's `* Encoding: UTF-8.`
// line, so Unicode-mode SPSS and GNU PSPP read the Chinese labels): reads the response
// CSV (data/variables.ts fixes its columns and order) with GET DATA, then applies
// variable labels, value labels, missing values and measurement levels, derives a
// 0/1 indicator per option of each multi-select, and saves <id>.sav. Labels are in the
// survey's default language (SPSS has one label set per variable).
import type { SurveyIndex } from '../../model.ts';
import { spssRules, targetNames } from '../data/names.ts';
import {
  dataVariables,
  indicatorLabel,
  indicatorsOf,
  indicatorValues,
  responsesFileName,
  type DataVariable,
  type ValueLabel,
} from '../data/variables.ts';
import type { Notes } from '../notes.ts';

/** A quoted SPSS string; long texts are split into '…' + '…' pieces (syntax lines stay short). */
function spssString(s: string): string {
  const chars = Array.from(s.replace(/[\r\n\t]+/g, ' '));
  const pieces: string[] = [];
  for (let i = 0; i < chars.length || i === 0; i += 60)
    pieces.push(
      `'${chars
        .slice(i, i + 60)
        .join('')
        .replace(/'/g, "''")}'`,
    );
  return pieces.join(' +\n    ');
}

const level = { nominal: 'NOMINAL', ordinal: 'ORDINAL', scale: 'SCALE' } as const;

function format(v: DataVariable): string {
  if (v.storage === 'date') return 'SDATE10';
  if (v.storage === 'number') {
    const integral = v.values.length > 0 || v.question?.integer || v.question?.kind === 'rating' || v.question?.kind === 'nps';
    return integral ? 'F8.0' : 'F12.2';
  }
  const utf8 = (s: string) => new TextEncoder().encode(s).length;
  const codes = v.values.map((c) => utf8(String(c.code)));
  let width = 1000;
  if (v.source === 'meta') width = 64;
  else if (v.codeSet) width = codes.reduce((a, b) => a + b + 1, 0);
  else if (codes.length) width = Math.max(...codes);
  else if (typeof v.question?.max === 'number' && v.question.kind === 'text') width = v.question.max * 4; // 4 bytes per UTF-8 character at most
  return `A${Math.min(32767, Math.max(8, width))}`;
}

function valueList(values: ValueLabel[], numeric: boolean, lang: string): string {
  return values
    .map((c) => `    ${numeric ? String(c.code) : spssString(String(c.code))} ${spssString(c.label[lang] ?? String(c.code))}`)
    .join('\n');
}

export function emitSpss(ix: SurveyIndex, notes: Notes): string {
  const { doc } = ix;
  const lang = doc.defaultLanguage;
  const vars = dataVariables(ix);
  const names = targetNames(vars, spssRules);
  const n = (v: DataVariable) => names.of(v.name);
  const multi = vars.filter((v) => indicatorsOf(v).length);
  const out: string[] = [
    '* Encoding: UTF-8.',
    `* ${(ix.text(doc.title) || doc.id).replace(/\s+/g, ' ')} (${doc.id}): reads ${responsesFileName(doc.id)}, one row per response with the`,
    '* columns listed under /VARIABLES (the response columns of the analysis configuration, a multi-select',
    "* as codes separated by ';'), applies labels, missing values and measurement levels and saves a .sav file.",
    '* Written by `survey build --only spss`. Chinese labels need Unicode mode (the default since SPSS',
    '* Statistics 21; on an older set-up run SET UNICODE=ON first). GNU PSPP runs it as it is.',
    '',
    `FILE HANDLE responses /NAME=${spssString(responsesFileName(doc.id))}.`,
    `FILE HANDLE saved /NAME=${spssString(`${doc.id}.sav`)}.`,
    "GET DATA /TYPE=TXT /FILE=responses /ENCODING='UTF8' /ARRANGEMENT=DELIMITED /DELCASE=LINE",
    "  /FIRSTCASE=2 /DELIMITERS=',' /QUALIFIER='\"'",
    '  /VARIABLES=',
    ...vars.map((v) => `    ${n(v)} ${format(v)}`),
    '.',
    '',
    'VARIABLE LABELS',
    '  ' + vars.map((v) => `${n(v)} ${spssString(v.label[lang] ?? v.name)}`).join('\n  /'),
    '.',
  ];
  // A multi-select cell holds several codes: its indicators carry the labels instead.
  const labelled = vars.filter((v) => v.values.length && !v.codeSet);
  if (labelled.length)
    out.push(
      '',
      'VALUE LABELS',
      '  ' + labelled.map((v) => `${n(v)}\n${valueList(v.values, v.storage === 'number', lang)}`).join('\n  /'),
      '.',
    );
  for (const v of vars) {
    if (!v.missing.length) continue;
    if (v.missing.length > 3) notes.add(v.name, 'SPSS takes at most three discrete missing values: the first three are declared.');
    out.push(`MISSING VALUES ${n(v)} (${v.missing.slice(0, 3).join(', ')}).`);
  }
  out.push('VARIABLE LEVEL', '  ' + vars.map((v) => `${n(v)} (${level[v.level]})`).join('\n  /'), '.');
  if (multi.length) {
    out.push('', '* One 0/1 indicator per option of each multi-select (missing when the question is unanswered).');
    const all = multi.flatMap((v) => indicatorsOf(v).map((o) => names.indicator(v.name, o.code)));
    out.push(`NUMERIC ${all.join(' ')} (F1.0).`);
    for (const v of multi)
      for (const o of indicatorsOf(v))
        out.push(
          `IF (${n(v)} <> '') ${names.indicator(v.name, o.code)} = INDEX(CONCAT(';', RTRIM(${n(v)}), ';'), ${spssString(`;${o.code};`)}) > 0.`,
        );
    out.push(
      'VARIABLE LABELS',
      '  ' +
        multi
          .flatMap((v) => indicatorsOf(v).map((o) => `${names.indicator(v.name, o.code)} ${spssString(indicatorLabel(v, o.label, lang))}`))
          .join('\n  /'),
      '.',
      `VALUE LABELS ${all.join(' ')}\n${valueList(indicatorValues(doc.languages), true, lang)}`,
      '.',
      `VARIABLE LEVEL ${all.join(' ')} (NOMINAL).`,
    );
  }
  out.push('EXECUTE.', 'SAVE OUTFILE=saved.', '');
  if (doc.languages.length > 1) notes.add(doc.id, `SPSS labels are in one language: ${lang}.`);
  return '\uFEFF' + out.join('\n');
}
