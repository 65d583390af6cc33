// SVY2160: a shared list's choice filter is checked in the context of each question that
// uses the list — one diagnostic per using question that cannot see a referenced answer.
import { describe, expect, it } from 'vitest';
import { codes, compile, structuralCodes, survey } from '../helpers.ts';

const region = `  single region "您所在的地区" en: "Your region" { north "北方" en: "North"  south "南方" en: "South" }`;
const cities = `  choices cities { bj "北京" en: "Beijing" when region == north  sh "上海" en: "Shanghai"  gz "广州" en: "Guangzhou" when late_south }`;

describe('choice filters in a shared list (SVY2160)', () => {
  it('accepts a list whose filters read answers given before every question using it', () => {
    const text = survey(`${region}
  let late_south = region == south
${cities}
  single home "您住在哪个城市?" en: "Which city do you live in?" from cities
  multi visited "您去过哪些城市?" en: "Which cities have you visited?" from cities`);
    expect(structuralCodes(text)).toEqual([]);
    const list = compile(text).survey!.choiceLists.get('cities')!;
    expect(list.options.map((o) => !!o.when)).toEqual([true, false, true]);
  });

  it('reports each using question that is asked before (or is) an answer the filter reads', () => {
    const text = survey(`  let late_south = region == south
${cities}
  single home "您住在哪个城市?" en: "Which city do you live in?" from cities
${region}
  multi visited "您去过哪些城市?" en: "Which cities have you visited?" from cities`);
    const found = codes(text, { only: ['SVY2160'] });
    // `home` cannot see region (directly, or through late_south); `visited` can.
    expect(found).toEqual(["13:64 SVY2160 'cities'", "13:64 SVY2160 'cities'"]);
    const r = compile(text);
    const messages = r.diagnostics.filter((d) => d.code === 'SVY2160').map((d) => d.message);
    expect(messages[0]).toContain("'home' (question 1) uses the list 'cities', whose option 'bj'");
    expect(messages[0]).toContain("'region' is question 2");
    expect(messages[1]).toContain("'late_south' is computed from 'region', question 2");
    // The filter itself is the related location.
    const d = r.diagnostics.find((x) => x.code === 'SVY2160')!;
    expect(r.files.get(d.related![0].file)!.text.slice(d.related![0].range.start, d.related![0].range.end)).toBe('region == north');
  });

  it('reports a question that uses a list filtered on its own answer', () => {
    const text = survey(`  choices langs { zh "中文" en: "Chinese"  en "英文" en: "English" when langs_used has zh }
  multi langs_used "您使用哪些语言?" en: "Which languages do you use?" from langs`);
    expect(codes(text, { only: ['SVY2160'] })).toEqual(["12:70 SVY2160 'langs'"]);
    expect(compile(text).diagnostics.find((d) => d.code === 'SVY2160')!.message).toContain("'langs_used' is 'langs_used' itself");
  });
});
