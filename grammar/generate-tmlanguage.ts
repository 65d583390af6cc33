// Generates survey.tmLanguage.json, the TextMate grammar editors use to colour .survey
// files. Keywords, their groups and token shapes come from @survey/syntax (the
// vocabulary table), so highlighting cannot drift from the lexer: a new keyword is
// highlighted (as an attribute unless its role puts it in a group below).
//   npx tsx --conditions=@survey/source grammar/generate-tmlanguage.ts   (rewrites the JSON)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { keywords, tokens, wordsWithRole } from '@survey/syntax';

export const grammarFile = fileURLToPath(new URL('./survey.tmLanguage.json', import.meta.url));

/** Keyword groups, from the vocabulary table's roles; every other keyword is an attribute. */
export const keywordGroups: Record<'declaration' | 'questionKind' | 'operator', string[]> = {
  declaration: wordsWithRole('declaration'),
  questionKind: wordsWithRole('question-kind'),
  // `where` of `count(members where age < 18)` reads as an operator, like `and` and `has`.
  operator: [...wordsWithRole('operator'), ...wordsWithRole('instance-filter')],
};

export const scopes = {
  declaration: 'keyword.declaration.survey',
  questionKind: 'keyword.other.question-kind.survey',
  attribute: 'keyword.other.attribute.survey',
  operator: 'keyword.operator.word.survey',
};

/** The name a declaration introduces, by its keyword. */
const declaredNames: Record<string, string> = {
  survey: 'entity.name.namespace.survey',
  scale: 'entity.name.type.scale.survey',
  choices: 'entity.name.type.choices.survey',
  section: 'entity.name.section.survey',
  score: 'entity.name.function.score.survey',
  hidden: 'entity.name.variable.hidden.survey',
  strata: 'entity.name.type.strata.survey',
  row: 'entity.name.variable.row.survey',
};
const questionName = 'entity.name.variable.question.survey';

/** Keywords the parser also accepts as a function name: `nps(q)`, `reverse(q)`. */
export const callableKeywords: readonly string[] = wordsWithRole('callable');

const source = (t: { PATTERN?: unknown }): string => (t.PATTERN as RegExp).source;
const alternation = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');

type Rule = Record<string, unknown>;

export function generateTmLanguage(): Rule {
  const known = new Set(keywords);
  for (const [group, words] of Object.entries(keywordGroups)) {
    for (const w of words) if (!known.has(w)) throw new Error(`'${w}' in keyword group ${group} is not a keyword of @survey/syntax.`);
  }
  const grouped = new Set(Object.values(keywordGroups).flat());
  const attributes = keywords.filter((k) => !grouped.has(k));
  const ident = source(tokens.Identifier);
  const notKeyword = `(?!(?:${alternation(keywords)})\\b)`;
  const langTag = source(tokens.LangTag);
  if (!langTag.endsWith(':')) throw new Error('LangTag no longer ends with a colon; update the generator.');

  const named = (words: string[], keywordScope: string, nameScope: string): Rule => ({
    match: `\\b(${alternation(words)})\\s+${notKeyword}(${ident})\\b`,
    captures: { 1: { name: keywordScope }, 2: { name: nameScope } },
  });
  const word = (words: string[], name: string): Rule => ({ match: `\\b(?:${alternation(words)})\\b`, name });

  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: 'Survey',
    scopeName: 'source.survey',
    fileTypes: ['survey'],
    patterns: [
      'comments',
      'strings',
      'language-tags',
      'declarations',
      'calls',
      'keywords',
      'numbers',
      'operators',
      'punctuation',
      'identifiers',
    ].map((r) => ({ include: `#${r}` })),
    repository: {
      comments: {
        patterns: [
          {
            name: 'comment.line.double-slash.survey',
            match: '(//).*$',
            captures: { 1: { name: 'punctuation.definition.comment.survey' } },
          },
          { name: 'comment.block.survey', begin: '/\\*', end: '\\*/', captures: { 0: { name: 'punctuation.definition.comment.survey' } } },
        ],
      },
      strings: {
        name: 'string.quoted.double.survey',
        begin: '"',
        end: '"|$',
        beginCaptures: { 0: { name: 'punctuation.definition.string.begin.survey' } },
        endCaptures: { 0: { name: 'punctuation.definition.string.end.survey' } },
        patterns: [
          { name: 'constant.character.escape.survey', match: '\\\\(?:u[0-9a-fA-F]{4}|.)' },
          {
            name: 'meta.interpolation.piping.survey',
            match: `(\\{)(${ident})(\\})`,
            captures: {
              1: { name: 'punctuation.definition.piping.begin.survey' },
              2: { name: 'variable.other.piping.survey' },
              3: { name: 'punctuation.definition.piping.end.survey' },
            },
          },
        ],
      },
      'language-tags': {
        match: `\\b(${langTag.slice(0, -1)})(:)`,
        captures: { 1: { name: 'entity.other.attribute-name.language.survey' }, 2: { name: 'punctuation.separator.language.survey' } },
      },
      declarations: {
        patterns: [
          ...Object.entries(declaredNames).map(([kw, name]) => named([kw], scopes.declaration, name)),
          named(keywordGroups.questionKind, scopes.questionKind, questionName),
        ],
      },
      calls: {
        match: `\\b${`(?!(?:${alternation(keywords.filter((k) => !callableKeywords.includes(k)))})\\b)`}(${ident})(?=\\s*\\()`,
        captures: { 1: { name: 'support.function.survey' } },
      },
      keywords: {
        patterns: [
          word(keywordGroups.declaration, scopes.declaration),
          word(keywordGroups.questionKind, scopes.questionKind),
          word(keywordGroups.operator, scopes.operator),
          word(attributes, scopes.attribute),
        ],
      },
      numbers: {
        patterns: [
          { name: 'constant.numeric.percentage.survey', match: '\\b\\d+(?:\\.\\d+)?%' },
          { name: 'constant.numeric.decimal.survey', match: '\\b\\d+(?:\\.\\d+)?\\b' },
        ],
      },
      operators: {
        patterns: [
          {
            name: 'keyword.operator.comparison.survey',
            match: [tokens.EqEq, tokens.NotEq, tokens.LtEq, tokens.GtEq, tokens.Lt, tokens.Gt].map(source).join('|'),
          },
          { name: 'keyword.operator.range.survey', match: source(tokens.DotDot) },
          { name: 'keyword.operator.assignment.survey', match: source(tokens.Assign) },
          {
            name: 'keyword.operator.arithmetic.survey',
            match: [tokens.Plus, tokens.Minus, tokens.Star, tokens.Slash].map(source).join('|'),
          },
        ],
      },
      punctuation: {
        patterns: [
          { name: 'punctuation.section.block.begin.survey', match: source(tokens.LBrace) },
          { name: 'punctuation.section.block.end.survey', match: source(tokens.RBrace) },
          { name: 'punctuation.section.parens.begin.survey', match: source(tokens.LParen) },
          { name: 'punctuation.section.parens.end.survey', match: source(tokens.RParen) },
          { name: 'punctuation.separator.comma.survey', match: source(tokens.Comma) },
          // `members.age`: the dot between a repeat group and its question.
          { name: 'punctuation.accessor.survey', match: '(?<=[A-Za-z0-9_])\\.(?=[A-Za-z_])' },
        ],
      },
      identifiers: { name: 'variable.other.survey', match: `\\b${ident}\\b` },
    },
  };
}

/** The file's exact text: what the drift test compares with the committed JSON. */
export function tmLanguageText(): string {
  return JSON.stringify(generateTmLanguage(), null, 2) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(grammarFile, tmLanguageText());
  console.log(`wrote ${grammarFile}`);
}
