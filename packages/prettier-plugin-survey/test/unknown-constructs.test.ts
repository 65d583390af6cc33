// When the tree holds less than the text (a construct newer than this printer), the
// printer keeps the tokens it cannot place instead of dropping them. Simulated with a
// parser that removes parts of the tree after parsing.
import { describe, expect, it } from 'vitest';
import { format, type Plugin } from 'prettier';
import { parse, type QuestionDecl, type SurveyDecl } from '@survey/syntax';
import plugin, { parseSurvey, type SurveyRoot } from '../src/index.ts';
import { commentTexts } from './helpers.ts';

const source = `survey s {
  title "T" // title
  section p {
    text q "问题" en: "Question" help /* h */ "帮助" optional when a > 1 and b < 2
  }
  score x = mean(a, b) require 2
}
`;

function withTreeEdit(edit: (root: SurveyRoot) => void): Plugin {
  const parser = plugin.parsers!.survey;
  return {
    ...plugin,
    parsers: {
      survey: {
        ...parser,
        parse: (text: string) => {
          const root = parseSurvey(text);
          edit(root);
          return root;
        },
      },
    },
  };
}

const images = (text: string) => parse(text).tokens.map((t) => t.image);
const survey = (root: SurveyRoot) => root.surveys[0] as SurveyDecl;
const question = (root: SurveyRoot) => (survey(root).members[1] as { questions: QuestionDecl[] }).questions[0];

describe.each<[string, (root: SurveyRoot) => void]>([
  ['a statement missing from its list', (root) => void survey(root).members.splice(0, 1)],
  ['an attribute value missing from its question', (root) => void (question(root).help = undefined)],
  ['an expression missing its right side', (root) => void ((question(root).when as { right?: unknown }).right = undefined)],
  ['a statement of an unknown kind', (root) => void ((survey(root).members[2] as { kind: string }).kind = 'Quota')],
])('%s', (_name, edit) => {
  it('keeps every token and comment', async () => {
    const out = await format(source, { parser: 'survey', plugins: [withTreeEdit(edit)] });
    expect(images(out)).toEqual(images(source));
    expect(commentTexts(out)).toEqual(commentTexts(source));
  });
});

describe('the token layout of a statement the printer cannot place', () => {
  it('prints calls of keywords (nps, reverse, answered) with no space before (', async () => {
    const text =
      'survey s {\n  score nps_score "净推荐值" en: "Net Promoter Score" = nps(recommend)\n  score r = mean(reverse(a), answered(a, b))\n}\n';
    const dropFormulas = withTreeEdit((root) => {
      for (const m of survey(root).members) (m as { expr?: unknown }).expr = undefined;
    });
    expect(await format(text, { parser: 'survey', plugins: [dropFormulas] })).toBe(text);
  });
});
