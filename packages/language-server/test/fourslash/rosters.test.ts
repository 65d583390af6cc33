// Repeat groups (rosters) in the editor: completion offers roster questions inside the
// instance and in aggregates, hover says what a roster is and that a question is asked
// per instance, definition and rename reach roster members and the roster's own name.
import { describe, expect, it } from 'vitest';
import { Fourslash } from './harness.ts';

const f = new Fourslash('rosters');

describe('rosters in the editor', () => {
  it('offers the instance questions in a condition inside it and in an aggregate outside', () => {
    expect(f.labels('inInstance')).toEqual(expect.arrayContaining(['name', 'size']));
    expect(f.labels('aggArg')).toEqual(expect.arrayContaining(['age', 'name']));
  });

  it('hovers a roster and a roster question', () => {
    const roster = f.hoverText('membersUse')!;
    expect(roster).toContain('**repeat group** `members`: asked as many times as the answer to `size`, at most 6');
    expect(roster).toContain('家庭成员');
    expect(roster).toContain('questions: `name` `age` `works`');
    expect(f.hoverText('aggArg')).toContain('asked once per instance of repeat group `members`');
  });

  it('goes to a roster question from a pipe, and to a roster from its use', () => {
    expect(f.definition('namePipe')).toEqual([f.spot('nameDecl')]);
    expect(f.definition('membersUse')).toEqual([f.spot('membersDecl')]);
  });

  it('renames a roster question everywhere, pipes included, and a roster with its uses', () => {
    const text = [...f.rename('nameDecl', 'full_name').texts.values()][0];
    expect(text).toContain('text full_name "这位家庭成员怎么称呼?"');
    expect(text).toContain('{full_name}今年多大?');
    expect(text).toContain('Does {full_name} have a job?');
    const text2 = [...f.rename('membersDecl', 'people').texts.values()][0];
    expect(text2).toContain('repeat people "家庭成员"');
    expect(text2).toContain('and people >= 2');
  });
});
