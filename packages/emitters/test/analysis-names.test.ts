// Every variable of an analysis configuration has its own name (issue 13: a multi-select
// indicator `q.code` and the option's "please specify" text shared one): for every example
// and fixture, and for a bilingual survey where both exist side by side.
import { describe, expect, it } from 'vitest';
import { compileText } from '@survey/compiler';
import { analysisDocument } from '../src/index.ts';
import { specifyName, indicatorName } from '../src/common/names.ts';
import { allCases } from './support/load.ts';

type Doc = { variables: Array<{ name: string; type: string; parent?: string }>; groups: Array<{ items: string[] }> };
const duplicates = (names: string[]) => names.filter((n, i) => names.indexOf(n) !== i);

describe('unique variable names in analysis.json', () => {
  for (const c of allCases()) {
    it(c.name, () => {
      const doc = analysisDocument(c.result.survey!, c.result.binding) as unknown as Doc;
      expect(duplicates(doc.variables.map((v) => v.name))).toEqual([]);
    });
  }

  it('gives a multi-select’s specify text its own name beside the option’s indicator', () => {
    const r = compileText(`survey s {
  title "渠道" en: "Channels"
  languages zh, en
  multi used "您用过哪些渠道?" en: "Which channels have you used?" {
    web "网站" en: "Website"
    other "其他(请注明)" en: "Other (please specify)" specify
  }
}
`);
    const doc = analysisDocument(r.survey!, r.binding) as unknown as Doc;
    const named = (n: string) => doc.variables.filter((v) => v.name === n).map((v) => v.type);
    expect(indicatorName('used', 'other')).toBe('used.other');
    expect(specifyName('used', 'other')).toBe('used.other.text');
    expect(named('used.other')).toEqual(['binary']);
    expect(named('used.other.text')).toEqual(['text']);
    expect(doc.groups[0].items).toEqual(['used.web', 'used.other']);
  });
});
