import { describe, expect, it } from 'vitest';
import { parse, walk, type AnyNode } from '../src/index.ts';
import { stripRanges, syntaxErrors } from './helpers.ts';

const crm = `// CRM 满意度
survey crm {
  title "CRM 系统使用情况及满意度调查" en: "CRM usage and satisfaction"
  languages zh, en
  limit questions 10
  scale sat5 1..5 {
    5 "非常满意" en: "Very satisfied"
    1 "非常不满意" en: "Very dissatisfied"
    missing 9 "不适用" en: "N/A"
  }
  choices vendors { a "供应商A" other "其他" en: "Other" specify  none "都没有" exclusive fixed }
  section usage "使用情况" points 50 {
    single vendor "供应商？" from vendors randomize
    rating overall "整体满意度？" on sat5 tag service, product
    text problems "问题？" optional max 500 when overall <= 2 and not (vendor == other)
    matrix svc "请评价" on sat5 { row a1 "态度" row a2 "速度" reverse tag delivery }
  }
  score csat "满意度" = rescale(mean(overall, a1), sat5) require 1
  target csat >= 90
  sample {
    population 1200
    strata size { large 100 sd 1.2 cost 4  small 1100 sd 0.8 take_all }
    allocate neyman  margin 0.05  confidence 0.95  response_rate 80%
    oversample large 2
  }
  quality { exclude answered < 80%  exclude straightline svc  exclude duration < 60  exclude attention vendor != a  exclude when overall == 9 }
  analysis { items mean, sd  breakdown by size, tag  top 3 dissatisfied <= 2  drivers overall on a1, a2  chart bar csat by size  alpha svc }
}
`;

describe('parser', () => {
  it('parses every construct of a full survey without diagnostics', () => {
    const r = parse(crm);
    expect(r.diagnostics).toEqual([]);
    const s = r.ast.surveys[0];
    expect(s.id?.name).toBe('crm');
    const kinds = s.members.map((m) => m.kind);
    expect(kinds).toEqual(['Header', 'Header', 'Limit', 'Scale', 'Choices', 'Section', 'Score', 'Target', 'Sample', 'Quality', 'Analysis']);
    const section = s.members[5];
    if (section.kind !== 'Section') throw new Error('expected section');
    expect(section.questions.map((q) => `${q.questionKind}:${q.id?.name}`)).toEqual([
      'single:vendor',
      'rating:overall',
      'text:problems',
      'matrix:svc',
    ]);
    expect(section.questions[3].rows.map((r) => [r.id?.name, r.reverse, r.tags.map((t) => t.name)])).toEqual([
      ['a1', false, []],
      ['a2', true, ['delivery']],
    ]);
    const sample = s.members[8];
    if (sample.kind !== 'Sample') throw new Error('expected sample');
    expect(sample.settings.find((x) => x.key === 'response_rate')?.value).toMatchObject({ value: 0.8, percent: true });
    expect(sample.strata[0].strata[1]).toMatchObject({ takeAll: true });
  });

  it('keeps multilingual text parts with their languages', () => {
    const r = parse(crm);
    const title = r.ast.surveys[0].members[0];
    if (title.kind !== 'Header') throw new Error('expected header');
    expect(title.text?.parts.map((p) => [p.lang, p.value])).toEqual([
      [undefined, 'CRM 系统使用情况及满意度调查'],
      ['en', 'CRM usage and satisfaction'],
    ]);
  });

  it('gives every node a range inside the text, children inside parents', () => {
    const r = parse(crm);
    walk(r.ast as unknown as AnyNode, (n, parent) => {
      expect(n.range.start).toBeLessThanOrEqual(n.range.end);
      expect(n.range.end).toBeLessThanOrEqual(crm.length);
      if (parent && parent.kind !== 'Document') {
        expect(n.range.start).toBeGreaterThanOrEqual(parent.range.start);
        expect(n.range.end).toBeLessThanOrEqual(parent.range.end);
      }
    });
  });

  it('ranges point at the exact source text', () => {
    const r = parse(crm);
    const q = r.ast.surveys[0].members[5];
    if (q.kind !== 'Section') throw new Error();
    const problems = q.questions[2];
    expect(crm.slice(problems.id!.range.start, problems.id!.range.end)).toBe('problems');
    expect(crm.slice(problems.when!.range.start, problems.when!.range.end)).toBe('overall <= 2 and not (vendor == other)');
  });

  it('parses expressions with precedence: not > comparison > and > or; * over +', () => {
    const r = parse('survey s { score x = 1 + 2 * 3  text t "t" when a == 1 or b == 2 and not c > 3 }');
    expect(r.diagnostics).toEqual([]);
    const score = r.ast.surveys[0].members[0];
    if (score.kind !== 'Score') throw new Error();
    expect(stripRanges(score.expr)).toMatchObject({ op: '+', right: { op: '*' } });
    const t = r.ast.surveys[0].members[1];
    if (t.kind !== 'Question') throw new Error();
    expect(stripRanges(t.when)).toMatchObject({ op: 'or', right: { op: 'and', right: { kind: 'Unary', op: 'not' } } });
  });

  it('keeps comments in their own list with ranges', () => {
    const text = 'survey s { // a\n /* b */ title "t" }\n// end';
    const r = parse(text);
    expect(r.comments.map((c) => [c.kind, text.slice(c.range.start, c.range.end)])).toEqual([
      ['line', '// a'],
      ['block', '/* b */'],
      ['line', '// end'],
    ]);
  });

  it('handles a BOM, CRLF line ends and full-width text inside strings', () => {
    const text = '\uFEFFsurvey s {\r\n  title "满意度调查（２０２４）：您好！"\r\n  text q "请说明，谢谢。"\r\n}\r\n';
    const r = parse(text);
    expect(r.diagnostics).toEqual([]);
    const q = r.ast.surveys[0].members[1];
    expect(r.lineMap.position(q.range.start)).toEqual({ line: 2, character: 2 });
  });

  it('unescapes strings', () => {
    const r = parse('survey s { title "a \\"quoted\\" \\u4e2d\\n" }');
    const h = r.ast.surveys[0].members[0];
    if (h.kind !== 'Header') throw new Error();
    expect(h.text?.parts[0].value).toBe('a "quoted" 中\n');
  });

  it('treats keyword prefixes as identifiers (longer_alt)', () => {
    const r = parse('survey s { text texts "t"  rating ratings "r" on scales  single minutes_spent "m" from questionsList }');
    expect(r.diagnostics).toEqual([]);
  });

  it('accepts keywords where the vocabulary needs them: nps as a score, reverse() and BCP 47 codes', () => {
    const r = parse(
      'survey s { languages zh-Hant, en\n glossary { CRM "客户关系管理" "客服" "客户服务" }\n nps rec "推荐"\n score nps = nps(rec)\n score r = reverse(rec)\n target nps >= 50\n analysis { top 3 rec }\n}',
    );
    expect(r.diagnostics).toEqual([]);
    const m = r.ast.surveys[0].members;
    const langs = m[0];
    if (langs.kind !== 'Header') throw new Error();
    expect(langs.names.map((n) => n.name)).toEqual(['zh-Hant', 'en']);
    const glossary = m[1];
    if (glossary.kind !== 'Glossary') throw new Error();
    expect(glossary.entries.map((e) => [e.term.name, !!e.term.quoted])).toEqual([
      ['CRM', false],
      ['客服', true],
    ]);
    expect(m.filter((x) => x.kind === 'Score').map((x) => (x.kind === 'Score' ? x.id?.name : ''))).toEqual(['nps', 'r']);
    const analysis = m[m.length - 1];
    if (analysis.kind !== 'Analysis') throw new Error();
    expect(analysis.requests[0]).toMatchObject({ kind: 'Top', name: { name: 'rec' }, op: undefined });
  });

  it('accepts allocate fixed although fixed is a keyword', () => {
    const r = parse('survey s { sample { population 100 strata size { a 50 completes 10  b 50 completes 20 } allocate fixed } }');
    expect(r.diagnostics).toEqual([]);
    const sample = r.ast.surveys[0].members[0];
    expect(sample.kind === 'Sample' && sample.settings[1].method?.name).toBe('fixed');
  });
});

describe('error recovery', () => {
  it('reports five mistakes as five diagnostics and keeps the rest of the tree', () => {
    const text = [
      'survey broken {', // 1
      '  title "未闭合', // 2: unterminated string
      '  scale s 1..5 { 1 "差" 5 }', // 3: label missing
      '  single q1 "Q1" from', // 4: name missing (`rating` is contextual, so it is read as that name: reported at q2)
      '  rating q2 "Q2" on s ；', // 5: full-width semicolon outside a string
      '  text q3 "Q3" max', // 6: value missing
      '  text q4 "Q4" optional', // 7: fine
      '}',
    ].join('\n');
    expect(syntaxErrors(text)).toEqual(['2:9 SVY1002', '3:26 SVY1003', '5:10 SVY1003', '5:23 SVY1001', '7:3 SVY1003']);
    const r = parse(text);
    const ids = r.ast.surveys[0].members.filter((m) => m.kind === 'Question').map((m) => (m.kind === 'Question' ? m.id?.name : ''));
    expect(ids).toContain('q4');
  });

  it('never throws on truncated input', () => {
    const text = 'survey s { section a "x" { rating q "q" on sat when a == 1 and ( ';
    for (let i = 0; i <= text.length; i++) {
      expect(() => parse(text.slice(0, i))).not.toThrow();
    }
  });

  it('reports end of file precisely', () => {
    const r = parse('survey s {\n  title "t"\n');
    expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['SVY1003', "Expected '}' but found end of file: a block is not closed. Add the missing '}'."],
    ]);
    expect(r.diagnostics[0].range.start).toBe('survey s {\n  title "t"'.length);
  });

  it('keeps a survey and its open section when closing braces are missing at the end', () => {
    const r = parse('survey s {\n  title "t"\n  section a "A" {\n    text q "Q"\n    text r "R"\n');
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      "Expected '}' but found end of file: 2 blocks are not closed. Add the missing '}'.",
    ]);
    const section = r.ast.surveys[0].members[1];
    expect(section.kind === 'Section' && section.questions.map((q) => q.id?.name)).toEqual(['q', 'r']);
  });

  it('does not report a brace twice when the parser already recovered', () => {
    const r = parse('survey s {\n  scale x 1..2 { 1 "a" 2 "b"\n  text r "R"\n}');
    expect(r.diagnostics.map((d) => d.message)).toEqual(["Expected '}' but found 'text'."]);
    expect(r.ast.surveys[0].members.map((m) => m.kind)).toEqual(['Scale', 'Question']);
  });
});
