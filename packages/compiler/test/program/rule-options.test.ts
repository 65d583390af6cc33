import { describe, expect, it } from 'vitest';
import { getDiagnosticDef, parseConfig } from '../../src/index.ts';
import { ruleOptionSchemas, validateRuleOptions } from '../../src/rule-options.ts';
import { defaultTimeModel } from '../../src/rules/methodology/time-budget.rule.ts';
import { codes, survey } from '../helpers.ts';

const problems = (options: object) =>
  parseConfig(JSON.stringify({ options }), '/virtual/survey.config.json').diagnostics.map((d) => `${d.code} ${d.message}`);

describe('rule options are validated against a schema per rule', () => {
  it('names a wrong type, an unknown key and a rule without options, as SVY1006', () => {
    expect(problems({ SVY3003: { maxWords: '20' } })).toEqual([
      'SVY1006 Invalid survey.config.json: "options.SVY3003.maxWords" must be a number above 0.',
    ]);
    expect(problems({ 'question-too-long': { maxWord: 20 } })[0]).toBe(
      'SVY1006 Invalid survey.config.json: "options.SVY3003.maxWord" is not an option of SVY3003 (question-too-long); it takes "maxWords", "maxChars".',
    );
    expect(problems({ SVY4010: { threshold: 1 } })).toEqual([
      'SVY1006 Invalid survey.config.json: "options.SVY4010": SVY4010 (duplicate-question-text) takes no options.',
    ]);
    expect(problems({ SVY4009: { words: { zh: ['抓手'], en: 'synergy' } } })[0]).toContain(
      '"options.SVY4009.words" must be a list of strings',
    );
  });

  it('accepts the documented shapes', () => {
    expect(
      problems({ SVY3003: { maxWords: 20 }, SVY4001: { phrases: ['sales and marketing'] }, SVY4009: { words: { zh: ['抓手'] } } }),
    ).toEqual([]);
    expect(problems({ SVY3002: { ...defaultTimeModel } })).toEqual([]);
  });

  it('never hands a rule a bad value: the run reports SVY1006, not an internal error (SVY0001)', () => {
    const config = { options: { SVY4009: { words: 5 }, SVY3003: { maxWords: 'many' }, SVY3002: { closed: -1 } } };
    const found = codes(survey('  text t "您对我们的服务有什么建议?" en: "What would you suggest?"'), { config });
    expect(found.filter((c) => c.includes('SVY0001'))).toEqual([]);
    expect(found.filter((c) => c.includes('SVY1006'))).toHaveLength(3);
  });

  it('declares only registered codes, and the time model keys the rule reads', () => {
    for (const code of Object.keys(ruleOptionSchemas)) expect(getDiagnosticDef(code), code).toBeDefined();
    expect(Object.keys(ruleOptionSchemas.SVY3002).sort()).toEqual(Object.keys(defaultTimeModel).sort());
    expect(validateRuleOptions('SVY3001', 'too-many-questions', { countMatrixRows: false }).valid).toEqual({ countMatrixRows: false });
  });
});
