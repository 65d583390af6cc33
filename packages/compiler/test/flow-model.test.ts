// The flow model on an English-only questionnaire (the rule tests use Chinese and English):
// where each screen-out and page break stands, which sections are randomised or shuffled,
// shared sections used inside a group, and a clean check.
import { describe, expect, it } from 'vitest';
import { compileText } from '../src/index.ts';
import { pageStarts } from '../src/index.ts';

const shared = `section demographics "About you" {
  number age "How old are you?" min 0 max 120 integer
  screenout minor "Thank you! This survey is for adults only." when age < 18
}
`;

const text = `import "shared.survey"
survey panel {
  title "Panel survey"
  languages en
  confidentiality "Your answers are confidential."
  scale agree5 1..5 { 1 "Strongly disagree" 2 "Disagree" 3 "Neither agree nor disagree" 4 "Agree" 5 "Strongly agree" }
  yesno consent "Do you agree to take part?"
  screenout no_consent "Thank you for your time." when consent == no
  section demographics
  section attitudes "Your views" randomize {
    rating a1 "Shops near me have what I need." on agree5
    rating a2 "Prices near me are fair." on agree5
    rating a3 "Staff near me are helpful." on agree5
    page
    rating a4 "I would recommend the shops near me." on agree5 fixed
    rating a5 "I shop online more than a year ago." on agree5
    rating a6 "I prefer paying by card." on agree5
  }
  shuffle blocks {
    section food "Food" { yesno food_bought "In the past week, did you buy food in a shop?" }
    section clothes "Clothes" { yesno clothes_bought "In the past month, did you buy clothes in a shop?" }
  }
  end thanks "Thank you! Your answers help us improve."
}`;

describe('flow model (English-only questionnaire)', () => {
  const r = compileText(text, { files: { 'shared.survey': shared } });
  const f = r.survey!.flow;

  it('checks clean', () => {
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual([]);
    expect(r.diagnostics.filter((d) => /^SVY21[45]\d$/.test(d.code)).map((d) => d.code)).toEqual([]);
  });

  it('places screen-outs, including one in an imported section, after the questions before them', () => {
    expect(f.screenOuts.map((x) => [x.id, x.section, x.after, x.items])).toEqual([
      ['no_consent', '_part1', 1, ['consent']],
      ['minor', 'demographics', 2, ['age']],
    ]);
  });

  it('splits the randomised section into two pages and records groups and end screens', () => {
    expect(pageStarts(f, 'attitudes', 6)).toEqual([0, 3]);
    expect(f.randomSections).toEqual([{ section: 'attitudes', fixed: ['a4'] }]);
    expect(f.groups.map((g) => [g.id, g.sections, g.fixed])).toEqual([['blocks', ['food', 'clothes'], []]]);
    expect(f.ends.map((e) => [e.id, e.text.en, e.when])).toEqual([['thanks', 'Thank you! Your answers help us improve.', undefined]]);
  });
});
