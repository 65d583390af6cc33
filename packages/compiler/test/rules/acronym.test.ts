import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { applyFix, zhen } from '../methodology/kit.ts';

describe('acronym (SVY4008)', () => {
  it('reports an unexplained acronym once, where it first appears', () => {
    const text = zhen('  rating q "您对我们的 SLA 执行情况满意吗?" en: "How satisfied are you with how we meet our SLA?" on sat5');
    expect(codes(text)).toEqual(["8:19 SVY4008 'SLA'"]);
  });

  it('accepts an acronym explained in help, in parentheses or in the glossary', () => {
    expect(
      codes(
        zhen(
          '  rating q "您对我们的 SLA 执行情况满意吗?" en: "How satisfied are you with how we meet our SLA?" help "SLA 即服务水平协议" en: "SLA: service level agreement" on sat5',
        ),
      ),
    ).toEqual([]);
    expect(
      codes(
        zhen(
          '  rating q "您对我们履行服务水平协议(SLA)的情况满意吗?" en: "How satisfied are you with how we meet our service level agreement (SLA)?" on sat5',
        ),
      ),
    ).toEqual([]);
    expect(
      codes(
        zhen(
          '  rating q "您对我们的 SLA 执行情况满意吗?" en: "How satisfied are you with how we meet our SLA?" on sat5',
          '\n  glossary { SLA "服务水平协议" en: "service level agreement" }',
        ),
      ),
    ).toEqual([]);
  });

  it('knows common acronyms, and more from survey.config.json', () => {
    expect(codes(zhen('  rating q "您对我们的 APP 满意吗?" en: "How satisfied are you with our APP?" on sat5'))).toEqual([]);
    const text = zhen('  rating q "您对我们的 ERP 满意吗?" en: "How satisfied are you with our ERP?" on sat5');
    expect(codes(text)).toEqual(["8:19 SVY4008 'ERP'"]);
    expect(codes(text, { config: { options: { SVY4008: { known: ['ERP'] } } } })).toEqual([]);
  });

  it('ignores all-caps emphasis', () => {
    expect(codes(zhen('  rating q "请只考虑本次服务。" en: "Think ONLY of this visit: how satisfied are you?" on sat5'))).toEqual([]);
  });
});

describe('acronym (SVY4008): plurals and emphasis', () => {
  const got = (text: string) => codes(text, { only: ['SVY4008'] }).map((c) => c.split(' ').slice(1).join(' '));

  it('reports a plural acronym once and accepts it when the glossary defines the singular', () => {
    const q = '  rating q "您的 KPI 是否清晰?" en: "How clear are your team\'s KPIs?" on sat5';
    expect(got(zhen(q))).toEqual(["SVY4008 'KPI'"]);
    expect(got(zhen(q, '\n  glossary { KPI "关键绩效指标" en: "key performance indicator" }'))).toEqual([]);
  });

  it('does not take emphasis in capitals for an acronym', () => {
    expect(got(zhen('  yesno q "您用过我们的应用吗?" en: "Have you EVER used our app? Was it delivered ON TIME, THIS WEEK?"'))).toEqual([]);
  });
});

describe('acronym quick fix: define it in the glossary', () => {
  const q = '  rating crm "您对目前使用的 CRM 系统满意吗?" en: "How satisfied are you with your CRM system?" on sat5';

  it('adds a glossary after the header, in every language, and the result checks clean', () => {
    const fixed = applyFix(zhen(q), 'SVY4008');
    expect(fixed).toContain('glossary { CRM "CRM 的全称" en: "CRM spelled out" }');
    expect(codes(fixed)).toEqual([]);
  });

  it('adds an entry to an existing glossary', () => {
    const fixed = applyFix(zhen(q, '\n  glossary {\n    SLA "服务水平协议" en: "service level agreement"\n  }'), 'SVY4008');
    expect(fixed).toContain('    SLA "服务水平协议" en: "service level agreement"\n    CRM "CRM 的全称" en: "CRM spelled out"\n  }');
    expect(codes(fixed)).toEqual([]);
  });
});
