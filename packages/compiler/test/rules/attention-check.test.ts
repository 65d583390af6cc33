import { describe, expect, it } from 'vitest';
import { codes, compile, survey } from '../helpers.ts';

const only = ['SVY5023'];
const check = (question: string, expected: string) => survey(`${question}\n  quality { exclude attention chk != ${expected} }`);

describe('attention-check (SVY5023)', () => {
  it('reports an expected answer off the scale, at the value', () => {
    const text = check('  rating chk "本题请选择“满意”" en: "Please choose Satisfied" on sat5', '6');
    expect(codes(text, { only })).toEqual(["12:38 SVY5023 '6'"]);
    expect(compile(text).diagnostics.find((d) => d.code === 'SVY5023')!.message).toBe(
      "The attention check expects 6 from 'chk', but scale 'sat5' has no 6: it would exclude every respondent. Expect one of 1, 2, 3, 4, 5.",
    );
  });

  it('reports an optional or conditional attention question (en)', () => {
    expect(codes(check('  rating chk "Please choose Satisfied" on sat5 optional', '4'), { only })).toEqual(["12:38 SVY5023 '4'"]);
    const text = check('  yesno buyer "Have you bought?"\n  rating chk "Please choose Satisfied" on sat5 when buyer == yes', '4');
    expect(compile(text).diagnostics.find((d) => d.code === 'SVY5023')!.message).toContain('shown only when a condition holds');
  });

  it('accepts a required question with a code on its scale', () => {
    expect(codes(check('  rating chk "本题请选择“满意”" en: "Please choose Satisfied" on sat5', '4'), { only })).toEqual([]);
  });
});
