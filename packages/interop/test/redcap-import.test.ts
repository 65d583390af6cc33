// REDCap data dictionary import. Round trip: every example and fixture exported to
// REDCap and imported back checks without errors, is formatted, and matches the
// original (in its default language: REDCap has one) field by field, except what
// REDCap cannot carry, listed below. A dictionary written by hand with constructs
// that have no equivalent: each is reported with its row and kept as a comment.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileText } from '@survey/compiler';
import { checkFormatted } from 'prettier-plugin-survey';
import { documentOf, exportSurvey, importSurvey, ImportError, type SurveyDoc } from '../src/index.ts';
import { exampleSurveys as examples, compiled, fixture, repoRoot } from './helpers.ts';
import { compareSurveys, type FieldDiff } from './roundtrip.ts';
import { flattenRosters } from '../src/export/rosters.ts';

const sources = [fixture('clinic-zh.survey'), fixture('library-en.survey'), ...examples];

/** The survey as REDCap can hold it: texts in the default language only. */
function defaultLanguageOnly(doc: SurveyDoc): SurveyDoc {
  const langs = new Set(doc.languages);
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!v || typeof v !== 'object') return v;
    const entries = Object.entries(v);
    if (entries.length && entries.every(([k, s]) => langs.has(k) && typeof s === 'string'))
      return (v as Record<string, string>)[doc.defaultLanguage] !== undefined
        ? { [doc.defaultLanguage]: (v as Record<string, string>)[doc.defaultLanguage] }
        : v;
    return Object.fromEntries(entries.map(([k, x]) => [k, walk(x)]));
  };
  return { ...(walk(doc) as SurveyDoc), languages: [doc.defaultLanguage] };
}

/**
 * What REDCap cannot carry (the export reports each): a text's shortest length and
 * pattern, the least number of choices of a multi-select, rankings (exported as checkboxes),
 * randomised matrix rows; and a one-question section's condition comes back on its
 * question (REDCap has branching logic on fields only).
 */
function expectedLoss(d: FieldDiff, all: FieldDiff[]): boolean {
  // Bounds are [min, max, pattern, integer]: a text's longest length (@CHARLIMIT) and a
  // multi-select's most choices (@MAXCHECKED) come back, their least and a pattern do not.
  if (d.field === 'bounds' && d.kind === 'ranking') return true;
  if (d.field === 'bounds' && ['text', 'multi'].includes(d.kind ?? '')) return (d.before as unknown[])[1] === (d.after as unknown[])[1];
  if (d.field === 'kind' && d.before === 'ranking' && d.after === 'multi') return true;
  if (d.field === 'randomize' && d.kind === 'matrix') return true;
  // REDCap repeats whole instruments, has no location field (a text for "lat, lon") and our
  // calculated values are not exported, so a text piping one keeps REDCap's [name].
  if (d.field === 'repeat groups' || d.field === 'repeat group' || d.field === 'calculated values') return true;
  if (d.field === 'kind' && d.before === 'geopoint' && d.after === 'text') return true;
  // Branching logic cannot count a repeating instrument's instances (`count(members.income) >= 1`).
  if (d.field === 'when' && (JSON.stringify(d.before) ?? '').includes('"type":"instances"')) return true;
  if (
    d.field === 'text' &&
    JSON.stringify(d.after).includes('[') &&
    JSON.stringify(d.before).replace(/\{(\w+)\}/g, '[$1]') === JSON.stringify(d.after)
  )
    return true;
  if (d.field === 'when' || d.field === 'section when') {
    const mine = all.filter((x) => x.question === d.question);
    const section = mine.find((x) => x.field === 'section when');
    const own = mine.find((x) => x.field === 'when');
    return (
      !!section &&
      !!own &&
      own.before === undefined &&
      section.after === undefined &&
      JSON.stringify(section.before) === JSON.stringify(own.after)
    );
  }
  return false;
}

const tally = { fields: 0, exact: 0 };

describe('round trip through REDCap', () => {
  it.each(sources.map((s) => [s.slice(repoRoot.length)]))('%s', async (rel) => {
    const doc = compiled(join(repoRoot, rel));
    const { files } = await exportSurvey(doc, ['redcap']);
    const imported = await importSurvey(files[0].fileName, files[0].contents as string);
    expect(imported.errors).toEqual([]);
    expect(await checkFormatted(imported.text)).toBe(true);
    const result = compileText(imported.text);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const { fields, diffs } = compareSurveys(defaultLanguageOnly(flattenRosters(doc)), documentOf(result));
    tally.fields += fields;
    tally.exact += fields - diffs.length;
    expect(diffs.filter((d) => !expectedLoss(d, diffs))).toEqual([]);
  });

  it('gives back the Chinese fixture with its scales, matrix, specify and exclusive options', async () => {
    const { files } = await exportSurvey(compiled(fixture('clinic-zh.survey')), ['redcap']);
    const { text } = await importSurvey(files[0].fileName, files[0].contents as string);
    expect(text).toContain('matrix aspects "您对以下方面的满意度如何?" on');
    expect(text).toContain('other "其他(请注明)" specify');
    expect(text).toContain('none "未预约" exclusive');
    expect(text).toMatch(/missing 9 "不适用"/);
    expect(text).toContain('when overall <= 2 or staff <= 2');
    expect(text).toContain('nps recommend "您有多大可能向亲友推荐本院?"');
  });

  it('prints the share of fields that come back exactly', () => {
    console.log(`redcap: ${tally.exact}/${tally.fields} fields exact (${((100 * tally.exact) / tally.fields).toFixed(1)}%)`);
  });
});

/** The line after the comment that mentions `needle` (skipping other comments). */
function lineAfter(text: string, needle: string): string {
  const lines = text.split('\n');
  let i = lines.findIndex((l) => l.includes('//') && l.includes(needle));
  expect(i, needle).toBeGreaterThanOrEqual(0);
  while (lines[i].trim().startsWith('//')) i++;
  return lines[i].trim();
}

describe('REDCap action tags for the longest text and the most choices', () => {
  const doc = () =>
    documentOf(
      compileText(`survey limits {
  title "意见" en: "Comments"
  languages zh, en
  multi reasons "您选择我们的主要原因(最多两项)" en: "Your main reasons (at most two)" max 2 {
    price "价格" en: "Price"
    place "位置" en: "Location"
    staff "服务" en: "Staff"
  }
  text comment "还有什么意见?" en: "Anything else?" max 300 optional
}
`),
    );

  it('writes @MAXCHECKED and @CHARLIMIT, and reads them back as max', async () => {
    const { files, notes } = await exportSurvey(doc(), ['redcap']);
    const csv = files[0].contents as string;
    expect(csv).toMatch(/^reasons,limits,.*,@MAXCHECKED=2$/m);
    expect(csv).toMatch(/^comment,limits,.*,notes,.*,@CHARLIMIT=300$/m);
    expect(notes.filter((n) => /reasons|comment/.test(n.element))).toEqual([]);
    const { text } = await importSurvey(files[0].fileName, csv);
    expect(text).toMatch(/multi reasons "您选择我们的主要原因\(最多两项\)"[\s\S]*?max 2/);
    expect(text).toMatch(/text comment "还有什么意见\?" optional max 300/);
  });

  it('reports a limit that is not a whole number', async () => {
    const csv = `"Variable / Field Name","Form Name","Section Header","Field Type","Field Label","Choices, Calculations, OR Slider Labels","Field Note","Text Validation Type OR Show Slider Number","Text Validation Min","Text Validation Max","Identifier?","Branching Logic (Show field only if...)","Required Field?","Custom Alignment","Question Number (surveys only)","Matrix Group Name","Matrix Ranking?","Field Annotation"
record_id,f,,text,Record ID,,,,,,,,,,,,,
note,f,,notes,备注,,,,,,,,,,,,,@CHARLIMIT=many
`;
    const { text, problems } = await importSurvey('limits.csv', csv);
    expect(problems.map((p) => p.message)).toContain("action tag @CHARLIMIT='many' not imported (not a whole number)");
    expect(text).not.toContain('max');
  });
});

describe('REDCap dictionary written by hand (sleep-en.redcap.csv)', () => {
  const path = fixture('import/sleep-en.redcap.csv');
  const run = async () => {
    const r = await importSurvey(path, readFileSync(path));
    expect(r.errors).toEqual([]);
    expect(await checkFormatted(r.text)).toBe(true);
    expect(compileText(r.text).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    return r;
  };

  it('maps field types, choices, validation, branching logic and matrix groups', async () => {
    const { text } = await run();
    expect(text).toMatch(/^survey sleep_en \{/);
    expect(text).toContain('section consent "Consent" {');
    // Most fields are not required in REDCap: the header says so once, `required` marks the others.
    expect(text).toContain('\n  answers optional\n');
    expect(text).not.toMatch(/^(?!\s*answers optional$).* optional( |$)/m);
    expect(text).toContain('date consent_date "Date of consent" required min "2020-01-01"');
    expect(text).toContain('number age "Age in years" required min 18 max 99 integer');
    expect(text).toMatch(/text email "Email address"\s+help "We send reminders here"\s+pattern "/);
    expect(text).toContain('yesno smoker "Do you smoke?" required');
    expect(text).toMatch(/number cigs "How many cigarettes do you smoke a day\?"\s+min 0 max 100 when smoker == yes/);
    expect(text).toContain('matrix sleep_grid "sleep_grid" on sleep_grid_scale required {');
    expect(text).toContain('row sleep_q3 "I feel rested in the morning"');
    expect(text).toContain('99 "Nothing" exclusive');
    expect(text).toContain('text aids_other "What else helps you fall asleep?" when aids has 4');
    expect(text).toMatch(/"Which medication do you take, \{age\}-year-old\?"\s+when aids has 3 and age >= 18/);
  });

  it('reports every construct it cannot map with its row, and keeps it as a comment where it was', async () => {
    const { text, problems } = await run();
    const where = problems.map((p) => `${p.where}: ${p.message}`);
    expect(where).toEqual(
      expect.arrayContaining([
        "row 2 (record_id): record_id is the record id (REDCap's first field), not a question",
        "row 3 (consent_date): validation max 'today' not imported (not a fixed date)",
        'row 5 (email): the identifier (PHI) flag is not imported',
        'row 9 (bmi): calculated field not imported: round([weight]/([height]*[height]),1)',
        'row 10 (intro_sleep): descriptive text not imported: Please think about the last 7 nights.',
        "row 18 (hours_change): branching logic not imported: datediff([consent_date], 'today', 'y') > 1 (the function datediff() has no equivalent)",
        'row 20 (comments): action tag @HIDDEN-SURVEY not imported',
      ]),
    );
    expect(problems.every((p) => p.file === 'sleep-en.redcap.csv')).toBe(true);
    expect(lineAfter(text, 'row 9 (bmi): calculated field')).toMatch(/^matrix sleep_grid /);
    expect(lineAfter(text, 'row 18 (hours_change)')).toMatch(/^text hours_change /);
    expect(text).toMatch(/file diary_upload "/);
    expect(lineAfter(text, 'row 17 (quality): slider')).toMatch(/^number quality "Overall sleep quality" min 0 max 100 integer/);
  });

  it('rejects a file that is not a dictionary, and a cut-off one, with a message', async () => {
    await expect(importSurvey('x.csv', 'name,type\na,text\n')).rejects.toThrow(ImportError);
    await expect(importSurvey('x.csv', 'name,type\na,text\n')).rejects.toThrow(
      /x.csv: not a REDCap data dictionary: no column 'variable…', 'form name…'/,
    );
    await expect(importSurvey('y.csv', readFileSync(path, 'utf8').slice(0, 400) + '"unclosed')).rejects.toThrow(
      /y.csv: a quoted field is not closed/,
    );
  });
});
