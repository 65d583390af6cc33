// Meta-tests over the registry and the rule modules (stylelint's habit): every
// diagnostic is documented with a summary and a bad/good pair, codes are unique and
// well-formed, methodology codes sit in their ranges, and every rule file has a test.
import { describe, expect, it } from 'vitest';
import { messageVariants } from '@survey/syntax';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allDiagnosticDefs, allRules } from '../../src/index.ts';
import { methodologyRules } from '../../src/rules/methodology/index.ts';

const compilerDir = join(dirname(fileURLToPath(import.meta.url)), '../..');
const rulesDir = join(compilerDir, 'src/rules');
const testsDir = join(compilerDir, 'test/rules');

/** Codes that are not about a mistake in the user's survey, so have no bad example. */
const noBadExample: Record<string, string> = {
  SVY0001: 'an internal error is a compiler bug, not a survey mistake',
  SVY1007: 'an encoding is a property of the bytes: a text example cannot show it (the CLI tests use real GBK and UTF-16 files)',
  SVY2000: 'a shared file without a survey is legitimate; the info only explains how it is checked',
};

function ruleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? ruleFiles(join(dir, e.name)) : e.name.endsWith('.rule.ts') ? [join(dir, e.name)] : [],
  );
}

describe('diagnostic registry', () => {
  const defs = allDiagnosticDefs();

  it('has unique, well-formed codes and kebab-case names', () => {
    expect(new Set(defs.map((d) => d.code)).size).toBe(defs.length);
    expect(new Set(defs.map((d) => d.name)).size).toBe(defs.length);
    for (const d of defs) {
      expect(d.code, d.code).toMatch(/^SVY\d{4}$/);
      expect(d.name, d.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['error', 'warning', 'info'], d.code).toContain(d.severity);
    }
  });

  it('documents every diagnostic with a summary and a bad/good example', () => {
    for (const d of defs) {
      expect(d.docs.summary?.length ?? 0, `${d.code} summary`).toBeGreaterThan(10);
      if (noBadExample[d.code]) continue;
      expect(d.docs.bad?.trim().length ?? 0, `${d.code} bad example`).toBeGreaterThan(0);
      expect(d.docs.good?.trim().length ?? 0, `${d.code} good example`).toBeGreaterThan(0);
    }
  });

  it('gives every methodology diagnostic a rationale with its source, and a message that says how to fix it', () => {
    for (const d of methodologyRules.flatMap((r) => r.diagnostics)) {
      expect(d.docs.rationale?.length ?? 0, `${d.code} rationale`).toBeGreaterThan(20);
      for (const [variant, template] of messageVariants(d.message)) expect(template, `${d.code} ${variant}`).toMatch(/\. [A-Z({]|: |—|\?/);
    }
  });

  it('keeps methodology codes in their ranges: 3xxx count/length/time, 4xxx wording, 5xxx scales/choices, 6xxx survey/sampling/scoring', () => {
    for (const d of methodologyRules.flatMap((r) => r.diagnostics)) expect(d.code, d.code).toMatch(/^SVY[3-6]\d{3}$/);
  });

  it('registers every methodology rule', () => {
    for (const r of methodologyRules) expect(allRules, r.name).toContain(r);
  });
});

describe('rule modules', () => {
  const files = ruleFiles(rulesDir);

  it('are named after their rule and have a test file each (test/rules/<name>.test.ts)', () => {
    const byName = new Map(allRules.map((r) => [r.name, r]));
    for (const f of files) {
      const name = f.split('/').pop()!.slice(0, -'.rule.ts'.length);
      expect(byName.has(name), `${relative(compilerDir, f)} declares rule '${name}'`).toBe(true);
      expect(existsSync(join(testsDir, `${name}.test.ts`)), `test/rules/${name}.test.ts`).toBe(true);
    }
  });

  it('have every methodology code asserted in a rule test', () => {
    const tests = readdirSync(testsDir)
      .map((f) => readFileSync(join(testsDir, f), 'utf8'))
      .join('\n');
    for (const d of methodologyRules.flatMap((r) => r.diagnostics)) expect(tests, d.code).toContain(d.code);
  });
});
