import { describe, expect, it } from 'vitest';
import { codes } from '../helpers.ts';
import { diagnostics, en, zhen } from '../methodology/kit.ts';

const often5 = `  scale often5 1..5 { 1 "从不" en: "Never" 2 "很少" en: "Rarely" 3 "有时" en: "Sometimes" 4 "经常" en: "Often" 5 "总是" en: "Always" }`;

describe('stem-scale (SVY5015)', () => {
  it('reports a satisfaction question on an agreement scale and the other way round (zh first)', () => {
    const text = zhen(`  rating service "您对我们的服务满意吗?" en: "How satisfied are you with our service?" on agree5
  rating staff "您是否同意:员工很专业?" en: "Do you agree that the staff are professional?" on sat5`);
    expect(codes(text)).toEqual(["8:81 SVY5015 'agree5'", "9:86 SVY5015 'sat5'"]);
    expect(diagnostics(text, 'SVY5015').map((d) => d.message)).toEqual([
      '\'service\' asks about satisfaction ("满意") but is answered on scale \'agree5\', whose labels measure agreement ("非常不同意" … "非常同意"). Answer it on a scale that measures satisfaction, or word the question to ask about agreement.',
      '\'staff\' asks about agreement ("同意") but is answered on scale \'sat5\', whose labels measure satisfaction ("非常不满意" … "非常满意"). Answer it on a scale that measures agreement, or word the question to ask about satisfaction.',
    ]);
  });

  it('reports importance and frequency stems on a satisfaction scale, and a matrix (en)', () => {
    const text = en(`  rating price "How important is the price to you?" on sat5
  matrix visits "How often do you use each of these?" on sat5 {
    row app "The app"
    row web "The website"
    row shop "The shop"
  }`);
    expect(diagnostics(text, 'SVY5015').map((d) => d.message.slice(0, 50))).toEqual([
      '\'price\' asks about importance ("important") but is',
      '\'visits\' asks about frequency ("How often") but is',
    ]);
  });

  it("accepts matching stems, stems that name no dimension, and stems that name the scale's own too", () => {
    expect(
      codes(
        zhen(`${often5}
  rating service "您对我们的服务满意吗?" en: "How satisfied are you with our service?" on sat5
  rating staff "您在多大程度上同意:员工很专业?" en: "How much do you agree that the staff are professional?" on agree5
  rating fast "办理速度" en: "Speed of service" on sat5
  matrix views "您在多大程度上同意以下说法?" en: "How much do you agree with these statements?" on agree5 {
    row v1 "我对服务感到满意" en: "I am satisfied with the service"
    row v2 "价格合理" en: "The prices are fair"
    row v3 "我会再来" en: "I will come back"
  }
  rating both "请评价您对服务满意度的同意程度" en: "Rate how much you agree with your own satisfaction rating" on agree5
  rating use "您多久使用一次我们的应用?" en: "How often do you use our app?" on often5`),
      ),
    ).toEqual([]);
  });
});
