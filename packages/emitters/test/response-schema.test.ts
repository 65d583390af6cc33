// The response schema as a consumer uses it: ajv strict compiles it, responses a
// respondent could give are accepted, and each kind of mistake is rejected.
import { describe, expect, it } from 'vitest';
import type { Binding, Question, Survey } from '@survey/compiler';
import { showCondition } from '../src/common/visibility.ts';
import { responseSchema } from '../src/json-schema/emit.ts';
import { specifyName } from '../src/common/names.ts';
import { scaleGrid } from '../src/common/scale-grid.ts';
import { allCases } from './support/load.ts';
import { errorsText, makeAjv } from './support/ajv.ts';
import { envelope, respond, type Answers } from './support/respond.ts';

function validator(c: ReturnType<typeof allCases>[number]) {
  const ajv = makeAjv();
  const validate = ajv.compile(responseSchema(c.result.survey!, c.result.binding));
  return (answers: Answers, mutate?: (r: Record<string, unknown>) => void, style: 'low' | 'high' = 'low') => {
    const r = envelope(c.result.survey!, answers, style);
    mutate?.(r);
    const ok = validate(r);
    return { ok, errors: ok ? '' : ajv.errorsText(validate.errors) };
  };
}

const requiredAlways = (s: Survey) => s.questions.find((q) => q.required && !q.when && !q.section.when && q.kind !== 'matrix');

describe.each(allCases().map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const survey = c.result.survey!;
  const check = validator(c);

  it('compiles under ajv strict mode (draft 2020-12, formats)', () => {
    const ajv = makeAjv(false);
    expect(() => ajv.compile(responseSchema(survey, c.result.binding))).not.toThrow();
    expect(errorsText(ajv)).toBe('No errors');
  });

  it.each(['low', 'high'] as const)('accepts a complete response answered %s', (style) => {
    const { answers } = respond(survey, c.result.binding, style);
    expect(check(answers, undefined, style).errors).toBe('');
  });

  it('rejects a missing required answer, an unknown code, an extra property and a wrong envelope', () => {
    const { answers } = respond(survey, c.result.binding, 'low');
    const q = requiredAlways(survey);
    if (q) {
      const { [q.id]: _, ...rest } = answers;
      expect(check(rest).ok).toBe(false);
    }
    const coded = survey.questions.find((x) => (x.kind === 'single' || x.kind === 'rating') && answers[x.id] !== undefined);
    if (coded) expect(check({ ...answers, [coded.id]: 'no-such-code' }).ok).toBe(false);
    expect(check({ ...answers, 'not.a.question': 1 }).ok).toBe(false);
    expect(check(answers, (r) => (r.survey = 'another_survey')).ok).toBe(false);
    expect(check(answers, (r) => (r.language = 'xx')).ok).toBe(false);
  });

  it('rejects an answer to a question its condition hides', () => {
    for (const style of ['low', 'high'] as const) {
      const { answers, hidden } = respond(survey, c.result.binding, style);
      const q = hidden[0];
      if (!q || expressionOnlyInForm(c.name, q, c.result.binding)) continue;
      const extra = respond(survey, c.result.binding, style === 'low' ? 'high' : 'low').answers;
      const leaked: Answers = { ...answers };
      for (const n of q.kind === 'matrix' ? q.rows.map((r) => r.id) : [q.id]) leaked[n] = extra[n] ?? fallback(q);
      expect(check(leaked, undefined, style).ok, `${q.id} is hidden but answered`).toBe(false);
    }
  });
});

/** Conditions JSON Schema cannot state (arithmetic, calculated values) are checked by the form only. */
function expressionOnlyInForm(name: string, q: Question, binding: Binding): boolean {
  if (JSON.stringify(showCondition(q, binding) ?? {}).includes('"type":"calc"')) return true;
  return name.includes('english-conditions') && q.id === 'minutes_after';
}

function fallback(q: Question): Answers[string] {
  if (q.scale) return scaleGrid(q.scale)[0].value;
  if (q.kind === 'number') return 1;
  if (q.kind === 'yesno') return 'yes';
  if (q.choices) return q.kind === 'single' ? q.choices.options[0].code : [q.choices.options[0].code];
  return 'x';
}

describe('rules of particular question kinds (fixtures)', () => {
  const cases = allCases();
  const kinds = cases.find((c) => c.name.endsWith('all-kinds.survey'))!;
  const english = cases.find((c) => c.name.endsWith('english-conditions.survey'))!;
  const check = validator(kinds);
  const base = respond(kinds.result.survey!, kinds.result.binding, 'high').answers;

  it('other-specify: the text is required when other is chosen and absent otherwise', () => {
    expect(base.channel).toBe('other');
    const { [specifyName('channel', 'other')]: _, ...withoutText } = base;
    expect(check(withoutText).ok).toBe(false);
    expect(check({ ...base, channel: 'web' }).ok).toBe(false);
    const plain: Answers = { ...withoutText, channel: 'web' };
    expect(check(plain).errors).toBe('');
  });

  it('multi: at least min and at most max selected, unique, an exclusive option alone', () => {
    expect(check({ ...base, used: [] }).ok).toBe(false);
    expect(check({ ...base, used: ['web', 'app', 'store', 'other'], 'used.other.text': 'x' }).ok).toBe(false);
    expect(check({ ...base, used: ['web', 'web'] }).ok).toBe(false);
    const { 'used.other.text': _, ...noSpecify } = base;
    expect(check({ ...noSpecify, used: ['none'] }).errors).toBe('');
    expect(check({ ...noSpecify, used: ['none', 'web'] }).ok).toBe(false);
  });

  it('rating: integers of the grid, missing codes included; anchored scales accept unlabelled points', () => {
    // 9 (not applicable) is a valid answer, but it hides the section shown when overall >= 4.
    const { priorities: _p, email: _e, 'priorities.other.text': _o, ...withoutExtra } = base;
    expect(check({ ...withoutExtra, overall: 9 }).errors).toBe('');
    expect(check({ ...base, overall: 6 }).ok).toBe(false);
    expect(check({ ...base, overall: 4.5 }).ok).toBe(false);
    expect(check({ ...base, trust: 6 }).errors).toBe('');
    expect(check({ ...base, recommend: 11 }).ok).toBe(false);
  });

  it('text, number and date bounds; ranking complete and unique', () => {
    expect(check({ ...base, email: 'not an email' }).ok).toBe(false);
    expect(check({ ...base, orders: 2.5 }).ok).toBe(false);
    expect(check({ ...base, orders: 100 }).ok).toBe(false);
    expect(check({ ...base, last_order: '2025-02-30' }).ok).toBe(false);
    expect(check({ ...base, priorities: ['speed', 'speed', 'service', 'low_price'] }).ok).toBe(false);
    const { 'priorities.other.text': _text, ...noText } = base;
    expect(check({ ...noText, priorities: ['other', 'service', 'low_price', 'speed'] }).ok).toBe(false);
    expect(check({ ...base, priorities: ['speed'] }).ok).toBe(false);
  });

  it('when: required only when shown (section condition overall >= 4), absent when hidden', () => {
    const low = respond(kinds.result.survey!, kinds.result.binding, 'low').answers;
    expect(low.overall).toBe(1);
    expect(low.priorities).toBeUndefined();
    expect(check(low).errors).toBe('');
    expect(check({ ...low, priorities: ['speed', 'low_price', 'service', 'other'], 'priorities.other.text': 'x' }).ok).toBe(false);
    const { priorities: _, 'priorities.other.text': __, ...noRanking } = base;
    expect(check(noRanking).ok).toBe(false);
  });

  it("a missing code never satisfies a comparison: ease = 8 (don't know) hides the chat question", () => {
    const v = validator(english);
    const a = { contact: ['chat'], ease: 8 };
    expect(v(a).errors).toBe('');
    // answered(ease) is false for a missing code, so `resolved` is hidden too.
    expect(v({ ...a, resolved: 'yes' }).ok).toBe(false);
    expect(v({ ...a, chat_feedback: 'slow' }).ok).toBe(false);
    expect(v({ ...a, ease: 2, resolved: 'no', chat_feedback: 'slow' }).errors).toBe('');
    expect(v({ ...a, ease: 2, chat_feedback: 'slow' }).ok).toBe(false);
    // `not (contact has none)`: ease hidden when the respondent did not contact us.
    expect(v({ contact: ['none'] }).errors).toBe('');
    expect(v({ contact: ['none'], ease: 3 }).ok).toBe(false);
  });
});

describe('hidden values (test/fixtures/hidden-values.survey)', () => {
  const c = allCases().find((x) => x.name.includes('hidden-values'))!;
  const check = validator(c);
  const answers = respond(c.result.survey!, c.result.binding, 'low').answers;
  const withHidden = (h: Record<string, unknown> | undefined) => (r: Record<string, unknown>) => {
    if (h === undefined) delete r.hidden;
    else r.hidden = h;
  };

  it('accepts valid values with the response metadata (responseId, formVersion)', () => {
    const ok = check(answers, (r) => Object.assign(r, { responseId: '0b6e5c1e-8f0a-4c5e-9a51-2f4d3c2b1a00', formVersion: '2025.2' }));
    expect(ok.errors).toBe('');
  });

  it('rejects a missing required value, a code not in the list, a wrong type, an unknown name and a wrong form version', () => {
    const base = { customer_id: 'C01', size: 'large' };
    expect(check(answers, withHidden(undefined)).ok).toBe(false);
    expect(check(answers, withHidden({ size: 'large' })).ok).toBe(false);
    expect(check(answers, withHidden({ ...base, size: 'huge' })).ok).toBe(false);
    expect(check(answers, withHidden({ ...base, wave: 'two' })).ok).toBe(false);
    expect(check(answers, withHidden({ ...base, visit: '31/12/2025' })).ok).toBe(false);
    expect(check(answers, withHidden({ ...base, customer_id: '' })).ok).toBe(false);
    expect(check(answers, withHidden({ ...base, region: 'north' })).ok).toBe(false);
    expect(check(answers, (r) => (r.formVersion = '2024.1')).ok).toBe(false);
    expect(check(answers, (r) => (r.responseId = 'not-a-uuid')).ok).toBe(false);
  });

  it('applies conditions on hidden values: an answer hidden by `size == large` must be absent, a shown one is required', () => {
    const small = { customer_id: 'C01', size: 'small' };
    const large = { customer_id: 'C01', size: 'large' };
    const { account_manager: _, ...without } = { ...answers, account_manager: 4 } as Answers;
    expect(check({ ...without, account_manager: 4 }, withHidden(small)).ok).toBe(false);
    expect(check(without, withHidden(small)).errors).toBe('');
    expect(check(without, withHidden(large)).ok).toBe(false);
    expect(check({ ...without, account_manager: 4 }, withHidden(large)).errors).toBe('');
  });
});
