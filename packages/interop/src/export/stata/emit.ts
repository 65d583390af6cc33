// A Stata do-file (Stata 14 or later, which reads and writes UTF-8): imports the
// response CSV (data/variables.ts fixes its columns and order, checked against the
// header), makes valid Stata names, converts numbers and ISO dates, turns string
// codes into numeric codes, maps missing codes to extended missing values (.a, .b …),
// attaches variable and value labels in every survey language (`label language`),
// derives a 0/1 indicator per multi-select option, records the measurement level as
// the characteristic `level`, and saves <id>.dta.
import type { SurveyIndex, Text } from '../../model.ts';
import { stataRules, targetNames } from '../data/names.ts';
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

/** A Stata string in compound quotes, with macro characters escaped and at most `max` characters. */
export function stataString(s: string, max = 32000): string {
  const chars = Array.from(s.replace(/[\r\n\t]+/g, ' ')).slice(0, max);
  return '`"' + chars.join('').replace(/\\/g, '\\\\').replace(/\$/g, '\\$').replace(/`/g, '\\`') + `"'`;
}

/** A language code as a Stata name (label languages, label-name suffixes): `zh-Hant` → zhHant. */
const langName = (lang: string) => lang.replace(/[^A-Za-z0-9]/g, '');

/** Extended missing values for the missing codes of a scale, in order: .a, .b, … */
const extended = (i: number) => `.${String.fromCharCode(97 + i)}`;

export function emitStata(ix: SurveyIndex, notes: Notes): string {
  const { doc } = ix;
  const langs = [doc.defaultLanguage, ...doc.languages.filter((l) => l !== doc.defaultLanguage)];
  const vars = dataVariables(ix);
  const names = targetNames(vars, stataRules);
  const n = (v: DataVariable) => names.of(v.name);
  const text = (t: Text, lang: string, fallback: string) => t[lang] ?? t[doc.defaultLanguage] ?? fallback;
  const out: string[] = [
    `* ${(ix.text(doc.title) || doc.id).replace(/\s+/g, ' ')} (${doc.id}): reads ${responsesFileName(doc.id)}, one row per response with the`,
    '* columns listed below (the response columns of the analysis configuration, a multi-select as codes separated',
    "* by ';'), applies labels in every survey language, missing codes and indicators, and saves a .dta file.",
    '* Written by `survey build --only stata`; needs Stata 14 or later (Unicode).',
    'version 14',
    'clear',
    `import delimited using ${stataString(responsesFileName(doc.id))}, varnames(nonames) stringcols(_all) encoding("utf-8") bindquotes(strict) clear`,
    '',
    '* The header must name these columns in this order.',
    `local expected ${vars.map((v) => v.name).join(' ')}`,
    'local i = 0',
    'foreach name of local expected {',
    '    local ++i',
    "    capture confirm variable v`i'",
    '    if _rc {',
    '        display as error "the file has fewer columns than expected: no column `name\'"',
    '        exit 198',
    '    }',
    '    if v`i\'[1] != "`name\'" {',
    '        display as error "column `i\' is " v`i\'[1] " but should be `name\'"',
    '        exit 198',
    '    }',
    '}',
    'drop in 1',
    `rename (${vars.map((_, i) => `v${i + 1}`).join(' ')}) (${vars.map(n).join(' ')})`,
    '',
  ];
  // Value labels are defined per language: label names get a language suffix.
  const labelName = (base: string, lang: string) => `${base.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 24)}_${langName(lang).slice(0, 7)}`;
  const labelled: { v: DataVariable; base: string; values: { code: string; label: Text }[] }[] = [];
  for (const v of vars) {
    const name = n(v);
    if (v.storage === 'date') {
      out.push(`generate double ${name}_d = date(${name}, "YMD")`, `format ${name}_d %td`, `drop ${name}`, `rename ${name}_d ${name}`);
      continue;
    }
    if (v.codeSet) continue;
    if (v.storage === 'number') {
      out.push(`destring ${name}, replace`);
      v.missing.forEach((code, i) => out.push(`replace ${name} = ${extended(i)} if ${name} == ${code}`));
      if (v.values.length)
        labelled.push({
          v,
          base: v.valueSet ?? name,
          values: v.values.map((c) => ({ code: c.missing ? extended(v.missing.indexOf(Number(c.code))) : String(c.code), label: c.label })),
        });
      continue;
    }
    if (v.values.length) {
      // Stata labels numbers only: string codes become 1, 2, … in the order of the options.
      out.push(`generate long ${name}_n = .`);
      v.values.forEach((c: ValueLabel, i) => out.push(`replace ${name}_n = ${i + 1} if ${name} == ${stataString(String(c.code))}`));
      out.push(
        `quietly count if ${name}_n == . & ${name} != ""`,
        `if r(N) display as error "${name}: " r(N) " values that are not codes became missing"`,
        `drop ${name}`,
        `rename ${name}_n ${name}`,
      );
      labelled.push({ v, base: v.valueSet ?? name, values: v.values.map((c, i) => ({ code: String(i + 1), label: c.label })) });
    }
  }
  const multi = vars.filter((v) => indicatorsOf(v).length);
  if (multi.length) out.push('', '* One 0/1 indicator per option of each multi-select (missing when the question is unanswered).');
  for (const v of multi)
    for (const o of indicatorsOf(v))
      out.push(
        `generate byte ${names.indicator(v.name, o.code)} = strpos(";" + ${n(v)} + ";", ${stataString(`;${o.code};`)}) > 0 if ${n(v)} != ""`,
      );
  let truncated = false;
  langs.forEach((lang, li) => {
    out.push('', li === 0 ? `label language ${langName(lang)}, rename` : `label language ${langName(lang)}, new`);
    const defined = new Set<string>();
    for (const { base, values } of labelled) {
      const name = labelName(base, lang);
      if (defined.has(name)) continue;
      defined.add(name);
      out.push(`label define ${name} ${values.map((c) => `${c.code} ${stataString(text(c.label, lang, c.code))}`).join(' ')}, replace`);
    }
    if (multi.length)
      out.push(
        `label define chosen_${langName(lang).slice(0, 7)} ${indicatorValues([lang])
          .map((c) => `${c.code} ${stataString(c.label[lang])}`)
          .join(' ')}, replace`,
      );
    for (const v of vars) {
      const label = text(v.label, lang, v.name);
      if (Array.from(label).length > 80) truncated = true;
      out.push(`label variable ${n(v)} ${stataString(label, 80)}`);
    }
    for (const { v, base } of labelled) out.push(`label values ${n(v)} ${labelName(base, lang)}`);
    for (const v of multi)
      for (const o of indicatorsOf(v)) {
        const ind = names.indicator(v.name, o.code);
        out.push(
          `label variable ${ind} ${stataString(indicatorLabel(v, o.label, lang), 80)}`,
          `label values ${ind} chosen_${langName(lang).slice(0, 7)}`,
        );
      }
  });
  if (truncated) notes.add(doc.id, 'Stata variable labels hold 80 characters: longer question texts are cut.');
  out.push(
    '',
    `label language ${langName(doc.defaultLanguage)}`,
    '',
    '* Measurement levels (Stata has none of its own): kept as the characteristic `level`.',
  );
  for (const v of vars) out.push(`char ${n(v)}[level] ${v.level}`);
  for (const v of multi) for (const o of indicatorsOf(v)) out.push(`char ${names.indicator(v.name, o.code)}[level] nominal`);
  out.push('', 'compress', `save ${stataString(`${doc.id}.dta`)}, replace`, '');
  return out.join('\n');
}
