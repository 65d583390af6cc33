// Never crash: random characters, random token sequences and mutations (delete,
// duplicate, swap, replace a token) of every example go through parse → bind →
// check; the result is always a tree and well-formed diagnostics, never an exception.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { byteSoup, compilesWithoutCrashing, examples, exampleMutation, fuzz, surveyShapedSoup, timeout, tokenSoup } from './fuzz-kit.ts';

describe('never throws', () => {
  test('the corpus is there', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  test('every example compiles without internal errors', () => {
    for (const e of examples) compilesWithoutCrashing(e);
  });

  test('random characters', () => fuzz('bytes', byteSoup, (text) => ({ text }), compilesWithoutCrashing, 300), timeout);

  test(
    'random token sequences',
    () => fuzz('tokens', fc.oneof(tokenSoup, surveyShapedSoup), (text) => ({ text }), compilesWithoutCrashing, 400),
    timeout,
  );

  test(
    'mutations of every example',
    () => fuzz('mutation', exampleMutation, (m) => ({ text: m.text, path: m.example.path }), compilesWithoutCrashing, 400),
    timeout,
  );
});
