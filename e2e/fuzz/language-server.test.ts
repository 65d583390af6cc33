// The language server's request handlers (pure functions over a Workspace) on
// mutated examples: every request answers at any position without throwing. And a
// typing session through one Workspace (so through the incremental re-parse in the
// parse cache) publishes exactly the diagnostics, and answers the outline, a fresh Workspace computes.
import { describe, test } from 'vitest';
import fc from 'fast-check';
import { examples, exampleMutation, fuzz, timeout, type FuzzCase } from './fuzz-kit.ts';
import { everyRequest, sameDiagnosticsWhileTyping } from './lsp-checks.ts';

const edit = fc.tuple(
  fc.nat(),
  fc.nat({ max: 3 }),
  fc.constantFrom('x', ' ', '\n', '"', '字', 'q1', '}', ' optional', ' when q1 <= 2', ''),
);

describe('language server handlers', () => {
  test(
    'every request on mutated examples, at random positions',
    () =>
      fuzz(
        'lsp-mutation',
        fc.tuple(exampleMutation, fc.array(fc.nat(), { minLength: 1, maxLength: 6 })),
        ([m, offsets]) => ({ text: m.text, path: m.example.path, offsets }),
        (c) => everyRequest(c, (c as FuzzCase & { offsets?: number[] }).offsets ?? [0, 50, 500]),
        60,
      ),
    timeout,
  );

  test(
    'a typing session publishes the same diagnostics and outline as a fresh workspace',
    () =>
      fuzz(
        'lsp-typing',
        fc.tuple(fc.constantFrom(...examples.map((_, i) => i)), fc.array(edit, { minLength: 1, maxLength: 12 })),
        ([i, edits]) => {
          let text = examples[i].text;
          const texts: string[] = [];
          for (const [at, del, ins] of edits) {
            const s = at % (text.length + 1);
            text = text.slice(0, s) + ins + text.slice(Math.min(text.length, s + del));
            texts.push(text);
          }
          return { text: JSON.stringify(texts), path: examples[i].path };
        },
        sameDiagnosticsWhileTyping,
        40,
      ),
    timeout,
  );
});
