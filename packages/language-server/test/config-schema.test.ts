// survey.config.json in VS Code: the schema packages/vscode contributes is what
// configSchema() generates from the compiler (UPDATE_GOLDEN=1 rewrites it, then prettier), passes
// ajv's strict mode, and agrees with the compiler's own reading of the file: configs
// parseConfig accepts validate, configs it refuses do not.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parseConfig } from '@survey/compiler';
import { configSchema, configSchemaText } from '../src/index.ts';
import { root } from '../../../testing/bundles.ts';

const vscode = join(root, 'packages', 'vscode');
const manifest = JSON.parse(readFileSync(join(vscode, 'package.json'), 'utf8'));
const contributed = manifest.contributes.jsonValidation as Array<{ fileMatch: string; url: string }>;
const schemaFile = join(vscode, contributed[0].url);

const accepted: Record<string, unknown>[] = [
  {},
  { $schema: './node_modules/survey/schema.json', rules: { SVY3001: 'off', 'over-time-budget': 'error', wording: 'info' } },
  { profile: 'post-transaction' },
  { profile: '门店', profiles: { 门店: { questions: 8, minutes: 4 } }, requireNonResponseOption: true },
  { options: { SVY3002: { closed: 12 }, 'double-barreled': { phrases: ['以及', 'and also'] } } },
];
const refused: Record<string, unknown>[] = [
  { rules: { SVY3001: 'loud' } },
  { rules: 'off' },
  { rules: { wording: 'loud' } },
  { profiles: { quick: { questions: 'five' } } },
  { profiles: { quick: { questions: 5, pages: 2 } } },
  { options: { SVY3002: 10 } },
  { requireNonResponseOption: 'yes' },
  { colour: 'blue' },
];

const validator = () => new Ajv({ strict: true, allErrors: true }).compile(configSchema());

describe('the survey.config.json schema', () => {
  it('is contributed to VS Code for survey.config.json and is current', () => {
    expect(contributed).toEqual([{ fileMatch: 'survey.config.json', url: './schemas/survey.config.schema.json' }]);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(schemaFile, configSchemaText());
    // Compared as data: prettier may lay the committed file out its own way.
    expect(
      JSON.parse(readFileSync(schemaFile, 'utf8')),
      'a diagnostic was added or changed: UPDATE_GOLDEN=1 npx vitest run packages/language-server/test/config-schema.test.ts, then prettier --write the schema',
    ).toEqual(configSchema());
  });
  it('compiles under ajv strict mode', () => {
    expect(() => validator()).not.toThrow();
  });
  it('accepts what the compiler accepts (zh and en names alike)', () => {
    const validate = validator();
    for (const config of accepted) {
      expect(parseConfig(JSON.stringify(config), '/x/survey.config.json').diagnostics, JSON.stringify(config)).toEqual([]);
      expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    }
  });
  it('refuses what the compiler refuses', () => {
    const validate = validator();
    for (const config of refused) {
      expect(parseConfig(JSON.stringify(config), '/x/survey.config.json').diagnostics.map((d) => d.code)).toContain('SVY1006');
      expect(validate(config), JSON.stringify(config)).toBe(false);
    }
  });
  it('flags an unknown rule code, which the compiler warns about (SVY1005)', () => {
    const config = { rules: { SVY9999: 'off' } };
    expect(parseConfig(JSON.stringify(config), '/x/survey.config.json').diagnostics.map((d) => d.code)).toEqual(['SVY1005']);
    expect(validator()(config)).toBe(false);
  });
  it('describes every rule by code and by name, with its documentation link', () => {
    const rules = (configSchema().properties as Record<string, { properties: Record<string, { description: string }> }>).rules;
    expect(rules.properties.SVY3002.description).toMatch(/^SVY3002 over-time-budget \(default: warning\): .*#svy3002$/);
    expect(rules.properties['over-time-budget']).toEqual(rules.properties.SVY3002);
  });
});
