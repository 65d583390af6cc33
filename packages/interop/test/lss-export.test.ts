// LimeSurvey .lss export, proven by importing it back through our LimeSurvey importer
// (which reads LimeSurvey's own exports, test/lss-import.test.ts and the corpus):
// every example and fixture, Chinese and English, comes back with the same
// questions, options, scales, rows, bounds and relevance — compared field by field
// after LimeSurvey's code rules (letters and digits; answer codes at most 5), whose
// renames the export reports. Well-formedness is checked by xmllint in test/xmllint/lss.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileText } from '@survey/compiler';
import { describe, expect, it } from 'vitest';
import { documentOf, exportSurvey } from '../src/index.ts';
import { exampleSurveys as examples, compiled, fixture, importClean, repoRoot } from './helpers.ts';
import { asLimeSurveyNames, lssCarriesNot } from './lss-roundtrip.ts';
import { compareSurveys } from './roundtrip.ts';

// The household-listing example is compared in test/lss-repeats.test.ts instead: its
// repeat group is written as copies (LimeSurvey has no repeat groups), and LimeSurvey has
// no locations, signatures or calculated values.
const sources = [fixture('clinic-zh.survey'), fixture('library-en.survey'), ...examples.filter((e) => !e.includes('household-listing'))];

const tally = { fields: 0, exact: 0 };

describe('LimeSurvey .lss export', () => {
  it.each(sources.map((s) => [s.slice(repoRoot.length)]))('%s round-trips through the LimeSurvey importer', async (rel) => {
    const doc = compiled(join(repoRoot, rel));
    const { files, notes } = await exportSurvey(doc, ['lss']);
    expect(files[0].fileName).toBe(`${doc.id}.lss`);
    expect(notes.every((n) => n.format === 'lss')).toBe(true);
    const back = documentOf((await importClean(files[0].fileName, files[0].contents as string, 'lss')).result);
    const { fields, diffs } = compareSurveys(asLimeSurveyNames(doc), back);
    tally.fields += fields;
    tally.exact += fields - diffs.length;
    expect(diffs.filter((d) => !lssCarriesNot(d)).map((d) => JSON.stringify(d).slice(0, 200))).toEqual([]);
  });

  it('prints the share of fields that come back exactly', () => {
    expect(tally.fields).toBeGreaterThan(0);
    console.log(`lss: ${tally.exact}/${tally.fields} fields exact (${((100 * tally.exact) / tally.fields).toFixed(1)}%)`);
  });
});

/** Each table of an .lss file with its field names, in order. */
function tablesOf(xml: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of xml.matchAll(/<(\w+)>\s*<fields>([\s\S]*?)<\/fields>/g))
    out.set(
      m[1],
      [...m[2].matchAll(/<fieldname>(\w+)<\/fieldname>/g)].map((f) => f[1]),
    );
  return out;
}

describe('the .lss layout against a file LimeSurvey 6 wrote itself', () => {
  it('writes the tables and fields LimeSurvey 6 writes, the question fields exactly in its order', async () => {
    const real = tablesOf(readFileSync(fixture('corpus/lss/imex-survey-one-question-two-languages.lss'), 'utf8'));
    const { files } = await exportSurvey(compiled(fixture('clinic-zh.survey')), ['lss']);
    const ours = tablesOf(files[0].contents as string);
    expect(String(files[0].contents)).toContain('<DBVersion>630</DBVersion>');
    expect(ours.get('questions')).toEqual(real.get('questions'));
    expect(ours.get('subquestions')).toEqual(real.get('questions'));
    expect(ours.get('question_l10ns')).toEqual(real.get('question_l10ns'));
    expect(ours.get('question_attributes')).toEqual(real.get('question_attributes'));
    expect(ours.get('groups')).toEqual(real.get('groups'));
    for (const t of ['group_l10ns', 'surveys', 'surveys_languagesettings'])
      expect(
        ours.get(t)!.filter((f) => !real.get(t)!.includes(f)),
        t,
      ).toEqual([]);
    // answers and answer_l10ns (the real file has no list question): LimeSurvey's export helper writes the table's columns.
    expect(ours.get('answers')).toEqual(['aid', 'qid', 'code', 'sortorder', 'assessment_value', 'scale_id']);
    expect(ours.get('answer_l10ns')).toEqual(['id', 'aid', 'answer', 'language']);
  });
});

describe('carry-forward as an array filter', () => {
  it('writes `from used selected` as array_filter and reads it back as carry-forward', async () => {
    const doc = compiled(join(repoRoot, 'examples/media-company/media.survey'));
    const { files, notes } = await exportSurvey(doc, ['lss']);
    const xml = files[0].contents as string;
    expect(xml).toMatch(/<attribute><!\[CDATA\[array_filter\]\]><\/attribute>\s*<value><!\[CDATA\[used\]\]><\/value>/);
    expect(notes.filter((n) => n.element === 'most_valued' && n.message.startsWith('carry-forward'))).toEqual([]);
    const back = documentOf((await importClean(files[0].fileName, xml, 'lss')).result);
    const q = back.sections.flatMap((s) => s.questions).find((x) => x.id === 'mostValued');
    expect(q?.carryForward).toEqual({ from: 'used', selected: true });
    // A filter naming no earlier multiple choice is reported, and the options stay.
    const broken = xml.replace(/(<attribute><!\[CDATA\[array_filter\]\]><\/attribute>\s*<value><!\[CDATA\[)used\]\]>/, '$1tenure]]>');
    const r = await importClean(files[0].fileName, broken, 'lss');
    expect(r.problems.map((p) => p.message)).toContain(
      "array filter 'tenure' not imported (only an earlier multiple choice with the same option codes is carried forward)",
    );
  });

  it('notes a carry-forward from a single choice, which LimeSurvey cannot filter by', async () => {
    const result = compileText(`survey cf {
  title "转入" en: "Carry"
  languages zh, en
  section s "一" en: "One" {
    single first "第一" en: "First" {
      a "甲" en: "A"
      b "乙" en: "B"
    }
    single again "再选" en: "Again" from first not selected
  }
}
`);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const { notes } = await exportSurvey(documentOf(result), ['lss']);
    expect(notes.map((n) => `${n.element}: ${n.message}`)).toContain(
      "again: carry-forward not exported to lss: every option of 'first' is offered, not only those not chosen there.",
    );
  });
});

describe('flow in LimeSurvey terms', () => {
  const source = `survey flow_demo {
  title "流程" en: "Flow"
  languages zh, en
  scale sat5 1..5 anchored { 1 "很差" en: "Poor" 5 "很好" en: "Good" }
  section screening "筛选" en: "Screening" {
    yesno customer "您在我们的门店购物过吗?" en: "Have you shopped in our stores?"
    screenout not_customer "感谢您的关注!" en: "Thank you for your interest!" when customer == no
  }
  section service "服务评价" en: "Our service" randomize {
    rating overall "总体满意度" en: "Overall satisfaction" on sat5 fixed
    rating staff "店员服务" en: "Our staff" on sat5
    rating speed "结账速度" en: "Checkout speed" on sat5
    page
    rating clean "整洁" en: "Cleanliness" on sat5
    rating light "照明" en: "Lighting" on sat5
  }
  shuffle brands {
    section brand_a "品牌 A" en: "Brand A" { yesno bought_a "您买过品牌 A 吗?" en: "Have you bought Brand A?" }
    section brand_b "品牌 B" en: "Brand B" { yesno bought_b "您买过品牌 B 吗?" en: "Have you bought Brand B?" }
    section other "其他" en: "Other brands" fixed { yesno bought_other "您买过其他品牌吗?" en: "Have you bought other brands?" }
  }
  end thanks "谢谢您的参与!" en: "Thank you for taking part!"
}
`;
  it('writes shuffled sections as a group randomization and a randomised section as question random groups per page', async () => {
    const result = compileText(source);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const { files, notes } = await exportSurvey(documentOf(result), ['lss']);
    const xml = files[0].contents as string;
    const groups = [
      ...xml.matchAll(
        /<group_order><!\[CDATA\[(\d)\]\]><\/group_order>\s*<randomization_group(?:\/>|><!\[CDATA\[(\w+)\]\]><\/randomization_group>)/g,
      ),
    ];
    expect(groups.map((m) => `${m[1]}:${m[2] ?? ''}`)).toEqual(['1:', '2:', '3:brands', '4:brands', '5:']);
    const randomGroup = (code: string) => {
      const qid = new RegExp(
        `<qid><!\\[CDATA\\[(\\d+)\\]\\]></qid>\\s*<parent_qid><!\\[CDATA\\[0\\]\\]></parent_qid>(?:\\s*<[a-z_]+>.*</[a-z_]+>)*?\\s*<title><!\\[CDATA\\[${code}\\]\\]></title>`,
      ).exec(xml)?.[1];
      return new RegExp(
        `<qid><!\\[CDATA\\[${qid}\\]\\]></qid>\\s*<attribute><!\\[CDATA\\[random_group\\]\\]></attribute>\\s*<value><!\\[CDATA\\[(\\w+)\\]\\]>`,
      ).exec(xml)?.[1];
    };
    expect(['overall', 'staff', 'speed', 'clean', 'light'].map(randomGroup)).toEqual([
      undefined,
      'service',
      'service',
      'service_p2',
      'service_p2',
    ]);
    expect(notes.map((n) => `${n.element}: ${n.message}`)).toEqual(
      expect.arrayContaining([
        'not_customer: screen-outs are not exported to LimeSurvey: the survey does not end early, and the message is not shown.',
        "thanks: end screens are not exported to LimeSurvey: the survey's own end text is shown.",
        'service: page breaks inside a section are not exported to LimeSurvey: each question group is one page.',
        'order: LimeSurvey shuffles with randomization groups but does not record the order shown in the response.',
      ]),
    );
  });
});

describe('hidden variables as hidden questions', () => {
  it('writes them hidden in the first group and reads them back as hidden variables, conditions included', async () => {
    const result = compileText(`survey hidden_demo {
  title "隐藏变量" en: "Hidden variables"
  languages zh, en
  choices regions {
    north "北方" en: "North"
    south "南方" en: "South"
  }
  hidden region from regions "地区" en: "Region"
  hidden wave number "轮次" en: "Wave" optional
  section s "一" en: "One" {
    yesno heating "您家有暖气吗?" en: "Is your home heated?" when region == north
    text other "其他" en: "Anything else?" optional
  }
}
`);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const { files, notes } = await exportSurvey(documentOf(result), ['lss']);
    const xml = files[0].contents as string;
    expect(xml).toContain('<relevance><![CDATA[region.NAOK == "north"]]></relevance>');
    expect(notes.map((n) => n.element)).toContain('hidden');
    const back = await importClean(files[0].fileName, xml, 'lss');
    const doc = documentOf(back.result);
    expect(doc.hidden?.map((h) => [h.id, h.type, h.label])).toEqual([
      ['region', 'code', { zh: '地区', en: 'Region' }],
      ['wave', 'number', { zh: '轮次', en: 'Wave' }],
    ]);
    expect(doc.choiceLists.find((l) => l.id === doc.hidden![0].choices)?.options.map((o) => o.code)).toEqual(['north', 'south']);
    expect(doc.sections[0].questions.map((q) => q.id)).toEqual(['heating', 'other']);
    expect(back.text).toMatch(/when region == north/);
  });
});
