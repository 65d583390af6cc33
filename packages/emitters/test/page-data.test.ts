// The survey data as the form's page carries it: shorter than the runtime's view, and
// unpacked back to exactly what runtimeQuestion made, for every example and fixture and
// for a generated survey of many questions on a few shared scales.
import { describe, expect, it } from 'vitest';
import { compileText } from '@survey/compiler';
import { runtimeQuestion } from '../src/html/data.ts';
import { packData, packQuestions, unpackData, unpackQuestions, type PageData } from '../src/html/runtime/pack.ts';
import { emitHtml } from '../src/html/emit.ts';
import { allCases } from './support/load.ts';

describe.each(allCases().map((c) => [c.name, c] as const))('%s', (_name, c) => {
  it('unpacks the page data to the runtime view of every question', () => {
    const questions = c.result.survey!.questions.map((q) => runtimeQuestion(q, c.result.binding));
    const { questions: packed, scales } = packQuestions(structuredClone(questions));
    expect(unpackQuestions(JSON.parse(JSON.stringify(packed)), JSON.parse(JSON.stringify(scales)))).toEqual(questions);
  });
});

describe('a survey of rated items on shared scales (中文与 English)', () => {
  const items = Array.from({ length: 40 }, (_, i) => `    rating r${i} "第 ${i} 题" en: "Item ${i}" on ${i % 2 ? 'sat' : 'agree'}`).join(
    '\n',
  );
  const text = `survey s {
  title "满意度" en: "Satisfaction"
  languages zh, en
  scale sat 1..5 anchored {
    1 "不满意" en: "Dissatisfied"
    5 "满意" en: "Satisfied"
    missing 9 "不知道" en: "Don't know"
  }
  scale agree 1..5 anchored {
    1 "不同意" en: "Disagree"
    5 "同意" en: "Agree"
  }
  section one "第一部分" en: "Part one" {
${items}
    yesno member "您是会员吗?" en: "Are you a member?"
    matrix m "各方面" en: "Aspects" on sat {
      row a "价格" en: "Price"
      row b "质量" en: "Quality"
    }
  }
}`;
  it('states each scale once and leaves out the names and codes the runtime puts back', () => {
    const r = compileText(text);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const questions = r.survey!.questions.map((q) => runtimeQuestion(q, r.binding));
    const { questions: packed, scales } = packQuestions(questions);
    expect(Object.keys(scales).sort()).toEqual(['agree', 'sat']);
    expect(scales.sat).toEqual({ codes: [1, 2, 3, 4, 5, 9], missing: [9] });
    expect(packed.filter((q) => 'codes' in q || 'missing' in q)).toEqual([]);
    expect(packed.find((q) => q.id === 'm')?.names).toEqual(['a', 'b']);
    expect(packed.filter((q) => q.id !== 'm' && 'names' in q)).toEqual([]);
    expect(packed.filter((q) => 'required' in q)).toEqual([]);
    expect(unpackQuestions(packed, scales)).toEqual(questions);
  });
});

describe('option texts of questions on one shared list (中文与 English)', () => {
  const text = `survey s {
  title "门店" en: "Stores"
  languages zh, en
  choices city { bj "北京" en: "Beijing" sh "上海" en: "Shanghai" other "其他" en: "Other" }
  section one "第一部分" en: "Part one" {
    single home "您住在哪里?" en: "Where do you live?" from city
    single work "您在哪里工作?" en: "Where do you work?" from city
    multi visited "您去过哪些城市?" en: "Which cities have you visited?" from city
    single own "您最喜欢哪座?" en: "Which one do you like best?" { bj "北京" en: "Beijing" gz "广州" en: "Guangzhou" }
  }
}`;
  const page = () => {
    const r = compileText(text);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const html = emitHtml(r.survey!, r.binding);
    return JSON.parse(/<script type="application\/json" id="survey-data">([\s\S]*?)<\/script>/.exec(html)![1]) as PageData;
  };

  it('names the question whose texts they are instead of writing each key', () => {
    const p = page();
    expect(p.sameOptions).toEqual({ home: ['work', 'visited'] });
    expect(Object.keys(p.texts).filter((k) => /^opt\.(work|visited)\./.test(k))).toEqual([]);
    const data = unpackData(structuredClone(p));
    expect(data.texts['opt.work.sh']).toBe('opt.home.sh');
    expect(data.texts['opt.visited.other']).toBe('opt.home.other');
    expect(data.texts['opt.home.bj']).toEqual({ zh: '北京', en: 'Beijing' }); // in the list's template, so not read from the page
    expect(data.texts['opt.own.bj']).toEqual(p.texts['opt.own.bj']); // a question's own options stay as they are
  });
});

describe.each(allCases().map((c) => [c.name, c] as const))('%s: the page data', (_name, c) => {
  it('packs and unpacks back to the same data', () => {
    const html = emitHtml(c.result.survey!, c.result.binding);
    const p = JSON.parse(/<script type="application\/json" id="survey-data">([\s\S]*?)<\/script>/.exec(html)![1]) as PageData;
    const data = unpackData(structuredClone(p));
    expect(packData(structuredClone(data))).toEqual(p);
    expect(unpackData(JSON.parse(JSON.stringify(packData(data))))).toEqual(data);
  });
});
