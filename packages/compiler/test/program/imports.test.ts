import { describe, expect, it } from 'vitest';
import { isStructural, structuralCodes as codes, compile } from '../helpers.ts';

const scales =
  'scale agree5 1..5 {\n  1 "Strongly disagree"\n  2 "Disagree"\n  3 "Neutral"\n  4 "Agree"\n  5 "Strongly agree"\n}\nchoices yn { y "Yes" n "No" }\nsection about "About you" {\n  single role "Your role" from yn\n}\n';

describe('imports across files', () => {
  it('resolves scales, choices and shared sections from an imported file', () => {
    const text =
      'import "shared/scales.survey"\nsurvey c {\n  languages en\n  rating q "The course was useful" on agree5\n  section about\n  text why "Why?" when role == y\n}\n';
    const r = compile(text, { files: { 'shared/scales.survey': scales } });
    expect(r.diagnostics.filter((d) => isStructural(d.code))).toEqual([]);
    expect(r.survey?.questions.map((q) => q.id)).toEqual(['q', 'role', 'why']);
    const ref = r.binding.references.find((x) => x.name === 'agree5')!;
    expect(ref.target?.file.endsWith('shared/scales.survey')).toBe(true);
  });

  it('reports an import that does not resolve, at its path', () => {
    expect(codes('import "nope.survey"\nsurvey c { languages en }')).toEqual(['1:8 SVY2003 \'"nope.survey"\'']);
  });

  it('detects an import cycle and still checks both files', () => {
    const files = { 'b.survey': 'import "input.survey"\nscale s 1..2 { 1 "No" 2 "Yes" }' };
    const r = compile('import "b.survey"\nsurvey c {\n  languages en\n  rating q "Q" on s\n}', { files });
    const message =
      'Import cycle: input.survey → b.survey → input.survey. Move the shared declarations into a file that imports nothing from this chain.';
    // Reported at both ends, each pointing at the other: the entry's import too, not only b.survey's.
    const cycle = r.diagnostics.filter((d) => isStructural(d.code));
    expect(cycle.map((d) => [d.file.split('/').pop(), d.code, d.message])).toEqual([
      ['b.survey', 'SVY2004', message],
      ['input.survey', 'SVY2004', message],
    ]);
    expect(cycle.map((d) => d.related?.[0].file.split('/').pop())).toEqual(['input.survey', 'b.survey']);
  });

  it('reports an import of the file itself once', () => {
    const r = compile('import "input.survey"\nsurvey c { languages en }');
    expect(r.diagnostics.filter((d) => d.code === 'SVY2004')).toHaveLength(1);
  });

  it('reports syntax errors inside imported files', () => {
    const r = compile('import "bad.survey"\nsurvey c { languages en }', { files: { 'bad.survey': 'scale s 1..2 { 1 }' } });
    expect(r.diagnostics.filter((d) => isStructural(d.code)).map((d) => [d.file.split('/').pop(), d.code])).toEqual([
      ['bad.survey', 'SVY2010'],
      ['bad.survey', 'SVY1003'],
    ]);
  });
});
