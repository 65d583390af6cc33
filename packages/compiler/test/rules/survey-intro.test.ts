import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { apply, diagnostics } from '../methodology/kit.ts';

const bare = `survey t {
  title "测试" en: "Test"
  languages zh, en
  rating q "您对本次服务满意吗?" en: "How satisfied are you with this service?" on nps
}
`;

describe('survey-intro (SVY6001, SVY6002)', () => {
  it('reports a survey without intro and without confidentiality, at its name', () => {
    expect(codes(bare)).toEqual(["1:8 SVY6001 't'", "1:8 SVY6002 't'"]);
  });

  it('offers templates in every language, inserted after the languages', () => {
    let text = bare;
    for (const code of ['SVY6001', 'SVY6002']) text = apply(text, diagnostics(text, code)[0].fixes![0]);
    expect(text).toContain(
      '  languages zh, en\n  intro "本问卷旨在了解您对……的评价,以便我们改进。填写约需 N 分钟。" en: "This survey asks how you rate … so that we can improve. It takes about N minutes."\n  confidentiality "参与完全自愿。',
    );
    expect(codes(text)).toEqual([]);
  });

  it('accepts an intro that promises confidentiality (保密, anonymous)', () => {
    const text = bare.replace(
      '  languages zh, en\n',
      '  languages zh, en\n  intro "本问卷匿名填写,您的回答将严格保密。" en: "This survey is anonymous."\n',
    );
    expect(codes(text)).toEqual([]);
  });

  it('reports an intro that does not promise confidentiality', () => {
    const text = bare.replace('  languages zh, en\n', '  languages zh, en\n  intro "感谢您的惠顾!" en: "Thank you for your purchase!"\n');
    expect(codes(text)).toEqual(["1:8 SVY6002 't'"]);
  });
});
