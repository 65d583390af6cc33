// Choice filters (`a "…" when x == 1`), carry-forward (`from q3 selected` / `not selected`)
// and defaults (`default …`): parsed into the option and the question, with `selected` and
// `default` still usable as ids.
import { describe, expect, it } from 'vitest';
import { parse, type QuestionDecl } from '../src/index.ts';

const source = `survey s {
  languages zh, en
  multi brands "您用过哪些品牌?" en: "Which brands have you used?" {
    a "品牌 A" en: "Brand A"
    b "品牌 B" en: "Brand B" when region == north
    c "品牌 C" en: "Brand C" when region == south and not answered(other) fixed
  }
  single fav "最喜欢哪个?" en: "Which one is your favourite?" from brands selected
  multi never "还想试哪些?" en: "Which would you try?" from brands not selected optional
  number people "几个人?" en: "How many people?" default 2 min 1
  number copies "几份?" en: "How many copies?" default people * 2
  single selected "已选?" en: "Selected?" { default "默认" selected "选中" }
}
`;

function question(id: string): QuestionDecl {
  const r = parse(source);
  expect(r.diagnostics).toEqual([]);
  const q = r.ast.surveys[0].members.find((m): m is QuestionDecl => m.kind === 'Question' && m.id?.name === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
}

describe('choice filters, carry-forward and defaults', () => {
  it('keeps an option condition on the option, and its flags after it', () => {
    const [a, b, c] = question('brands').options;
    expect(a.when).toBeUndefined();
    expect(b.when?.kind).toBe('Binary');
    expect(c.when?.kind).toBe('Binary');
    expect(c.fixed).toBe(true);
    expect(source.slice(c.whenRange!.start, c.whenRange!.end)).toBe('when region == south and not answered(other)');
  });

  it('reads `from q selected` and `from q not selected`', () => {
    expect(question('fav').from?.name).toBe('brands');
    expect(question('fav').fromSelected).toBe(true);
    expect(question('never').fromSelected).toBe(false);
    expect(question('never').required).toBe(false);
    expect(question('brands').fromSelected).toBeUndefined();
  });

  it('reads a default value or formula', () => {
    expect(question('people').default).toMatchObject({ kind: 'Number', value: 2 });
    expect(question('people').min?.value).toMatchObject({ value: 1 });
    expect(question('copies').default?.kind).toBe('Binary');
  });

  it('leaves `selected` and `default` usable as ids and codes', () => {
    const q = question('selected');
    expect(q.options.map((o) => (o.code?.kind === 'Identifier' ? o.code.name : ''))).toEqual(['default', 'selected']);
  });
});
