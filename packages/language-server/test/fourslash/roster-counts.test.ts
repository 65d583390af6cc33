// Counts and aggregates over repeat groups in the editor: `members.` completes the group's
// questions (nested groups' too), `count(members ` offers `where`, and a where condition
// offers names; hover, definition and rename see `members` and `age` in `members.age` and
// inside `where` as the group and the question.
import { describe, expect, it } from 'vitest';
import { Fourslash } from './harness.ts';

const f = new Fourslash('roster-counts');

describe('roster counts: completion', () => {
  it("offers the group's questions after a dot, nested groups' included, and nothing else", () => {
    expect(f.labels('pathTyped')).toEqual(['age', 'hours']);
  });
  it('offers where after the group in count(), and names inside the condition', () => {
    expect(f.labels('afterGroup')).toEqual(['where']);
    expect(f.labels('inWhere')).toEqual(expect.arrayContaining(['age', 'size']));
  });
});

describe('roster counts: hover, navigation, rename', () => {
  it('hovers the group and the question of a dotted path', () => {
    expect(f.hoverText('membersQualifier')).toContain('**repeat group** `members`: asked as many times as the answer to `size`, at most 4');
    expect(f.hoverText('membersUse')).toContain('**repeat group** `members`');
    expect(f.hoverText('incomePath')).toContain('这位成员每月收入多少元?');
    expect(f.hoverText('ageInWhere')).toContain('asked once per instance of repeat group `members`');
  });
  it('goes to the declarations from a path and a where condition', () => {
    expect(f.definition('membersQualifier')).toEqual([f.spot('membersDecl')]);
    expect(f.definition('ageInWhere')).toEqual([f.spot('ageDecl')]);
  });
  it('renames a question in a path and in a where condition, and the group before the dot', () => {
    const age = [...f.rename('ageDecl', 'years').texts.values()].find((t) => t.includes('survey household'))!;
    expect(age).toContain('count(members where years < 18)');
    expect(age).toContain('max(members.years)');
    const group = [...f.rename('membersDecl', 'people').texts.values()].find((t) => t.includes('survey household'))!;
    expect(group).toContain('count(people where age < 18)');
    expect(group).toContain('sum(people.income)');
    expect(group).toContain('max(people.age)');
  });
});
