// The Stata do-file's structure (Stata itself cannot run here): it expects exactly
// the columns of the sample CSV the PSPP and R tests run on, names are valid and
// unique Stata names, every variable is labelled in every language, every value
// label used is defined in that language, missing codes become extended missing
// values, strings are compound-quoted with macro characters escaped, and every
// command is one of the few the file is meant to use.
import { describe, expect, it } from 'vitest';
import { compileText } from '@survey/compiler';
import { documentOf, exportSurvey } from '../src/index.ts';
import { stataString } from '../src/export/stata/emit.ts';
import { compiled, fixture } from './helpers.ts';
import { clinicCsv, libraryCsv } from './fixtures/responses.ts';

async function doFile(doc: Parameters<typeof exportSurvey>[0]) {
  const { files, notes } = await exportSurvey(doc, ['stata']);
  return { text: files[0].contents as string, notes };
}

const commands = new Set(
  'version clear import local foreach capture if display exit } drop rename generate format destring replace quietly label char compress save'.split(
    ' ',
  ),
);

/** The do-file's label-language blocks: language → its lines. */
function languageBlocks(text: string): Map<string, string[]> {
  const blocks = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    const m = /^label language (\w+), (rename|new)$/.exec(line);
    if (m) blocks.set(m[1], (current = []));
    else if (current && line === '') current = undefined;
    else current?.push(line);
  }
  return blocks;
}

describe.each([
  ['clinic-zh.survey', clinicCsv, ['zh', 'en']],
  ['library-en.survey', libraryCsv, ['en']],
] as const)('Stata do-file of %s', (name, csv, languages) => {
  it('expects the columns of the sample CSV and renames them to valid, unique Stata names', async () => {
    const { text } = await doFile(compiled(fixture(name)));
    const expected = /^local expected (.+)$/m.exec(text)![1].split(' ');
    expect(expected).toEqual(csv.split(/\r?\n/)[0].split(','));
    const [, from, to] = /^rename \(([^)]+)\) \(([^)]+)\)$/m.exec(text)!;
    expect(from.split(' ')).toEqual(expected.map((_, i) => `v${i + 1}`));
    const names = to.split(' ');
    for (const n of names) expect(n).toMatch(/^[A-Za-z_][A-Za-z0-9_]{0,31}$/);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it('labels every variable in every language with value labels defined in that language', async () => {
    const { text } = await doFile(compiled(fixture(name)));
    const blocks = languageBlocks(text);
    expect([...blocks.keys()]).toEqual(languages);
    const generated = [...text.matchAll(/^generate byte (\w+)/gm)].map((m) => m[1]);
    const variables = [.../^rename \([^)]+\) \(([^)]+)\)$/m.exec(text)![1].split(' '), ...generated];
    for (const [, lines] of blocks) {
      const labelled = lines.map((l) => /^label variable (\w+) `"/.exec(l)?.[1]).filter(Boolean);
      expect(labelled.sort()).toEqual([...variables].sort());
      const defined = new Set(lines.map((l) => /^label define (\w+) /.exec(l)?.[1]).filter(Boolean));
      for (const l of lines) {
        const m = /^label values (\w+) (\w+)$/.exec(l);
        if (m) expect(defined, `${m[1]} uses ${m[2]}`).toContain(m[2]);
      }
    }
    expect(text).toMatch(new RegExp(`^label language ${languages[0]}$`, 'm'));
  });

  it('uses only the intended commands, with balanced compound quotes', async () => {
    const { text } = await doFile(compiled(fixture(name)));
    for (const line of text.split('\n')) {
      if (line === '' || line.startsWith('*')) continue;
      expect(commands, line).toContain(line.trim().split(/\s+/)[0]);
      const opened = line.split('`"').length - 1;
      const closed = line.split(`"'`).length - 1;
      expect(closed, line).toBe(opened);
    }
  });
});

describe('Stata specifics', () => {
  it('maps missing codes to extended missing values and string codes to labelled numbers (Chinese survey)', async () => {
    const { text } = await doFile(compiled(fixture('clinic-zh.survey')));
    expect(text).toContain('replace overall = .a if overall == 9');
    expect(text).toContain(
      'label define sat5_zh 1 `"非常不满意"\' 2 `"不满意"\' 3 `"一般"\' 4 `"满意"\' 5 `"非常满意"\' .a `"不适用"\', replace',
    );
    expect(text).toContain('label define sat5_en 1 `"Very dissatisfied"\'');
    expect(text).toContain('replace department_n = 1 if department == `"internal"\'');
    expect(text).toContain('label define departments_zh 1 `"内科"\' 2 `"外科"\' 3 `"儿科"\' 4 `"其他(请注明)"\', replace');
    expect(text).toContain('generate byte channels_app = strpos(";" + channels + ";", `";app;"\') > 0 if channels != ""');
    expect(text).toContain('generate double visit_date_d = date(visit_date, "YMD")');
    expect(text).toContain('char overall[level] ordinal');
    expect(text).toContain('import delimited using `"clinic_visit.responses.csv"\', varnames(nonames) stringcols(_all) encoding("utf-8")');
    expect(text).toMatch(/^save `"clinic_visit.dta"', replace$/m);
  });

  it('escapes macro characters and quotes, and cuts variable labels at 80 characters', async () => {
    expect(stataString('a "b" $x `y\' \\')).toBe('`"a "b" \\$x \\`y\' \\\\"\'');
    const long = '非常'.repeat(50);
    const result = compileText(`survey odd {
  languages en
  text q "Costs in $US, say \`so\` \\"now\\"?" optional
  text r "${long}" optional
}`);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const { text, notes } = await doFile(documentOf(result));
    expect(text).toContain('label variable q `"Costs in \\$US, say \\`so\\` "now"?"\'');
    expect(text).toContain(`label variable r \`"${'非常'.repeat(40)}"'`);
    expect(notes.map((n) => n.message)).toContain('Stata variable labels hold 80 characters: longer question texts are cut.');
  });
});
