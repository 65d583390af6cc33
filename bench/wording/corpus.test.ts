// The CI gate of the wording rules: on the labelled development corpus every rule
// must reach precision ≥ 0.95 and recall ≥ 0.8 in each language. The held-out files
// are scored too (they must load and compile) but not gated: they are only reported.
import { describe, expect, it } from 'vitest';
import { loadCorpus, renderScores, scoreCorpus, surveyFor, WORDING_CODES } from './score.ts';
import { compileText } from '@survey/compiler';

const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.8;

describe('wording corpus', () => {
  it('has at least 300 labelled texts per language, with known codes and kinds', () => {
    for (const lang of ['en', 'zh'] as const) {
      const items = loadCorpus(lang, 'dev');
      expect(items.length).toBeGreaterThanOrEqual(300);
      for (const item of items) {
        for (const code of item.expected) expect(WORDING_CODES).toContain(code);
        expect(item.source).toBeTruthy();
      }
      // every code has positives and the corpus has clean traps
      for (const code of WORDING_CODES) expect(items.filter((i) => i.expected.includes(code)).length).toBeGreaterThanOrEqual(10);
      expect(items.filter((i) => i.expected.length === 0).length).toBeGreaterThanOrEqual(100);
    }
  });

  it('compiles every text in a survey without structural errors', () => {
    for (const lang of ['en', 'zh'] as const)
      for (const set of ['dev', 'holdout'] as const)
        for (const item of loadCorpus(lang, set)) {
          const errors = compileText(surveyFor(item, lang)).diagnostics.filter((d) => d.severity === 'error');
          expect(
            errors.map((d) => `${d.code} ${d.message}`),
            item.text,
          ).toEqual([]);
        }
  });

  for (const lang of ['en', 'zh'] as const)
    it(`every wording rule reaches precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL} in ${lang}`, () => {
      const score = scoreCorpus(lang, 'dev');
      const failing = score.rules.filter((r) => (r.precision ?? 1) < MIN_PRECISION || (r.recall ?? 0) < MIN_RECALL);
      const misses = score.misses.map((m) => `expected [${m.expected}] got [${m.got}]  ${m.text}`);
      expect(
        failing.map((r) => r.code),
        renderScores([score]) + '\n' + misses.join('\n'),
      ).toEqual([]);
    });
});
