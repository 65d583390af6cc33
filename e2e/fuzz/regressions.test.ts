// Replays every input the fuzzer found (regressions/*.json). A fixture with status
// "open" is a known bug: its test is expected to fail until the bug is fixed — then
// vitest reports it, and the fixture's status becomes "fixed" so it guards forever.
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { compilesWithoutCrashing, loadRegressions, repoRoot, type FuzzCase } from './fuzz-kit.ts';
import { formatsLosslessly } from './format-check.ts';
import { buildsAndValidates } from './valid-checks.ts';
import { everyRequest, sameDiagnosticsWhileTyping } from './lsp-checks.ts';

const checks: Record<string, (c: FuzzCase) => void | Promise<void>> = {
  bytes: compilesWithoutCrashing,
  tokens: compilesWithoutCrashing,
  mutation: compilesWithoutCrashing,
  'format-generated': formatsLosslessly,
  'format-mutation': formatsLosslessly,
  'format-tokens': formatsLosslessly,
  'valid-generated': (c) => buildsAndValidates(c, c.text.length),
  'lsp-mutation': (c) => everyRequest(c, [0, 50, 500, 5000]),
  'lsp-typing': sameDiagnosticsWhileTyping,
};

describe('fuzz regressions', () => {
  const all = loadRegressions();
  test('fixtures are well-formed', () => {
    for (const { name, fixture } of all) {
      expect(['open', 'fixed'], name).toContain(fixture.status);
      expect(typeof fixture.input, name).toBe('string');
    }
  });
  for (const { name, fixture } of all) {
    const check = checks[fixture.property] ?? compilesWithoutCrashing;
    const c: FuzzCase = { text: fixture.input, path: fixture.file ? join(repoRoot, fixture.file) : undefined };
    const run = async () => {
      await check(c);
      if (fixture.shrunk) await check({ ...c, text: fixture.shrunk });
    };
    if (fixture.status === 'open') test.fails(`${name} (open: ${fixture.error.slice(0, 80)})`, run);
    else test(name, run);
  }
});
