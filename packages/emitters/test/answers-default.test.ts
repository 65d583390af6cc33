// `answers optional` in the survey header, through every output: the response schema's
// required lists, the survey JSON, the HTML form's required markers and the analysis
// configuration follow each question's effective requiredness (Chinese and English).
import { describe, expect, it } from 'vitest';
import { compileText } from '@survey/compiler';
import { responseSchema } from '../src/json-schema/emit.ts';
import { analysisDocument, emitHtml, surveyDocument } from '../src/index.ts';
import { makeAjv } from './support/ajv.ts';
import { unpackData, type PageData } from '../src/html/runtime/pack.ts';
import { envelope } from './support/respond.ts';

const source = (header: string) => `survey feedback {
  title "门店反馈" en: "Store feedback"
  languages zh, en
${header}
  single visit "您多久来一次？" en: "How often do you visit?" { often "经常" en: "Often" rarely "很少" en: "Rarely" }
  nps recommend "您会向朋友推荐本店吗？" en: "Would you recommend the store?" required
  text comments "其他意见" en: "Other comments" optional
}
`;

function outputs(header: string) {
  const r = compileText(source(header));
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const survey = r.survey!;
  const validate = makeAjv().compile(responseSchema(survey, r.binding));
  return {
    valid: (answers: Record<string, unknown>) => validate(envelope(survey, answers as never)),
    doc: surveyDocument(survey, r.binding) as unknown as { answers?: string },
    json: (
      surveyDocument(survey, r.binding) as unknown as { sections: Array<{ questions: Array<{ id: string; required: boolean }> }> }
    ).sections.flatMap((s) => s.questions),
    html: emitHtml(survey, r.binding),
    analysis: analysisDocument(survey, r.binding) as unknown as {
      variables: Array<{ name?: string; question?: string; required?: boolean }>;
    },
  };
}

// The runtime marks a question required from the page data (runtime/shells.ts; the built marks: browser/shells.test.ts).
const marked = (html: string, id: string) => {
  const data = /<script type="application\/json" id="survey-data">([\s\S]*?)<\/script>/.exec(html)![1];
  return unpackData(JSON.parse(data) as PageData).questions.find((q) => q.id === id)!.required;
};

describe('answers optional in the outputs', () => {
  it('leaves unmarked questions required without the header line', () => {
    const o = outputs('');
    expect(o.valid({ recommend: 9 })).toBe(false); // visit is required
    expect(o.valid({ visit: 'often', recommend: 9 })).toBe(true);
    expect(o.json.map((q) => [q.id, q.required])).toEqual([
      ['visit', true],
      ['recommend', true],
      ['comments', false],
    ]);
    expect(marked(o.html, 'visit')).toBe(true);
    expect(o.doc.answers).toBeUndefined();
  });

  it('makes unmarked questions optional under `answers optional`, keeping `required` ones', () => {
    const o = outputs('  answers optional');
    expect(o.valid({ recommend: 9 })).toBe(true);
    expect(o.valid({ visit: 'often' })).toBe(false); // recommend still required
    expect(o.json.map((q) => [q.id, q.required])).toEqual([
      ['visit', false],
      ['recommend', true],
      ['comments', false],
    ]);
    expect(o.doc.answers).toBe('optional');
    expect(marked(o.html, 'visit')).toBe(false);
    expect(marked(o.html, 'recommend')).toBe(true);
    const v = o.analysis.variables.find((x) => x.question === 'visit');
    expect(v?.required).toBe(false);
    expect(o.analysis.variables.find((x) => x.question === 'recommend')?.required).toBe(true);
  });
});
