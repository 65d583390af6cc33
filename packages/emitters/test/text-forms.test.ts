// Forms of text answers (fixture text-forms.survey, Chinese and English) in the response
// schema (ajv strict with ajv-formats): each form's answers pass, near misses do not.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compileFile } from '@survey/compiler';
import { responseSchema } from '../src/json-schema/emit.ts';
import { fixturesDir } from './support/load.ts';
import { makeAjv } from './support/ajv.ts';
import { envelope } from './support/respond.ts';

const r = compileFile(join(fixturesDir, 'text-forms.survey'));
const validate = makeAjv().compile(responseSchema(r.survey!, r.binding));
const base = { mail: 'li@example.cn', mobile: '13800138000', call_at: '09:30', likely: 80 };
const valid = (answers: Record<string, unknown>) => validate(envelope(r.survey!, answers as never));

describe('forms of text answers in the response schema', () => {
  it('accepts well-formed answers of each form', () => {
    expect(valid(base)).toBe(true);
    expect(
      valid({
        ...base,
        mobile: '+86 (10) 6552-9988',
        site: 'https://example.cn/about?lang=zh',
        call_at: '23:59:59',
        visit: '2026-12-31T23:59',
      }),
    ).toBe(true);
  });

  it.each([
    ['mail', 'li@example'],
    ['mail', '李@'],
    ['mobile', '138-abc'],
    ['site', 'www.example.cn'],
    ['site', 'ftp://example.cn'],
    ['call_at', '24:00'],
    ['call_at', '9:30'],
    ['visit', '2026-12-31 23:59'],
    ['visit', '2026-13-01T10:00'],
    ['likely', 101],
  ])('refuses %s = %s', (name, value) => {
    expect(valid({ ...base, [name]: value })).toBe(false);
  });
});
