// SVY4008: an acronym (an all-caps word: CRM, SLA, KPI) that the survey never
// explains: not in its `glossary`, not in any help text, not spelled out next to it
// in parentheses, and not on the list of acronyms everyone knows. Reported once per
// acronym, where it first appears.
import type { GlossaryDecl, HeaderProperty, Text, TextPart } from '@survey/syntax';
import { defineRule, type RuleContext } from '../rule.ts';
import type { CodeFix } from '../../diagnostics/types.ts';
import type { Token } from '../../wording/tokenize.ts';
import { memoize } from '../../memo.ts';
import { allTexts, inInstrument, isChinese, knownAcronyms, partRange, segmentationGlossary, tokenize } from '../../wording/index.ts';
import { glossaryKey } from '../../wording/tokenize.ts';

const acronym = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Z0-9&]{1,7}$/;
const mayHoldAcronym = /[A-Z][A-Z0-9&]/;
/** "KPIs": the plural of an acronym is the acronym. */
const base = (w: string) => (/^[A-Z][A-Z0-9&]{1,7}s$/.test(w) ? w.slice(0, -1) : w);
/** All-caps emphasis, not acronyms. */
const capsWords = new Set([
  'NOT',
  'AND',
  'OR',
  'ALL',
  'ANY',
  'YES',
  'NO',
  'ONE',
  'ONLY',
  'NEVER',
  'THE',
  'YOU',
  'YOUR',
  'WE',
  'OUR',
  'IS',
  'ARE',
  'DO',
  'DID',
  'PLEASE',
  'NOTE',
  'NEW',
  'FREE',
  'NONE',
  'MOST',
  'LEAST',
  'BEFORE',
  'AFTER',
  'EACH',
  'OTHER',
  // emphasis in questions: "Have you EVER …", "delivered ON TIME", "THIS WEEK"
  'EVER',
  'ON',
  'OFF',
  'TIME',
  'TIMES',
  'LAST',
  'THIS',
  'THAT',
  'THESE',
  'THOSE',
  'DAY',
  'DAYS',
  'WEEK',
  'WEEKS',
  'MONTH',
  'MONTHS',
  'YEAR',
  'YEARS',
  'TODAY',
  'PAST',
  'NEXT',
  'FIRST',
  'MAIN',
  'BEST',
  'WORST',
  'TOTAL',
  'WITH',
  'WITHOUT',
  'FOR',
  'FROM',
  'TO',
  'OF',
  'IN',
  'AT',
  'BY',
  'HOW',
  'WHY',
  'WHAT',
  'WHEN',
  'WHERE',
  'WHO',
  'WHICH',
  'SHOULD',
  'WOULD',
  'COULD',
  'CAN',
  'WILL',
  'HAVE',
  'HAS',
  'HAD',
  'WAS',
  'WERE',
  'BE',
  'IF',
  'BUT',
  'VERY',
  'MORE',
  'LESS',
  'SAME',
  'OWN',
  'ALWAYS',
  'EVERY',
  'OVERALL',
  'CURRENT',
  'BOTH',
  'EITHER',
  'NEITHER',
  'NOR',
  'MUST',
  'HOME',
  'WORK',
  'REALLY',
  'APPLICABLE',
]);

export default defineRule({
  name: 'acronym',
  diagnostics: [
    {
      code: 'SVY4008',
      name: 'unexplained-acronym',
      severity: 'warning',
      message:
        "'{word}' is an acronym the survey does not explain. Spell it out once (\"customer relationship management (CRM)\"), add it to the survey's `glossary`, or explain it in `help`.",
      docs: {
        summary:
          'An all-caps acronym (CRM, SLA, KPI …) that is not in the glossary, not explained in a help text or in parentheses, and not on the `known` list.',
        rationale: 'Respondents who do not know an acronym guess its meaning (QAS-99 item 3b "technical term"; seed 001: no jargon).',
        bad: 'rating sla "您对我们的 SLA 执行情况满意吗?" en: "How satisfied are you with how we meet our SLA?" on sat5',
        good: 'glossary { SLA "服务水平协议" en: "service level agreement" }\nrating sla "您对我们履行服务水平协议(SLA)的情况满意吗?" en: "How satisfied are you with how we meet our service level agreement (SLA)?" on sat5',
      },
    },
  ],
  check(ctx) {
    const s = ctx.survey;
    if (!s) return;
    const opts = ctx.options<{ known?: string[] }>('SVY4008', {});
    const known = new Set([...knownAcronyms, ...(opts.known ?? [])].map((k) => k.toUpperCase()));
    for (const k of s.glossary.keys()) known.add(k.toUpperCase());
    const texts = allTexts(ctx);
    const glossary = segmentationGlossary(s);
    // Explained anywhere: in a help text, or next to a parenthesis.
    for (const t of texts) {
      const found = capsOf(t.text);
      for (const w of t.holder === 'Question:help' ? found.all : found.explained) known.add(w);
    }
    const seen = new Set<string>();
    for (const t of texts) {
      if (t.holder === 'Header:version' || inInstrument(ctx, t.file, t.text.range.start)) continue;
      for (const { part, tok, word } of acronymsOf(t.text, s.defaultLanguage, glossary)) {
        if (known.has(word) || seen.has(word)) continue;
        seen.add(word);
        const text = ctx.files.get(t.file)?.text ?? '';
        ctx.report({
          code: 'SVY4008',
          file: t.file,
          range: partRange(text, part, tok.index, tok.text.length),
          args: { word },
          fixes: glossaryFix(ctx, word),
        });
      }
    }
  },
});

// Per text node: the incremental re-parse keeps the nodes of the questions it did not
// re-parse, so the language server looks at the texts of the edited question only.
const capsOfText = new WeakMap<Text, { all: string[]; explained: string[] }>();
const acronymsOfText = new WeakMap<Text, { lang: string; glossary: string; found: Array<{ part: TextPart; tok: Token; word: string }> }>();

function capsOf(text: Text): { all: string[]; explained: string[] } {
  let hit = capsOfText.get(text);
  if (!hit) {
    hit = { all: [], explained: [] };
    for (const part of text.parts) {
      const found = capsIn(part.value);
      hit.all.push(...found.all);
      hit.explained.push(...found.explained);
    }
    if (!hit.all.length) hit = noCaps;
    capsOfText.set(text, hit);
  }
  return hit;
}

/** The acronyms of every part of a text, in order, for a default language and a glossary. */
function acronymsOf(text: Text, defaultLanguage: string, glossary: string[]): Array<{ part: TextPart; tok: Token; word: string }> {
  const key = glossaryKey(glossary);
  const hit = acronymsOfText.get(text);
  if (hit && hit.lang === defaultLanguage && hit.glossary === key) return hit.found;
  const found: Array<{ part: TextPart; tok: Token; word: string }> = [];
  for (const part of text.parts) {
    // An acronym's token starts with two of these: a text without them is not tokenised (most option labels).
    if (!mayHoldAcronym.test(part.value)) continue;
    const lang = part.lang ?? defaultLanguage;
    for (const { tok, word } of acronymsIn(tokenize(part.value, lang, glossary))) found.push({ part, tok, word });
  }
  acronymsOfText.set(text, { lang: defaultLanguage, glossary: key, found: found.length ? found : noAcronyms });
  return found;
}

// Shared by the (many) texts without any: never written to.
const noCaps: { all: string[]; explained: string[] } = { all: [], explained: [] };
const noAcronyms: Array<{ part: TextPart; tok: Token; word: string }> = [];

/** All-caps words of a text, and those explained by a parenthesis next to them. Remembered per text that may hold some. */
const capsIn = (value: string) => (mayHoldAcronym.test(value) ? capsInText(value) : noCaps);
const capsInText = memoize((value: string) => {
  const all: string[] = [];
  const explained: string[] = [];
  for (const m of value.matchAll(/\b([A-Z][A-Z0-9&]{1,7})s?\b/g)) {
    const before = value.slice(0, m.index).trimEnd();
    const after = value.slice((m.index ?? 0) + m[0].length).trimStart();
    all.push(m[1]);
    if (/^[(（]/.test(after) || (/[(（]$/.test(before) && /^[)）]/.test(after))) explained.push(m[1]);
  }
  return { all, explained };
});

const acronymTokens = new WeakMap<Token[], Array<{ tok: Token; word: string }>>();

/**
 * The word tokens that read as acronyms, whatever the survey explains: not emphasis,
 * not next to an emphasised word ("NOT APPLICABLE", "ON TIME"). Remembered per token
 * list, that is per text, language and glossary (tokenize caches the lists).
 */
function acronymsIn(all: Token[]): Array<{ tok: Token; word: string }> {
  let out = acronymTokens.get(all);
  if (out) return out;
  out = [];
  const toks = all.filter((x) => x.word);
  toks.forEach((tok, k) => {
    const word = base(tok.text);
    if (!acronym.test(word) || capsWords.has(word)) return;
    if ([toks[k - 1], toks[k + 1]].some((x) => x && capsWords.has(x.text))) return;
    out!.push({ tok, word });
  });
  acronymTokens.set(all, out);
  return out;
}

/**
 * The quick fix "Define 'CRM' in the glossary": an entry in the survey's glossary (a new
 * `glossary { … }` after the header when there is none), in every language of the survey,
 * with a placeholder to replace by what the acronym stands for.
 */
function glossaryFix(ctx: RuleContext, word: string): CodeFix[] | undefined {
  const s = ctx.survey;
  const text = ctx.files.get(s?.file ?? '')?.text;
  if (!s || text === undefined) return undefined;
  const term = /^[A-Za-z_][A-Za-z0-9_]*$/.test(word) ? word : JSON.stringify(word);
  const label = s.languages
    .map((l, i) => {
      const t = JSON.stringify(isChinese(l) ? `${word} 的全称` : `${word} spelled out`);
      return i === 0 ? t : `${l}: ${t}`;
    })
    .join(' ');
  const entry = `${term} ${label}`;
  const indentAt = (offset: number) => /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', offset - 1) + 1))![0];
  const insert = (at: number, newText: string): CodeFix[] => [
    { title: `Define '${word}' in the glossary`, edits: [{ file: s.file, range: { start: at, end: at }, newText }] },
  ];
  const glossary = s.node.members.find((m): m is GlossaryDecl => m.kind === 'Glossary');
  if (glossary) {
    const last = glossary.entries[glossary.entries.length - 1];
    if (last) return insert(last.range.end, `\n${indentAt(last.range.start)}${entry}`);
    const open = text.indexOf('{', glossary.range.start);
    return open < 0 || open > glossary.range.end ? undefined : insert(open + 1, ` ${entry} `);
  }
  const headers = s.node.members.filter((m): m is HeaderProperty => m.kind === 'Header');
  const after = headers[headers.length - 1];
  if (!after) return undefined;
  return insert(after.range.end, `\n${indentAt(after.range.start)}glossary { ${entry} }`);
}
