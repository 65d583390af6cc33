// A Chinese-first survey: completion, hover, definition and rename at markers.
import { describe, expect, it } from 'vitest';
import { Fourslash } from './harness.ts';
import { Workspace } from '../../src/index.ts';

const f = new Fourslash('zh-service');

describe('zh-service: completion', () => {
  it('offers earlier questions in a condition, not later ones', () => {
    const labels = f.labels('whenRef');
    expect(labels).toEqual(expect.arrayContaining(['overall', 'channel', 'speed']));
    expect(labels).not.toContain('reason');
  });
  it('offers the choice codes after ==', () => {
    expect(f.labels('codeRef')).toEqual(['phone', 'web', 'other']);
    expect(f.completions('codeRef')[0].detail).toBe('电话');
  });
  it('offers scales after on and lists after from', () => {
    expect(f.labels('onRef')).toEqual(['sat5', 'nps']);
    expect(f.labels('fromRef')).toEqual(['channels']);
  });
  it('offers questions, scores and functions in a formula', () => {
    const labels = f.labels('formulaRef');
    expect(labels).toEqual(expect.arrayContaining(['overall', 'speed', 'csat', 'mean', 'rescale', 'nps']));
  });
  it('offers earlier questions inside a piped {id}', () => {
    expect(f.labels('pipeRef')).toEqual(expect.arrayContaining(['overall', 'channel']));
  });
  it('offers scores after target', () => {
    expect(f.labels('targetRef')).toEqual(expect.arrayContaining(['csat', 'raw', 'response_rate']));
  });
});

describe('zh-service: hover', () => {
  it('shows a question in every language with its scale', () => {
    const text = f.hoverText('whenRef')!;
    expect(text).toContain('**Q2** rating `overall`');
    expect(text).toContain('`zh` 您对本次服务的总体满意度如何?');
    expect(text).toContain('`en` How satisfied are you with the service overall?');
    expect(text).toContain('`5` 非常满意 / Very satisfied');
  });
  it('shows scale points and labels', () => {
    const text = f.hoverText('onRef')!;
    expect(text).toContain('**scale `sat5`** 1–5');
    expect(text).toContain('`1` 非常不满意 / Very dissatisfied');
  });
  it('shows a choice code with its labels', () => {
    expect(f.hoverText('codeRef')).toContain('`en` Phone');
  });
  it("shows a score's range", () => {
    expect(f.hoverText('targetRef')).toContain('range 0 to 100');
    expect(f.hoverText('rawDecl')).toContain('range 1 to 5');
  });
  it('shows a stratum with its computed n_h', () => {
    const text = f.hoverText('northDecl')!;
    expect(text).toContain('N_h = 600');
    expect(text).toMatch(/n_h = \d+ \(neyman\)/);
  });
  it('shows a function signature', () => {
    expect(f.hoverText('meanCall')).toContain('mean(value, …)');
  });
  it('shows a piped question', () => {
    expect(f.hoverText('pipeRef')).toContain('`overall`');
  });
});

describe('zh-service: definition', () => {
  it.each([
    ['whenRef', 'overallDecl'],
    ['pipeRef', 'overallDecl'],
    ['formulaRef', 'overallDecl'],
    ['onRef', 'sat5Decl'],
    ['fromRef', 'channelsDecl'],
    ['codeRef', 'phoneDecl'],
    ['targetRef', 'csatDecl'],
  ])('%s goes to %s', (from, to) => {
    expect(f.definition(from)).toEqual([f.spot(to)]);
  });
});

describe('zh-service: references and rename', () => {
  it('finds every use of a question, its declaration included', () => {
    expect(f.names(f.references('overallDecl'))).toEqual(['overallDecl', 'pipeRef', 'pipeEn', 'whenRef', 'formulaRef', 'rawRef']);
  });
  it('renames a question everywhere, inside piped texts too', () => {
    const { spots, texts } = f.rename('whenRef', 'satisfaction');
    expect(f.names(spots)).toEqual(['overallDecl', 'pipeRef', 'pipeEn', 'whenRef', 'formulaRef', 'rawRef']);
    const text = [...texts.values()][0];
    expect(text).toContain('rating satisfaction "您对本次服务');
    expect(text).toContain('您为什么给出 {satisfaction} 分?');
    expect(text).toContain('Why did you give {satisfaction}?');
    expect(text).toContain('when satisfaction <= 2');
    expect(text).toContain('rescale(mean(satisfaction, speed), sat5)');
  });
  it('renames a choice code in the list and in conditions', () => {
    expect(f.names(f.rename('codeRef', 'hotline').spots)).toEqual(['phoneDecl', 'codeRef']);
  });
  it('refuses keywords and non-identifiers', () => {
    expect(() => f.rename('whenRef', 'scale')).toThrow(/keyword/);
    expect(() => f.rename('whenRef', '满意')).toThrow(/not a valid name/);
  });
  it('does not offer to rename the survey or a built-in function, and says why', () => {
    expect(f.canRename('surveyDecl')).toBe(false);
    expect(f.canRename('meanCall')).toBe(false);
    expect(f.renameRefusal('surveyDecl')).toMatch(/survey's id 'after_sales'/);
    expect(f.renameRefusal('meanCall')).toMatch(/'mean' is a built-in function/);
    expect(f.renameRefusal('whenRef')).toBeUndefined();
  });
  it('refuses a name already in use in the same namespace, saying where', () => {
    expect(() => f.rename('whenRef', 'speed')).toThrow(/'speed' is already the name of a question \(line 24 of service.survey\)/);
    expect(() => f.rename('whenRef', 'channel')).toThrow(/already the name of a question/);
    expect(() => f.rename('codeRef', 'web')).toThrow(/'web' is already the name of a code/);
    expect(() => f.rename('northDecl', 'south')).toThrow(/'south' is already the name of a stratum/);
    expect(() => f.rename('rawDecl', 'csat')).toThrow(/'csat' is already the name of a score/);
  });
  it('allows a name used in another namespace, and the same name', () => {
    expect(f.rename('sat5Decl', 'channels').spots.length).toBeGreaterThan(1); // a scale beside a choice list
    expect(f.rename('codeRef', 'service').spots).toEqual([f.spot('phoneDecl'), f.spot('codeRef')]); // a code beside a section
    expect(f.rename('whenRef', 'overall').spots).toEqual([]);
  });
  it('refuses exactly what the compiler would report as a duplicate', () => {
    const path = f.spot('whenRef').path;
    const renamed = f.texts.get(path)!.replace(/\boverall\b/g, 'speed');
    const ws = new Workspace({ disk: { readFile: (p) => (p === path ? renamed : undefined) } });
    expect(ws.result(path).diagnostics.map((d) => d.code)).toContain('SVY2001');
  });
});
