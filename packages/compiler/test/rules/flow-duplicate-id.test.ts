import { describe, expect, it } from 'vitest';
import { codes, survey } from '../helpers.ts';

describe('flow-duplicate-id (SVY2145)', () => {
  it('accepts distinct ids (a screen-out and an end screen may share one)', () => {
    const text = survey(`  yesno customer "您是我们的客户吗?" en: "Are you our customer?"
  screenout thanks "谢谢" en: "Thank you" when customer == no
  end thanks "谢谢!" en: "Thank you!"`);
    expect(codes(text, { only: ['SVY2145'] })).toEqual([]);
  });

  it('reports repeated screen-out and end ids, and a group named like a section', () => {
    const text = survey(`  yesno customer "Customer?"
  screenout out "Bye" when customer == no
  screenout out "Bye" when customer == no
  end bye "Thanks"
  end bye "Thanks"
  shuffle b1 {
    section b1 "One" { yesno x "X?" }
    section b2 "Two" { yesno y "Y?" }
  }`);
    expect(codes(text, { only: ['SVY2145'] })).toEqual(["13:13 SVY2145 'out'", "15:7 SVY2145 'bye'", "16:11 SVY2145 'b1'"]);
  });
});
