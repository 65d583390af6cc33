import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { diagnostics, en, zhen } from '../methodology/kit.ts';

const depts = `  choices depts { internal "内科" en: "Internal medicine"  surgery "外科" en: "Surgery" }`;

describe('pipe-unanswered (SVY2185)', () => {
  it('reports a pipe of an optional question (zh)', () => {
    const text = zhen(`${depts}
  single dept "您今天就诊的科室是?" en: "Which department did you visit today?" from depts optional
  rating dept_sat "您对{dept}的医生满意吗?" en: "How satisfied are you with the doctors in {dept}?" on sat5`);
    expect(codes(text)).toEqual(["10:23 SVY2185 'dept'"]);
    expect(diagnostics(text, 'SVY2185')[0]!.message).toBe(
      "'dept_sat' pipes 'dept', which is optional and may be left unanswered: the text then has an empty gap. Show 'dept_sat' only `when answered(dept)`, make 'dept' required, or word the text without it.",
    );
  });

  it('reports a pipe of a question shown only under a condition the host does not share (en)', () => {
    const text = en(`  yesno loan "Did you ask about a loan today?"
  yesno approved "Was your loan approved?" when loan == yes
  text detail "You said your loan was {approved}. What could we improve?" optional`);
    expect(codes(text)).toEqual(["9:40 SVY2185 'approved'"]);
    expect(diagnostics(text, 'SVY2185')[0]!.message).toContain('which is shown only when `loan == yes`');
  });

  it('reports an optional hidden variable', () => {
    const text = en(`  hidden branch text "Branch" optional
  rating visit "How satisfied are you with your visit to {branch}?" on sat5`);
    expect(codes(text)).toEqual(["8:59 SVY2185 'branch'"]);
  });

  it('accepts guarded pipes and pipes of required questions (zh and en)', () => {
    expect(
      codes(
        zhen(`${depts}
  single dept "您今天就诊的科室是?" en: "Which department did you visit today?" from depts optional
  rating dept_sat "您对{dept}的医生满意吗?" en: "How satisfied are you with the doctors in {dept}?" on sat5 when answered(dept)
  single dept2 "您上次就诊的科室是?" en: "Which department did you visit last time?" from depts
  rating dept2_sat "您对{dept2}的医生满意吗?" en: "How satisfied were you with the doctors in {dept2}?" on sat5`),
      ),
    ).toEqual([]);
    expect(
      codes(
        en(`  yesno loan "Did you ask about a loan today?"
  yesno approved "Was your loan approved?" when loan == yes
  text detail "You said your loan was {approved}. What could we improve?" optional when loan == yes
  hidden branch text "Branch"
  rating visit "How satisfied are you with your visit to {branch}?" on sat5`),
      ),
    ).toEqual([]);
  });
});
