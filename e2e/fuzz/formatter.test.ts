// The formatter on the examples, generated valid surveys, mutated examples and token
// soup: idempotent and lossless where the input parses, SurveySyntaxError where not.
import { describe, test } from 'vitest';
import fc from 'fast-check';
import { generateSurvey } from '../../bench/generate.mjs';
import { examples, exampleMutation, fuzz, surveyShapedSoup, timeout } from './fuzz-kit.ts';
import { formatsLosslessly } from './format-check.ts';

const generated = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  questions: fc.integer({ min: 1, max: 40 }),
  comments: fc.boolean(),
  english: fc.boolean(),
});

describe('formatter properties', () => {
  test('every example formats idempotently and losslessly', async () => {
    for (const e of examples) await formatsLosslessly(e);
  });

  test(
    'generated valid surveys',
    () => fuzz('format-generated', generated, (o) => ({ text: generateSurvey(o).text }), formatsLosslessly, 40),
    timeout,
  );

  test(
    'mutated examples',
    () => fuzz('format-mutation', exampleMutation, (m) => ({ text: m.text, path: m.example.path }), formatsLosslessly, 150),
    timeout,
  );

  test('token soup', () => fuzz('format-tokens', surveyShapedSoup, (text) => ({ text }), formatsLosslessly, 150), timeout);
});
