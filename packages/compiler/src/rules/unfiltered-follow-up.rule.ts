// SVY2190: a screening question asks whether the respondent has used something ("您是否使用过
// 我们的手机App?", "Have you ever visited our branch?"), and a later question asks about
// that same thing without any condition on the screening answer. Those who answered no are
// then asked to rate what they never used, and their guesses enter the results. A screener
// whose answer routes anything through a section, screen-out or flow condition is left
// alone: the survey filters in a way this rule does not follow.
import type * as A from '@survey/syntax';
import { defineRule } from './rule.ts';
import type { Question } from '../model.ts';
import { walkExpr } from '../expr-walk.ts';

// What the screener asks about: the object of "used / visited / bought …", up to the question mark.
const chineseScreen =
  /(?:是否|有没有|有沒有|是不是)(?:曾经|曾經|曾)?(?:使用|用|购买|購買|买|買|参加|參加|参与|參與|去|到|访问|訪問|浏览|瀏覽|联系|聯繫|拨打|撥打|入住|乘坐|体验|體驗|办理|辦理|申请|申請|下载|下載|安装|安裝|观看|觀看|收看|收到|接受|咨询|諮詢)过(?:我们的|我們的|本公司的|贵公司的|本行的|本院的|本店的|我们|我們|本公司|本行|本院|本店)?(.{2,12}?)(?:吗|嗎)?\s*[?？]?\s*$/;
const englishScreen =
  /\b(?:have|did|do) you (?:ever )?(?:used?|bought|buy|purchased?|visit(?:ed)?|attend(?:ed)?|contact(?:ed)?|call(?:ed)?|stay(?:ed)? (?:at|in|with)|download(?:ed)?|install(?:ed)?|watch(?:ed)?|tried|try|take|taken|took|received?|order(?:ed)? from|join(?:ed)?) (?:(?:the|our|this|a|an|any of our) )?([a-z][a-z0-9 '’-]{1,40}?)(?: (?:before|ever|yet|recently|in the (?:past|last) [a-z0-9 ]+|during [a-z0-9 ]+|last [a-z]+|this [a-z]+))?\s*\?\s*$/i;

const YES = /^(是|有|用过|用過|使用过|使用過|去过|去過|yes)\b|^(是|有)/i;
const NO = /^(否|没有|沒有|没用过|沒用過|未使用|从未|從未|不是|no)\b|^(否|没|沒)/i;

/** The thing a yes/no screener asks about, per language. */
function screenedThing(q: Question): Map<string, string> | undefined {
  const yesNo =
    q.kind === 'yesno' ||
    (q.kind === 'single' &&
      q.choices !== undefined &&
      q.choices.options.length <= 3 &&
      q.choices.options.some((o) => Object.values(o.label).some((l) => YES.test(l))) &&
      q.choices.options.some((o) => Object.values(o.label).some((l) => NO.test(l))));
  if (!yesNo) return undefined;
  const out = new Map<string, string>();
  for (const [lang, text] of Object.entries(q.text)) {
    const t = text.normalize('NFKC').trim();
    const m = chineseScreen.exec(t) ?? englishScreen.exec(t);
    const thing = m?.[1]?.trim().toLowerCase();
    if (thing && thing.length >= 2) out.set(lang, thing);
  }
  return out.size ? out : undefined;
}

const latin = /[a-z0-9]/;

/** English things are whole words: "app" is not in "happy". */
function wholeWordAt(text: string, at: number, thing: string): boolean {
  if (latin.test(thing[0]!) && at > 0 && latin.test(text[at - 1]!)) return false;
  const end = at + thing.length;
  return !(latin.test(thing[thing.length - 1]!) && end < text.length && latin.test(text[end]!));
}

function reads(e: A.Expr | undefined, id: string): boolean {
  let found = false;
  if (e)
    walkExpr(e, (n) => {
      if (n.kind === 'NameRef' && n.name === id) found = true;
    });
  return found;
}

export default defineRule({
  name: 'unfiltered-follow-up',
  diagnostics: [
    {
      code: 'SVY2190',
      name: 'unfiltered-follow-up',
      severity: 'warning',
      message:
        "'{id}' asks about \"{thing}\", but '{screener}' asked whether the respondent has used it and no condition on '{screener}' keeps those who answered no from this question{more}. Add `when {screener} == {yes}` (to each question about it, or to their section).",
      docs: {
        summary:
          'A screening question ("Have you used our app?") followed by a question about the same thing with no condition on the screening answer, so those who answered no are asked about what they never used.',
        rationale:
          'Asking non-users to rate a service gives them only guesses to offer; their answers dilute the users\' and cannot be told apart afterwards. A filter question exists to route: the follow-up must depend on it (QAS-99, "skip instructions"; Dillman, Smyth & Christian on filter questions).',
        bad: 'yesno used_app "您是否使用过我们的手机App?"\nrating app_sat "您对手机App的满意程度如何?" on sat5',
        good: 'yesno used_app "您是否使用过我们的手机App?"\nrating app_sat "您对手机App的满意程度如何?" on sat5 when used_app == yes',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    const questions = s.questions.filter((q) => !q.roster);
    // Screeners routed outside question and section conditions (screen-outs, flow) are not followed.
    const routedElsewhere = new Set(ctx.binding.references.filter((r) => r.context === 'condition' && !r.fromQuestion).map((r) => r.name));
    const screeners = new Map<Question, { index: number; things: Map<string, string> }>();
    // A later screener is a question of its own, not a follow-up, even when it is routed.
    const isScreener = new Set<Question>();
    questions.forEach((q, index) => {
      const things = screenedThing(q);
      if (!things) return;
      isScreener.add(q);
      if (!routedElsewhere.has(q.id)) screeners.set(q, { index, things });
    });
    if (!screeners.size) return;
    // One pass over the texts: per language, the screeners' things by their first character
    // (a pattern of hundreds of alternatives costs ten times as much in V8).
    const byThing = new Map<string, Map<string, Question[]>>();
    const byFirst = new Map<string, Map<number, string[]>>();
    for (const [q, { things }] of screeners)
      for (const [lang, thing] of things) {
        const inLang = byThing.get(lang) ?? new Map<string, Question[]>();
        byThing.set(lang, inLang);
        if (!inLang.has(thing)) {
          const first = byFirst.get(lang) ?? new Map<number, string[]>();
          byFirst.set(lang, first);
          first.set(thing.charCodeAt(0), [...(first.get(thing.charCodeAt(0)) ?? []), thing]);
        }
        inLang.set(thing, [...(inLang.get(thing) ?? []), q]);
      }
    const unfiltered = new Map<Question, Array<{ q: Question; thing: string }>>();
    questions.forEach((q, index) => {
      if (isScreener.has(q)) return;
      const found = new Map<Question, string>();
      for (const [lang, raw] of Object.entries(q.text)) {
        const first = byFirst.get(lang);
        if (!first) continue;
        const normal = raw.normalize('NFKC');
        const text = normal.toLowerCase();
        for (let at = 0; at < text.length; at++) {
          const candidates = first.get(text.charCodeAt(at));
          if (!candidates) continue;
          for (const thing of candidates) {
            if (!text.startsWith(thing, at) || !wholeWordAt(text, at, thing)) continue;
            for (const screener of byThing.get(lang)!.get(thing)!)
              if (!found.has(screener) && screeners.get(screener)!.index < index) found.set(screener, normal.slice(at, at + thing.length));
          }
        }
      }
      for (const [screener, thing] of found) {
        if (reads(q.when, screener.id) || reads(q.section.when, screener.id)) continue;
        unfiltered.set(screener, [...(unfiltered.get(screener) ?? []), { q, thing }]);
      }
    });
    for (const screener of screeners.keys()) {
      const list = unfiltered.get(screener);
      const first = list?.[0];
      if (!list || !first) continue;
      const yes =
        screener.kind === 'yesno'
          ? 'yes'
          : String(screener.choices!.options.find((o) => Object.values(o.label).some((l) => YES.test(l)))!.code);
      const more = list.length > 1 ? ` (nor ${list.length - 1} more question${list.length > 2 ? 's' : ''} after it)` : '';
      ctx.report({
        code: 'SVY2190',
        file: first.q.file,
        range: first.q.node.id?.range ?? first.q.node.range,
        args: { id: first.q.id, thing: first.thing, screener: screener.id, more, yes },
      });
    }
  },
});
