// Comments in odd places: each is kept, where it was, and a second pass changes nothing.
import { describe, expect, it } from 'vitest';
import { formatSurvey } from '../src/index.ts';
import { commentTexts } from './helpers.ts';

async function formatsTo(source: string, expected: string): Promise<void> {
  const out = await formatSurvey(source);
  expect(out).toBe(expected);
  expect(commentTexts(out)).toEqual(commentTexts(source));
  expect(await formatSurvey(out)).toBe(out);
}

describe('comments', () => {
  it('inside empty braces', async () => {
    await formatsTo(
      'choices a { /* none yet */ }\nchoices b {\n// none yet\n}',
      'choices a { /* none yet */ }\nchoices b {\n  // none yet\n}\n',
    );
  });

  it('after an opening brace', async () => {
    await formatsTo('scale s 1..2 { // points\n1 "a" 2 "b" }', 'scale s 1..2 { // points\n  1 "a"\n  2 "b"\n}\n');
  });

  it('between the attributes of a question', async () => {
    await formatsTo(
      'section p { single q "Q" // why\n optional /* which list */ from vendors\n  // then\n  randomize }',
      'section p {\n  single q "Q" // why\n    optional /* which list */\n    from vendors\n    // then\n    randomize\n}\n',
    );
  });

  it('inside a multilingual text and an expression', async () => {
    await formatsTo(
      'section p { text q "问" /* t */ en: "Q" when /* a */ x > /* b */ 1 }',
      'section p {\n  text q "问" /* t */ en: "Q" when /* a */ x > /* b */ 1\n}\n',
    );
  });

  it('trailing a statement and before a closing brace', async () => {
    await formatsTo('survey s { title "T" // the title\n  // last\n}', 'survey s {\n  title "T" // the title\n  // last\n}\n');
  });

  it('at the end of a file without a final newline', async () => {
    await formatsTo('survey s {}\n// the end', 'survey s {}\n// the end\n');
    await formatsTo('survey s {} /* the end */', 'survey s {} /* the end */\n');
  });

  it('line comments lose trailing blanks; block comments keep their inner lines', async () => {
    await formatsTo('// note   \nsurvey s {\n    /* one\n       two */\n}', '// note\nsurvey s {\n  /* one\n       two */\n}\n');
  });

  it('a line comment inside a head puts the brace on its own line', async () => {
    await formatsTo('survey s // the survey\n{ title "T" }', 'survey s // the survey\n{\n  title "T"\n}\n');
  });
});
