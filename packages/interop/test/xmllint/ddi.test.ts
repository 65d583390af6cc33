// DDI-Codebook 2.5 export, validated by xmllint against the DDI Alliance's published
// XSD (vendored offline under test/fixtures/ddi-2.5, see its README), and read back
// with xmllint's XPath: variables, value labels with missing codes, question texts in
// every language, universes from conditions and the file description.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportSurvey } from '../../src/index.ts';
import { exampleSurveys as examples, compiled, fixture } from '../helpers.ts';

const xsd = fixture('ddi-2.5/schemas/codebook.xsd');
const dir = mkdtempSync(join(tmpdir(), 'interop-ddi-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ddiFile(source: string): Promise<string> {
  const { files } = await exportSurvey(compiled(source), ['ddi']);
  const path = join(dir, files[0].fileName);
  writeFileSync(path, files[0].contents);
  return path;
}

function validate(path: string) {
  return spawnSync('xmllint', ['--nonet', '--noout', '--schema', xsd, path], { encoding: 'utf8' });
}

/** XPath over the DDI namespace without prefixes: `//var[@name='x']` → local-name() tests. */
function xpath(path: string, expr: string): string {
  const local = expr.replace(/(\/\/?)([A-Za-z]+)/g, "$1*[local-name()='$2']");
  const r = spawnSync('xmllint', ['--nonet', '--xpath', local, path], { encoding: 'utf8' });
  return r.stdout.trim();
}

describe.each([fixture('clinic-zh.survey'), fixture('library-en.survey'), ...examples])('DDI-Codebook 2.5 of %s', (source) => {
  it('validates against the published XSD', async () => {
    const r = validate(await ddiFile(source));
    expect(r.stderr).toMatch(/validates$/m);
    expect(r.status).toBe(0);
  });
});

describe('DDI-Codebook content', () => {
  it('describes variables, value labels, missing codes, texts per language and universes (Chinese survey)', async () => {
    const path = await ddiFile(fixture('clinic-zh.survey'));
    expect(xpath(path, 'string(/codeBook/@xml:lang)')).toBe('zh');
    expect(xpath(path, "string(//titlStmt/titl[@xml:lang='zh'])")).toBe('门诊就诊体验调查');
    expect(xpath(path, "string(//titlStmt/parTitl[@xml:lang='en'])")).toBe('Outpatient visit survey');
    expect(xpath(path, 'string(//fileDscr/fileTxt/fileName)')).toBe('clinic_visit.responses.csv');
    expect(xpath(path, 'string(//fileType/@charset)')).toBe('UTF-8');
    expect(xpath(path, 'string(//dimensns/varQnty)')).toBe(xpath(path, 'count(//var)'));
    expect(xpath(path, "string(//var[@name='overall']/@nature)")).toBe('ordinal');
    expect(xpath(path, "string(//var[@name='overall']/qstn[@xml:lang='en']/qstnLit)")).toBe(
      'Overall, how satisfied are you with this visit?',
    );
    expect(xpath(path, "string(//var[@name='overall']/catgry[@missing='Y']/catValu)")).toBe('9');
    expect(xpath(path, "string(//var[@name='overall']/catgry[*[local-name()='catValu']='9']/labl[@xml:lang='zh'])")).toBe('不适用');
    expect(xpath(path, "count(//var[@name='overall']/catgry)")).toBe('6');
    expect(xpath(path, "string(//var[@name='complaint']/universe)")).toBe('overall <= 2 or staff <= 2');
    expect(xpath(path, "string(//var[@name='app_ease']/universe)")).toBe('channels has app');
    expect(xpath(path, "string(//var[@name='department.other.text']/universe)")).toBe('department == other');
    expect(xpath(path, "string(//var[@name='staff']/qstn[@xml:lang='zh']/qstnLit)")).toBe('您对以下方面的满意度如何? 医护人员的态度');
    expect(xpath(path, "string(//varGrp[@type='grid']/@var)")).toBe('V_staff V_clean');
    expect(xpath(path, "string(//var[@name='wait_minutes']/valrng/range/@max)")).toBe('600');
    expect(xpath(path, "string(//var[@name='channels']/qstn/@responseDomainType)")).toBe('multiple');
    expect(xpath(path, "string(//var[@name='site']/catgry[*[local-name()='catValu']='2']/labl[@xml:lang='en'])")).toBe('West campus');
    expect(xpath(path, "string(//var[@name='visit_date']/varFormat/@category)")).toBe('date');
  });

  it('puts a section condition into the universe of its group (English survey)', async () => {
    const path = await ddiFile(fixture('library-en.survey'));
    expect(xpath(path, "string(//varGrp[@name='members']/universe)")).toBe('member == yes');
    expect(xpath(path, "string(//var[@name='improve']/universe)")).toBe('visits > 3');
    expect(xpath(path, "string(//var[@name='easy']/universe)")).toBe('member == yes');
  });

  it('the schema check is real: a codebook missing a required attribute is rejected', async () => {
    const path = await ddiFile(fixture('library-en.survey'));
    const broken = join(dir, 'broken.xml');
    writeFileSync(broken, (await import('node:fs')).readFileSync(path, 'utf8').replace(' name="visits"', ''));
    const r = validate(broken);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/The attribute 'name' is required/);
  });
});
