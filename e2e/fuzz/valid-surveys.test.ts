// Properties of generated valid surveys (bench/generate.mjs with random seeds and
// sizes) and of the examples: they compile without errors, `build` output is
// byte-for-byte deterministic, and every response schema compiles in ajv strict
// mode, accepts a response made from the model and rejects a broken one.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { generateSurvey } from '../../bench/generate.mjs';
import { compileText } from '@survey/compiler';
import { compileAt, examples, fuzz, timeout } from './fuzz-kit.ts';
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
