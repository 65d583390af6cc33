import { describe, expect, it } from 'vitest';
import { structuralCodes as codes } from '../helpers.ts';

describe('constraint-range (SVY2016)', () => {
  it('reports min above max on numbers, lengths and selections', () => {
    const text = 'survey t {\n  languages zh\n  number age "年龄" min 99 max 18\n  text t "说明" min 10 max 5\n}';
    expect(codes(text, { only: ['SVY2016'] })).toEqual(["3:23 SVY2016 '99 max 18'", "4:19 SVY2016 '10 max 5'"]);
  });

  it('accepts min below max', () => {
    expect(codes('survey t {\n  languages zh\n  number age "年龄" min 18 max 99 integer\n}')).toEqual([]);
  });
});
