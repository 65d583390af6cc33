// SVY2040-2044: sizes that explode a build or cannot be stored exactly: a scale of
// billions of points, a list of thousands of options, a number beyond 2^53, a text
// answer allowed to be megabytes long. Limits live in limits.ts.
import { LIMITS, gridPointCount } from '../limits.ts';
import type { ChoiceList } from '../model.ts';
import { defineRule } from './rule.ts';

export default defineRule({
  name: 'size-limits',
  diagnostics: [
    {
      code: 'SVY2040',
      name: 'scale-too-many-points',
      severity: 'error',
      message:
        "Scale '{scale}' has {count} points; a scale has at most {limit}. For a wider range ask a `number` question with `min` and `max`, or use a coarser `step`.",
      docs: {
        summary: `A scale grid (min..max by step) with more than ${LIMITS.scalePoints} points.`,
        rationale:
          'Every point becomes an answer option in the form, the schema and the value labels: a 1..5000000000 scale cannot be built, and nobody can choose among a thousand radio buttons.',
        bad: 'scale income 1..5000000000 { 1 "最低" 5000000000 "最高" } anchored',
        good: 'number income "您的月收入(元)?" en: "Your monthly income (yuan)?" min 0 max 1000000',
      },
    },
    {
      code: 'SVY2041',
      name: 'list-too-long',
      severity: 'error',
      message:
        '{what} has {count} {items}; at most {limit} fit in one question. Split it, or ask a `text` question and code the answers afterwards.',
      docs: {
        summary: `A choice list with more than ${LIMITS.options} options, or a matrix with more than ${LIMITS.rows} rows.`,
        rationale: 'Respondents cannot scan such lists, and the form, schema and value labels grow with every option.',
        bad: 'choices city { c0001 "北京" … c1500 "克拉玛依" }',
        good: 'text city "您所在的城市?" en: "Which city do you live in?" max 50',
      },
    },
    {
      code: 'SVY2042',
      name: 'number-not-exact',
      severity: 'error',
      message: '{value} cannot be stored exactly: numbers are exact only up to {limit} and to 15 significant digits. Use a smaller number.',
      docs: {
        summary: 'A number literal larger than 2^53 - 1 or with more than 15 significant digits.',
        rationale:
          'JSON, JavaScript and every float column round such numbers silently: a bound of 99999999999999999999 becomes 100000000000000000000 in the schema.',
        bad: 'number visits "过去一年您来过几次?" en: "Visits in the past year?" min 0 max 99999999999999999999',
        good: 'number visits "过去一年您来过几次?" en: "Visits in the past year?" min 0 max 365',
      },
    },
    {
      code: 'SVY2043',
      name: 'text-limit-too-large',
      severity: 'error',
      message:
        "Text question '{question}' allows {max} characters; the limit is {limit}. Lower `max` (a long comment is a few thousand characters).",
      docs: {
        summary: `A \`text\` question whose \`max\` length exceeds ${LIMITS.textLength} characters.`,
        rationale:
          'The form stores answers in the browser and sends them in one request: a megabyte answer is lost or rejected by the server.',
        bad: 'text comments "其他意见?" en: "Other comments?" max 999999999',
        good: 'text comments "其他意见?" en: "Other comments?" max 2000',
      },
    },
    {
      code: 'SVY2044',
      name: 'text-too-long',
      severity: 'error',
      message: 'This text has {length} characters; a text in a survey has at most {limit}. Shorten it, or link to the full document.',
      docs: {
        summary: `A string literal longer than ${LIMITS.literal} characters.`,
        rationale:
          'No respondent reads a question or an intro that long, and the wording checks look only at its first part (they stay linear in the size of the file).',
        bad: 'intro "……(a 50,000-character consent form)……"',
        good: 'intro "本调查约需 5 分钟。完整的知情同意书见 https://example.org/consent" en: "It takes about 5 minutes. The full consent form: https://example.org/consent"',
      },
    },
  ],
  check(ctx) {
    for (const path of ctx.binding.fileOrder) {
      const tokens = ctx.files.get(path)?.parse.tokens ?? [];
      for (const t of tokens) {
        if (t.tokenType.name === 'StringLiteral' && t.image.length - 2 > LIMITS.literal)
          ctx.report({
            code: 'SVY2044',
            file: path,
            range: { start: t.startOffset, end: t.startOffset + t.image.length },
            args: { length: t.image.length - 2, limit: LIMITS.literal },
          });
        if (t.tokenType.name !== 'NumberLiteral' || exact(t.image)) continue;
        ctx.report({
          code: 'SVY2042',
          file: path,
          range: { start: t.startOffset, end: t.startOffset + t.image.length },
          args: { value: t.image, limit: LIMITS.number },
        });
      }
    }
    const s = ctx.survey;
    if (!s) return;
    for (const scale of s.scales.values()) {
      const count = gridPointCount(scale.min, scale.max, scale.step);
      if (count <= LIMITS.scalePoints || !scale.node) continue;
      const node = scale.node;
      const range = node.from && node.to ? { start: node.from.range.start, end: node.to.range.end } : (node.id?.range ?? node.range);
      ctx.report({ code: 'SVY2040', file: scale.file, range, args: { scale: scale.id, count, limit: LIMITS.scalePoints } });
    }
    const lists: ChoiceList[] = [...s.choiceLists.values()];
    for (const q of s.questions) if (q.choices?.inline) lists.push(q.choices);
    for (const list of lists) {
      if (list.options.length <= LIMITS.options) continue;
      const what = list.inline ? `The options of '${list.id}'` : `Choice list '${list.id}'`;
      const range = list.node.id?.range ?? list.node.range;
      ctx.report({
        code: 'SVY2041',
        file: list.file,
        range,
        args: { what, count: list.options.length, items: 'options', limit: LIMITS.options },
      });
    }
    for (const q of s.questions) {
      if (q.rows.length > LIMITS.rows)
        ctx.report({
          code: 'SVY2041',
          file: q.file,
          range: q.node.id?.range ?? q.node.range,
          args: { what: `Matrix '${q.id}'`, count: q.rows.length, items: 'rows', limit: LIMITS.rows },
        });
      if (q.kind === 'text' && typeof q.max === 'number' && q.max > LIMITS.textLength && q.node.max)
        ctx.report({
          code: 'SVY2043',
          file: q.file,
          range: q.node.max.range,
          args: { question: q.id, max: q.max, limit: LIMITS.textLength },
        });
    }
  },
});

/** Whether a literal (`123`, `4.5`, `80%`) survives a round trip through a double. */
function exact(raw: string): boolean {
  const digits = raw.replace(/%$/, '');
  const value = Number(digits);
  if (!Number.isFinite(value) || Math.abs(value) > LIMITS.number) return false;
  const significant = digits.replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return significant.length <= 15;
}
