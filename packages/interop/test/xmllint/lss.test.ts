// LimeSurvey .lss export read by xmllint (libxml2), not by our own parser: every
// exported survey is well-formed XML, every table row holds exactly the fields its
// <fields> list names (LimeSurvey's importer reads rows by those names), and XPath
// reads of the Chinese-first fixture find the LimeSurvey spellings: languages,
// question types and codes, subquestions, answer options, relevance equations,
// group relevance and attributes, in both languages.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportSurvey } from '../../src/index.ts';
import { exampleSurveys as examples, compiled, fixture } from '../helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'interop-lss-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function lssFile(source: string): Promise<string> {
  const { files } = await exportSurvey(compiled(source), ['lss']);
  const path = join(dir, files[0].fileName);
  writeFileSync(path, files[0].contents);
  return path;
}

function xpath(path: string, expr: string): string {
  const r = spawnSync('xmllint', ['--nonet', '--xpath', expr, path], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout.trim();
}

/** The text of each node an XPath selects (xmllint prints CDATA sections as written). */
const texts = (path: string, expr: string) =>
  xpath(path, expr)
    .split('\n')
    .map((l) => l.replace(/^<!\[CDATA\[(.*)\]\]>$/, '$1'));

describe.each([fixture('clinic-zh.survey'), fixture('library-en.survey'), ...examples])('LimeSurvey .lss of %s', (source) => {
  it('is well-formed, and every row has the fields of its table', async () => {
    const path = await lssFile(source);
    const r = spawnSync('xmllint', ['--nonet', '--noout', path], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(xpath(path, 'string(/document/LimeSurveyDocType)')).toBe('Survey');
    const count = Number(xpath(path, 'count(/document/*[fields])'));
    const tables = Array.from({ length: count }, (_, i) => xpath(path, `name(/document/*[fields][${i + 1}])`));
    expect(tables).toEqual(
      expect.arrayContaining(['answers', 'answer_l10ns', 'groups', 'group_l10ns', 'questions', 'question_l10ns', 'surveys']),
    );
    for (const t of tables) {
      const fields = Number(xpath(path, `count(/document/${t}/fields/fieldname)`));
      const rows = Number(xpath(path, `count(/document/${t}/rows/row)`));
      expect(rows, t).toBeGreaterThan(0);
      // Every row has one element per field, named as the fields list says.
      expect(Number(xpath(path, `count(/document/${t}/rows/row/*)`)), t).toBe(fields * rows);
      expect(
        Number(xpath(path, `count(/document/${t}/rows/row/*[not(name() = /document/${t}/fields/fieldname)])`)),
        `${t}: elements outside its fields`,
      ).toBe(0);
    }
  });
});

describe('LimeSurvey .lss of clinic-zh (Chinese first, English)', () => {
  const q = (path: string, code: string, field: string) => xpath(path, `string(/document/questions/rows/row[title='${code}']/${field})`);
  it('declares both languages, the base one first, in LimeSurvey codes', async () => {
    const path = await lssFile(fixture('clinic-zh.survey'));
    expect(xpath(path, 'string(/document/surveys/rows/row/language)')).toBe('zh-Hans');
    expect(xpath(path, 'string(/document/surveys/rows/row/additional_languages)')).toBe('en');
    expect(xpath(path, "string(/document/surveys_languagesettings/rows/row[surveyls_language='en']/surveyls_title)")).toBe(
      'Outpatient visit survey',
    );
  });

  it('writes question types, codes and texts per language', async () => {
    const path = await lssFile(fixture('clinic-zh.survey'));
    const types = texts(path, '/document/questions/rows/row/type/text()');
    expect(types).toEqual(['D', 'L', 'N', 'M', 'Y', 'L', 'F', 'T', 'L', 'L', 'S']);
    expect(q(path, 'waitMinutes', 'mandatory')).toBe('Y');
    expect(q(path, 'postcode', 'preg')).toBe('/^[0-9]{6}$/');
    const qid = q(path, 'department', 'qid');
    expect(xpath(path, `string(/document/question_l10ns/rows/row[qid='${qid}' and language='zh-Hans']/question)`)).toBe('您就诊的科室是?');
    expect(xpath(path, `string(/document/question_l10ns/rows/row[qid='${qid}' and language='en']/question)`)).toBe(
      'Which department did you visit?',
    );
    // The last option with a text box is LimeSurvey's "Other", its label in both languages.
    expect(q(path, 'department', 'other')).toBe('Y');
    expect(
      xpath(
        path,
        `string(/document/question_attributes/rows/row[qid='${qid}' and attribute='other_replace_text' and language='en']/value)`,
      ),
    ).toBe('Other (please specify)');
    // Answer codes hold 5 characters: surgery → surge.
    expect(texts(path, `/document/answers/rows/row[qid='${qid}']/code/text()`)).toEqual(['inter', 'surge', 'pedia']);
  });

  it('writes multiple choice and arrays with subquestions, scales as answers', async () => {
    const path = await lssFile(fixture('clinic-zh.survey'));
    const channels = q(path, 'channels', 'qid');
    expect(texts(path, `/document/subquestions/rows/row[parent_qid='${channels}']/title/text()`)).toEqual([
      'phone',
      'app',
      'walkIn',
      'none',
    ]);
    expect(xpath(path, `string(/document/question_attributes/rows/row[qid='${channels}' and attribute='exclude_all_others']/value)`)).toBe(
      'none',
    );
    expect(xpath(path, `string(/document/question_attributes/rows/row[qid='${channels}' and attribute='min_answers']/value)`)).toBe('1');
    const aspects = q(path, 'aspects', 'qid');
    expect(texts(path, `/document/subquestions/rows/row[parent_qid='${aspects}']/title/text()`)).toEqual(['staff', 'clean']);
    expect(texts(path, `/document/answers/rows/row[qid='${aspects}']/code/text()`)).toEqual(['1', '2', '3', '4', '5', '9']);
  });

  it('writes conditions as relevance equations that leave out unanswered and missing codes', async () => {
    const path = await lssFile(fixture('clinic-zh.survey'));
    expect(q(path, 'complaint', 'relevance')).toBe(
      '(!is_empty(overall.NAOK) and overall.NAOK != 9 and overall.NAOK <= 2) or (!is_empty(aspects_staff.NAOK) and aspects_staff.NAOK != 9 and aspects_staff.NAOK <= 2)',
    );
    expect(xpath(path, 'string(/document/groups/rows/row[group_order=3]/grelevance)')).toBe('channels_app.NAOK == "Y"');
    expect(xpath(path, 'string(/document/groups/rows/row[group_order=1]/grelevance)')).toBe('1');
  });
});
