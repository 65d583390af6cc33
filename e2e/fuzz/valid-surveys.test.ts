// Properties of generated valid surveys (bench/generate.mjs with random seeds and
// sizes) and of the examples: they compile without errors, `build` output is
// byte-for-byte deterministic, and every response schema compiles in ajv strict
// mode, accepts a response made from the model and rejects a broken one.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { generateSurvey } from '../../bench/generate.mjs';
import { compileText } from '@survey/compiler';
import { readFileSync } from 'node:fs';
import { compileAt, examples, fuzz, repoRoot, timeout } from './fuzz-kit.ts';
import { buildsAndValidates } from './valid-checks.ts';

const generated = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  questions: fc.integer({ min: 1, max: 60 }),
  comments: fc.boolean(),
  english: fc.boolean(),
});

describe('valid surveys', () => {
  test('generated surveys compile without errors', () => {
    for (const n of [1, 7, 60, 300]) {
      const r = compileText(generateSurvey({ questions: n, seed: n }).text);
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    }
  });

  test('every example builds deterministically and its schema validates responses', () => {
    let checked = 0;
    for (const e of examples) {
      const r = compileAt(e.text, e.path);
      if (!r.ok || !r.survey) continue; // shared files have no survey
      buildsAndValidates(e, 7);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(5);
  });

  test('repeat groups, files, locations and signatures: the made-up response fills instances and device answers the schema accepts', () => {
    const household = `${repoRoot}/packages/emitters/test/roster/household.survey`;
    buildsAndValidates({ path: household, text: readFileSync(household, 'utf8') }, 3);
    buildsAndValidates({ text: deviceSurvey }, 3);
  });

  test(
    'generated surveys: deterministic build, schema compiles in ajv strict, accepts valid and rejects invalid responses',
    () =>
      fuzz(
        'valid-generated',
        generated,
        (o) => ({ text: generateSurvey(o).text }),
        (c) => buildsAndValidates(c, c.text.length),
        40,
      ),
    timeout,
  );
});

const deviceSurvey = `survey shop_visit {
  title "门店巡检" en: "Shop inspection"
  languages zh, en
  intro "请在门店现场填写。" en: "Please fill this in at the shop."
  confidentiality "信息仅用于内部巡检。" en: "The information is used for inspections only."
  file photo "请上传门店正面的照片" en: "Upload a photo of the shop front" accept "image/*" max 2 MB
  file receipt "请上传收据" en: "Upload the receipt" accept ".pdf" optional
  geopoint place "门店的位置" en: "Location of the shop"
  signature sign "巡检员签名" en: "Inspector's signature"
  text note "关于收据的备注" en: "Notes on the receipt" optional when answered(receipt)
}
`;
