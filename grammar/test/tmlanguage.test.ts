// The TextMate grammar: generated from the lexer's vocabulary, and checked by
// tokenizing with vscode-textmate + oniguruma as VS Code does.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type vsctm from 'vscode-textmate';
import { keywords, parse } from '@survey/syntax';
import { grammarFile, tmLanguageText } from '../generate-tmlanguage.ts';
import { loadGrammar, scopesAt, tokenize } from './tokenize.ts';

let grammar: vsctm.IGrammar;

beforeAll(async () => {
  grammar = await loadGrammar(readFileSync(grammarFile, 'utf8'));
});

/** The scopes of the first occurrence of `fragment` in a one-line snippet. */
function scopesOf(line: string, fragment: string, occurrence = 0): string[] {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = line.indexOf(fragment, at + 1);
  if (at < 0) throw new Error(`'${fragment}' not in '${line}'`);
  const tokens = tokenize(grammar, line).filter((t) => t.start < at + fragment.length && t.end > at);
  expect(tokens.map((t) => t.text).join('')).toContain(fragment);
  return tokens[0].scopes;
}

describe('survey.tmLanguage.json', () => {
  it('is exactly what generate-tmlanguage.ts produces (run it after changing keywords)', () => {
    expect(readFileSync(grammarFile, 'utf8')).toBe(tmLanguageText());
  });

  it('highlights every keyword of the lexer with a keyword scope', () => {
    const missed = keywords.filter((k) => !scopesOf(k, k).some((s) => s.startsWith('keyword.')));
    expect(missed).toEqual([]);
  });

  it('groups keywords: declarations, question kinds, attributes, operators', () => {
    expect(scopesOf('scale sat5 1..5 {', 'scale')).toContain('keyword.declaration.survey');
    expect(scopesOf('  rating q "x" on sat5', 'rating')).toContain('keyword.other.question-kind.survey');
    expect(scopesOf('  rating q "x" on sat5', 'on')).toContain('keyword.other.attribute.survey');
    expect(scopesOf('  when a > 1 and not b', 'and')).toContain('keyword.operator.word.survey');
    expect(scopesOf('  when a > 1 and not b', '>')).toContain('keyword.operator.comparison.survey');
    expect(scopesOf('score s = a + b', '=')).toContain('keyword.operator.assignment.survey');
    expect(scopesOf('scale s 1..5 {', '..')).toContain('keyword.operator.range.survey');
  });

  it('highlights a dotted path into a repeat group and a where clause', () => {
    const line = '  let kids = count(members where age < 18) + sum(members.income)';
    expect(scopesOf(line, 'where')).toContain('keyword.operator.word.survey');
    expect(scopesOf(line, '.income')).toContain('punctuation.accessor.survey');
    expect(scopesOf(line, 'income')).toContain('variable.other.survey');
    expect(scopesOf('  let x = 1.5', '1.5')).toContain('constant.numeric.decimal.survey');
  });

  it('names what a declaration declares', () => {
    expect(scopesOf('survey crm {', 'crm')).toContain('entity.name.namespace.survey');
    expect(scopesOf('  scale sat5 1..5 {', 'sat5')).toContain('entity.name.type.scale.survey');
    expect(scopesOf('  choices vendors {', 'vendors')).toContain('entity.name.type.choices.survey');
    expect(scopesOf('  section usage "使用" {', 'usage')).toContain('entity.name.section.survey');
    expect(scopesOf('  score csat = mean(a)', 'csat')).toContain('entity.name.function.score.survey');
    expect(scopesOf('    single vendor "哪个?" from vendors', 'vendor')).toContain('entity.name.variable.question.survey');
    expect(scopesOf('      row speed "速度"', 'speed')).toContain('entity.name.variable.row.survey');
    // `on nps optional`: a keyword after a kind is not a name.
    expect(scopesOf('  rating r "x" on nps optional', 'optional')).toContain('keyword.other.attribute.survey');
  });

  it('highlights strings with escapes and {piping}', () => {
    const line = '  title "您好 {name}, \\"引号\\"" en: "Hello {name}\\u0021"';
    expect(scopesOf(line, '"您好')).toContain('string.quoted.double.survey');
    expect(scopesOf(line, 'name')).toContain('variable.other.piping.survey');
    expect(scopesOf(line, '{')).toContain('punctuation.definition.piping.begin.survey');
    expect(scopesOf(line, '\\"')).toContain('constant.character.escape.survey');
    expect(scopesOf(line, '\\u0021')).toContain('constant.character.escape.survey');
    expect(scopesOf(line, 'title')).toContain('keyword.other.attribute.survey');
  });

  it('highlights language tags, numbers and percentages', () => {
    const line = '  5 "非常满意" en: "Very satisfied" zh-Hant: "非常滿意"';
    expect(scopesOf(line, 'en')).toContain('entity.other.attribute-name.language.survey');
    expect(scopesOf(line, ':')).toContain('punctuation.separator.language.survey');
    expect(scopesOf(line, 'zh-Hant')).toContain('entity.other.attribute-name.language.survey');
    expect(scopesOf(line, '5')).toContain('constant.numeric.decimal.survey');
    expect(scopesOf('    exclude answered < 80%', '80%')).toContain('constant.numeric.percentage.survey');
    expect(scopesOf('    margin 0.05', '0.05')).toContain('constant.numeric.decimal.survey');
  });

  it('highlights comments, including block comments over several lines', () => {
    const tokens = tokenize(grammar, 'survey s { // note\n  /* one\n  two */ title "T"\n}');
    expect(scopesAt(tokens, 0, 12)).toContain('comment.line.double-slash.survey');
    expect(scopesAt(tokens, 1, 4)).toContain('comment.block.survey');
    expect(scopesAt(tokens, 2, 2)).toContain('comment.block.survey');
    expect(scopesAt(tokens, 2, 9)).toContain('keyword.other.attribute.survey');
  });

  it('highlights function calls, keywords that are callable included', () => {
    expect(scopesOf('  score x = rescale(mean(a, b), sat5)', 'rescale')).toContain('support.function.survey');
    expect(scopesOf('  score n = nps(recommend)', 'nps')).toContain('support.function.survey');
    expect(scopesOf('  score r = mean(reverse(a), b)', 'reverse')).toContain('support.function.survey');
    expect(scopesOf('  when not (a > 1)', 'not')).toContain('keyword.operator.word.survey');
  });
});

describe('agreement with the lexer on the examples', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const files = readdirSync(join(root, 'examples'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.survey'));

  it.each(files)('examples/%s', (file) => {
    const text = readFileSync(join(root, 'examples', file), 'utf8');
    const result = parse(text);
    const tokens = tokenize(grammar, text);
    const problems: string[] = [];
    const expectScope = (offset: number, prefix: string, what: string) => {
      const p = result.lineMap.position(offset);
      const scopes = scopesAt(tokens, p.line, p.character);
      if (!scopes.some((s) => s.startsWith(prefix))) problems.push(`${p.line + 1}:${p.character + 1} ${what}: ${scopes.join(' ')}`);
    };
    for (const t of result.tokens) {
      const name = t.tokenType.name;
      const callee = /^\s*\(/.test(text.slice(t.startOffset + t.image.length));
      if (name.startsWith('Kw_') && !callee) expectScope(t.startOffset, 'keyword.', `keyword ${t.image}`);
      else if (name === 'StringLiteral') expectScope(t.startOffset, 'string.', 'string');
      else if (name === 'NumberLiteral') expectScope(t.startOffset, 'constant.numeric.', `number ${t.image}`);
      else if (name === 'LangTag') expectScope(t.startOffset, 'entity.other.attribute-name.language.', `language tag ${t.image}`);
    }
    for (const c of result.comments) expectScope(c.range.start, 'comment.', 'comment');
    expect(problems).toEqual([]);
  });
});
