// Expressions over repeat groups: a question named through its group (`members.age`, one
// token, so a stray `.` is still an unexpected character) and a count of the instances
// that meet a condition (`count(members where age < 18)`; `where` stays usable as an id).
import { describe, expect, it } from 'vitest';
import { nameRangeOf, parse, type Call, type LetDecl, type NameRef } from '../src/index.ts';

const lets = (body: string) => {
  const r = parse(`survey s {\n  languages zh, en\n${body}\n}\n`);
  return { r, exprs: r.ast.surveys[0].members.filter((m): m is LetDecl => m.kind === 'Let').map((m) => m.expr) };
};

describe('roster expressions', () => {
  it('parses a dotted path into a name with its group as qualifier', () => {
    const { r, exprs } = lets('  let total = sum(members.income)');
    expect(r.diagnostics).toEqual([]);
    const arg = (exprs[0] as Call).args[0] as NameRef;
    expect([arg.kind, arg.name, arg.qualifier?.name]).toEqual(['NameRef', 'income', 'members']);
    const text = r.text;
    expect(text.slice(arg.range.start, arg.range.end)).toBe('members.income');
    expect(text.slice(arg.qualifier!.range.start, arg.qualifier!.range.end)).toBe('members');
    expect(text.slice(nameRangeOf(arg).start, nameRangeOf(arg).end)).toBe('income');
  });

  it('parses a where clause of a call, with its condition and the keyword range', () => {
    const { r, exprs } = lets('  let kids = count(members where age < 18 and sex == female)');
    expect(r.diagnostics).toEqual([]);
    const call = exprs[0] as Call;
    expect(call.args.map((a) => a.kind)).toEqual(['NameRef']);
    expect(call.where?.cond?.kind).toBe('Binary');
    expect(r.text.slice(call.where!.keywordRange.start, call.where!.keywordRange.end)).toBe('where');
    expect(r.text.slice(call.range.start, call.range.end)).toBe('count(members where age < 18 and sex == female)');
  });

  it('keeps `where` usable as an id, and a stray dot an unexpected character', () => {
    const { r } = lets(
      '  single where "您住在哪里?" en: "Where do you live?" { a "城镇" en: "Town"  b "农村" en: "Village" }\n  let w = count(where == a)',
    );
    expect(r.diagnostics).toEqual([]);
    expect(parse('survey s { title "t" . }').diagnostics.map((d) => d.code)).toContain('SVY1001');
  });

  it('recovers from a where without a condition', () => {
    const { r } = lets('  let kids = count(members where)');
    expect(r.diagnostics.length).toBeGreaterThan(0);
  });
});
