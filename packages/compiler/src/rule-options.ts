// The options each rule accepts in survey.config.json (`options`), as a schema per code,
// like stylelint's validateOptions: config.ts checks them, so a bad option is an
// SVY1006 config diagnostic naming the key and never reaches (or crashes) a rule.
// A rule that reads `ctx.options(code, …)` declares its keys here.
import { mustBe, quotedList, type ConfigProblem } from './config-problems.ts';

/** `words`: a list, or lists per language ({ "zh": [...], "en": [...] }). */
export type OptionType = 'number' | 'positive' | 'boolean' | 'strings' | 'words';

const wordList = { words: 'words', ignore: 'strings' } as const;
const time: Record<string, OptionType> = Object.fromEntries(
  ['closed', 'extraOption', 'multi', 'rankingOption', 'matrixRow', 'text', 'optionalText', 'extraWord', 'extraChar'].map((k) => [
    k,
    'positive',
  ]),
);

export const ruleOptionSchemas: Record<string, Record<string, OptionType>> = {
  SVY3001: { countMatrixRows: 'boolean' },
  SVY3002: time,
  SVY3003: { maxWords: 'positive', maxChars: 'positive' },
  SVY4001: { ...wordList, phrases: 'strings' },
  SVY4002: { ...wordList, praise: 'strings' },
  SVY4004: { ...wordList, negativeWords: 'strings' },
  SVY4005: wordList,
  SVY4006: wordList,
  SVY4007: { ...wordList, periods: 'strings' },
  SVY4008: { known: 'strings' },
  SVY4009: wordList,
  SVY5007: { ...wordList, tags: 'strings' },
};

const describe: Record<OptionType, string> = {
  number: 'a number',
  positive: 'a number above 0',
  boolean: 'true or false',
  strings: 'a list of strings',
  words: 'a list of strings, or lists per language ({ "zh": [...], "en": [...] })',
};

const strings = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');

function fits(type: OptionType, v: unknown): boolean {
  switch (type) {
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'positive':
      return typeof v === 'number' && Number.isFinite(v) && v > 0;
    case 'boolean':
      return typeof v === 'boolean';
    case 'strings':
      return strings(v);
    case 'words':
      return strings(v) || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(strings));
  }
}

/**
 * Problems with one code's options (`"options.SVY3003.maxWords" must be a number above 0`),
 * and the options that passed, which are the only ones a rule gets.
 */
export function validateRuleOptions(
  code: string,
  name: string,
  options: Record<string, unknown>,
): { problems: ConfigProblem[]; valid: Record<string, unknown> } {
  const schema = ruleOptionSchemas[code];
  const problems: ConfigProblem[] = [];
  const valid: Record<string, unknown> = {};
  if (!schema) {
    if (Object.keys(options).length) problems.push({ code: 'SVY1006', messageId: 'noOptions', args: { code, name } });
    return { problems, valid };
  }
  for (const [key, value] of Object.entries(options)) {
    const type = schema[key];
    if (!type)
      problems.push({
        code: 'SVY1006',
        messageId: 'unknownOption',
        args: { code, key, name, keys: quotedList(Object.keys(schema)) },
      });
    else if (!fits(type, value)) problems.push(mustBe(`options.${code}.${key}`, describe[type]));
    else valid[key] = value;
  }
  return { problems, valid };
}
