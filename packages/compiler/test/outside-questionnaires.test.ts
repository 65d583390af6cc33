// Questionnaires written as an outside tester would (issue 13): five domains, half Chinese
// first, half English first, each with defects planted as a survey methodologist would
// flag them (see the comments in each file). The test pins the exact codes each yields, so
// a rule that stops catching a planted defect, or starts firing on a clean part, fails here.
// Every planted defect is now caught: the last three (a count "of them" (其中) that may
// exceed its total, SVY2187; a fewest/most pair without a `check`, SVY2188; `exclude
// straightline` on a single rating, SVY2053) by rules written for their class.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from './helpers.ts';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures/outside');
const codesOf = (file: string) =>
  compile(readFileSync(join(dir, file), 'utf8'))
    .diagnostics.map((d) => d.code)
    .sort();

describe('outside questionnaires with planted defects', () => {
  it('hospital outpatient (zh first)', () => {
    expect(codesOf('hospital-outpatient.survey')).toEqual([
      'SVY2054',
      'SVY2185',
      'SVY2186',
      'SVY2187',
      'SVY5001',
      'SVY6011',
      'SVY6023',
      'SVY6024',
    ]);
  });

  it('bank branch (en first)', () => {
    expect(codesOf('bank-branch.survey')).toEqual([
      'SVY2016',
      'SVY2053',
      'SVY2054',
      'SVY2185',
      'SVY5021',
      'SVY6007',
      'SVY6010',
      'SVY6023',
      'SVY6024',
    ]);
  });

  it('online course (zh first)', () => {
    expect(codesOf('online-course.survey')).toEqual([
      'SVY2005',
      'SVY2005',
      'SVY2050',
      'SVY2188',
      'SVY4008',
      'SVY5005',
      'SVY6008',
      'SVY6010',
      'SVY6011',
      'SVY6024',
    ]);
  });

  it('public transport (en first)', () => {
    expect(codesOf('public-transport.survey')).toEqual([
      'SVY2002',
      'SVY2185',
      'SVY2186',
      'SVY4001',
      'SVY4001',
      'SVY4005',
      'SVY4005',
      'SVY4007',
      'SVY4007',
      'SVY5001',
      'SVY5002',
      'SVY5011',
      'SVY5016',
      'SVY5022',
      'SVY6011',
      'SVY6020',
      'SVY6020',
      'SVY6020',
      'SVY6023',
      'SVY6024',
      'SVY6024',
    ]);
  });

  it('B2B supplier evaluation (zh first)', () => {
    expect(codesOf('supplier-evaluation.survey')).toEqual([
      'SVY2053',
      'SVY2054',
      'SVY2187',
      'SVY5001',
      'SVY6011',
      'SVY6021',
      'SVY6023',
      'SVY6024',
    ]);
  });

  // Second round: new questionnaires written for the classes above, with new wording.
  it('community services (zh first, second round)', () => {
    expect(codesOf('community-services.survey')).toEqual(['SVY2187', 'SVY2188', 'SVY2188', 'SVY2189', 'SVY5012', 'SVY5015', 'SVY6025']);
  });

  it('hotel stay (en first, second round)', () => {
    expect(codesOf('hotel-stay.survey')).toEqual(['SVY2187', 'SVY2188', 'SVY2189', 'SVY2189', 'SVY2190', 'SVY5015']);
  });
});
