// The one table of the language's reserved words: every keyword with its grammatical
// roles, the blocks where it starts a statement and a one-line description. The lexer
// creates a keyword token only for a word of this table (tokens.ts), and the parser's
// keyword lists, incremental re-parse, completion, the formatter and the TextMate
// generator derive their word lists from it. test/vocabulary.test.ts checks it against
// the parser's grammar both ways.

/**
 * What a keyword does where the parser accepts it. Each role names the parser rules
 * that consume it (`roleRules`), which the vocabulary test checks.
 */
export type Role =
  /** Starts a declaration that introduces a name or block. */
  | 'declaration'
  /** A survey header property (`title "…"`, `languages zh, en`). */
  | 'header'
  /** `answers optional` / `answers required`: whether questions must be answered by default. */
  | 'answers-default'
  /** `limit …` and `points N`: the survey's (or a section's) budget. */
  | 'budget'
  /** The unit after `limit`. */
  | 'limit-unit'
  /** Starts a question. */
  | 'question-kind'
  /** Follows a question's text. */
  | 'question-attribute'
  /** Follows a section's title. */
  | 'section-attribute'
  /** Follows a scale's range. */
  | 'scale-attribute'
  /** Marks one point of a scale. */
  | 'scale-point'
  /** Follows a choice option's label. */
  | 'choice-flag'
  /** `from q3 selected` / `from q3 not selected`: options carried forward from an earlier question. */
  | 'carry-forward'
  /** Follows a matrix row's text. */
  | 'row-attribute'
  /** Follows a score's formula. */
  | 'score-attribute'
  /** A setting of the `sample` block. */
  | 'sample-setting'
  /** A setting of one stratum. */
  | 'stratum-setting'
  /** `strata id by hidden`: links a stratification to the hidden variable that holds each response's stratum. */
  | 'strata-link'
  /** The type, list or requiredness of a hidden variable. */
  | 'hidden-attribute'
  /** Starts a rule of the `quality` block. */
  | 'quality-rule'
  /** What an `exclude` rule looks at. */
  | 'exclusion-criterion'
  /** Starts a request of the `analysis` block. */
  | 'analysis-request'
  /** Continues an analysis request (`breakdown by`, `drivers on`). */
  | 'analysis-modifier'
  /** A word operator in expressions. */
  | 'operator'
  /** A keyword that may also be called as a function: `nps(q)`, `reverse(q)`. */
  | 'callable'
  /** A keyword also accepted as a name where one is expected (`score nps`, `on nps`). */
  | 'name'
  /** Follows a screen-out's or an end screen's text (`when …`). */
  | 'flow-attribute'
  /** How many times a repeat group (roster) is asked: `for q`, `for each q`, `max N`. */
  | 'repeat-count'
  /** `count(members where age < 18)`: the instances of a repeat group that meet a condition. */
  | 'instance-filter';

/** Blocks in which a keyword starts a statement (what completion offers first). */
export type Block = 'document' | 'survey' | 'section' | 'options' | 'sample' | 'quality' | 'analysis';

export interface KeywordEntry {
  word: string;
  roles: readonly Role[];
  /** Blocks where the word starts a statement. */
  starts?: readonly Block[];
  /** An attribute that stands alone (takes no value). */
  flag?: true;
  /** For `analysis-modifier`s: the requests it continues. */
  after?: readonly string[];
  doc: string;
}

/** The parser rules that consume a keyword in each role (checked by the vocabulary test). */
export const roleRules: Record<Role, readonly string[]> = {
  declaration: [
    'importDecl',
    'surveyDecl',
    'glossaryDecl',
    'scaleDecl',
    'choicesDecl',
    'sectionDecl',
    'hiddenDecl',
    'scoreDecl',
    'letDecl',
    'checkDecl',
    'targetDecl',
    'sampleDecl',
    'strataDecl',
    'qualityDecl',
    'analysisDecl',
    'rowDecl',
    'pageDecl',
    'screenoutDecl',
    'endDecl',
    'shuffleDecl',
    'repeatDecl',
  ],
  header: ['headerProperty'],
  'answers-default': ['headerProperty'],
  budget: ['limitDecl', 'totalPointsDecl'],
  'limit-unit': ['limitDecl'],
  'question-kind': ['questionDecl'],
  'question-attribute': ['questionAttribute'],
  'section-attribute': ['sectionDecl', 'limitDecl'],
  'scale-attribute': ['scaleDecl'],
  'scale-point': ['scalePoint'],
  'choice-flag': ['choiceOption', 'optionImage'],
  'carry-forward': ['questionAttribute'],
  'row-attribute': ['rowDecl'],
  'score-attribute': ['scoreDecl'],
  'sample-setting': ['sampleDecl'],
  'stratum-setting': ['stratumDecl'],
  'strata-link': ['strataDecl'],
  'hidden-attribute': ['hiddenDecl'],
  'quality-rule': ['qualityRule'],
  'exclusion-criterion': ['qualityRule'],
  'analysis-request': ['analysisRequest'],
  'analysis-modifier': ['analysisRequest'],
  operator: ['orExpr', 'andExpr', 'notExpr', 'compareExpr'],
  callable: ['primary'],
  name: ['scoreDecl', 'targetDecl', 'softName', 'questionAttribute'],
  'flow-attribute': ['screenoutDecl', 'endDecl'],
  'repeat-count': ['repeatDecl'],
  'instance-filter': ['primary'],
};

/**
 * Every keyword, in the order completion and the parser's alternatives list them.
 * `as const` keeps each word a literal type, so `Keyword` and `QuestionKind` follow.
 */
export const vocabulary = [
  // Survey header
  { word: 'title', roles: ['header'], starts: ['survey'], doc: 'The survey title, with its translations.' },
  { word: 'intro', roles: ['header'], starts: ['survey'], doc: 'The text shown before the first question.' },
  { word: 'confidentiality', roles: ['header'], starts: ['survey'], doc: 'The confidentiality statement shown to respondents.' },
  { word: 'version', roles: ['header'], starts: ['survey'], doc: 'The questionnaire version.' },
  { word: 'owner', roles: ['header'], starts: ['survey'], doc: 'Who owns the survey.' },
  { word: 'languages', roles: ['header'], starts: ['survey'], doc: 'The languages of the survey, the first being the source language.' },
  { word: 'mode', roles: ['header'], starts: ['survey'], doc: 'How the survey is administered (online, phone, face_to_face …).' },
  { word: 'frequency', roles: ['header'], starts: ['survey'], doc: 'How often the survey runs.' },
  { word: 'tags', roles: ['header'], starts: ['survey'], doc: 'Free tags for the survey.' },
  {
    word: 'answers',
    roles: ['header'],
    starts: ['survey'],
    doc: '`answers optional` / `answers required`: whether questions must be answered unless they say otherwise (default: required).',
  },
  // Budgets
  { word: 'limit', roles: ['budget', 'section-attribute'], starts: ['survey'], doc: 'A limit on questions or minutes.' },
  {
    word: 'points',
    roles: ['budget', 'section-attribute'],
    starts: ['survey'],
    doc: 'The points a weighted assessment (or one section) is worth.',
  },
  { word: 'questions', roles: ['limit-unit'], doc: '`limit questions N`: at most N questions.' },
  { word: 'minutes', roles: ['limit-unit'], doc: '`limit minutes N`: at most N minutes to answer.' },
  // Declarations
  { word: 'glossary', roles: ['declaration'], starts: ['survey'], doc: 'Terms respondents may not know, with their explanations.' },
  { word: 'import', roles: ['declaration'], starts: ['document'], doc: 'Imports the scales, choice lists and sections of another file.' },
  { word: 'scale', roles: ['declaration'], starts: ['document', 'survey'], doc: 'A named answer scale: a range of points with labels.' },
  { word: 'choices', roles: ['declaration'], starts: ['document', 'survey'], doc: 'A named list of answer options.' },
  { word: 'section', roles: ['declaration'], starts: ['document', 'survey'], doc: 'A named group of questions.' },
  { word: 'survey', roles: ['declaration'], starts: ['document'], doc: 'The survey itself: header, questions, scores and plans.' },
  {
    word: 'hidden',
    roles: ['declaration'],
    starts: ['survey'],
    doc: 'A hidden (preloaded) variable: a value the response carries without asking (id, stratum, wave), filled from the form URL.',
  },
  { word: 'score', roles: ['declaration'], starts: ['survey'], doc: 'A score computed from answers with a formula.' },
  {
    word: 'let',
    roles: ['declaration'],
    starts: ['survey'],
    doc: 'A calculated value: computed from answers (never asked), usable in conditions, piping and scores.',
  },
  {
    word: 'check',
    roles: ['declaration'],
    starts: ['survey'],
    doc: 'A cross-field constraint: a condition the answers must meet, with the message shown when they do not.',
  },
  { word: 'target', roles: ['declaration'], starts: ['survey'], doc: 'A goal for a score or the response rate.' },
  { word: 'sample', roles: ['declaration'], starts: ['survey'], doc: 'The sampling plan: population, precision, strata.' },
  { word: 'quality', roles: ['declaration'], starts: ['survey'], doc: 'Data-quality rules that exclude responses.' },
  { word: 'analysis', roles: ['declaration'], starts: ['survey'], doc: 'What the analysis should compute.' },
  { word: 'row', roles: ['declaration'], starts: ['options'], doc: 'One row (item) of a matrix question.' },
  // Flow
  {
    word: 'page',
    roles: ['declaration'],
    starts: ['survey', 'section'],
    doc: 'A page break: the questions after it are shown on the next page of the form.',
  },
  {
    word: 'screenout',
    roles: ['declaration'],
    starts: ['survey', 'section'],
    doc: 'Ends the survey early with a message when its condition holds (not in the target group); the response records which one.',
  },
  {
    word: 'end',
    roles: ['declaration'],
    starts: ['survey'],
    doc: 'An end screen: the text shown after submitting, the first whose condition holds (one without `when` is the default).',
  },
  {
    word: 'shuffle',
    roles: ['declaration'],
    starts: ['survey'],
    doc: 'A randomisation group: its sections are shown in random order (`fixed` sections keep their place); the order is recorded.',
  },
  // Repeat groups (rosters)
  {
    word: 'repeat',
    roles: ['declaration'],
    starts: ['survey', 'section'],
    doc: 'A repeat group (roster): questions asked once per instance — N times, `for` a number answered earlier, or `for each` option chosen.',
  },
  {
    word: 'for',
    roles: ['repeat-count'],
    doc: '`repeat members for household_size`: one instance per unit of an earlier number answer (`for each q`: per option chosen in q).',
  },
  {
    word: 'each',
    roles: ['repeat-count'],
    doc: '`repeat brand_loop for each brands`: one instance per option chosen in an earlier multi question.',
  },
  // Question kinds
  { word: 'single', roles: ['question-kind'], starts: ['survey', 'section'], doc: 'One answer from a list of options.' },
  { word: 'multi', roles: ['question-kind'], starts: ['survey', 'section'], doc: 'Any number of answers from a list of options.' },
  { word: 'rating', roles: ['question-kind'], starts: ['survey', 'section'], doc: 'One point of a scale.' },
  { word: 'matrix', roles: ['question-kind'], starts: ['survey', 'section'], doc: 'Several rows rated on one scale.' },
  { word: 'nps', roles: ['question-kind', 'callable', 'name'], starts: ['survey', 'section'], doc: 'Net Promoter question on 0–10.' },
  { word: 'ranking', roles: ['question-kind'], starts: ['survey', 'section'], doc: 'Options put in order.' },
  { word: 'text', roles: ['question-kind', 'hidden-attribute'], starts: ['survey', 'section'], doc: 'A free-text answer.' },
  { word: 'number', roles: ['question-kind', 'hidden-attribute'], starts: ['survey', 'section'], doc: 'A numeric answer.' },
  { word: 'date', roles: ['question-kind', 'hidden-attribute'], starts: ['survey', 'section'], doc: 'A date answer.' },
  { word: 'yesno', roles: ['question-kind'], starts: ['survey', 'section'], doc: 'Yes or no.' },
  // Answer types (docs/language.md, "Files, locations, signatures and images")
  {
    word: 'file',
    roles: ['question-kind'],
    starts: ['survey', 'section'],
    doc: 'A file upload: `accept "image/*", ".pdf"` limits its types, `max 5 MB` its size; the response carries name, type, size and content.',
  },
  {
    word: 'geopoint',
    roles: ['question-kind'],
    starts: ['survey', 'section'],
    doc: 'A location: latitude, longitude and accuracy, from the device (geolocation) or typed in.',
  },
  {
    word: 'signature',
    roles: ['question-kind'],
    starts: ['survey', 'section'],
    doc: 'A signature drawn on a canvas (or a typed name drawn for the respondent); the answer is a PNG image.',
  },
  // Question attributes
  { word: 'help', roles: ['question-attribute'], doc: 'Help text shown with the question.' },
  {
    word: 'optional',
    roles: ['question-attribute', 'hidden-attribute', 'answers-default'],
    flag: true,
    doc: 'The question may be left unanswered.',
  },
  {
    word: 'required',
    roles: ['question-attribute', 'hidden-attribute', 'answers-default'],
    flag: true,
    doc: 'The question must be answered.',
  },
  {
    word: 'from',
    roles: ['question-attribute', 'hidden-attribute'],
    doc: 'Takes its options from a named choice list (`from q3 selected`: from the options chosen in an earlier question).',
  },
  {
    word: 'selected',
    roles: ['carry-forward'],
    doc: '`from q3 selected`: the options chosen in q3 (`not selected`: the ones not chosen).',
  },
  {
    word: 'slider',
    roles: ['question-attribute'],
    flag: true,
    doc: 'A number between its min and max answered with a slider (a range control), not typed.',
  },
  {
    word: 'accept',
    roles: ['question-attribute'],
    doc: 'The types a file question accepts: MIME types (`"image/*"`, `"application/pdf"`) or extensions (`".pdf"`).',
  },
  {
    word: 'image',
    roles: ['choice-flag'],
    doc: 'An option shown as an image: `image "logos/red.png" alt "…"` (a path relative to the file, or a data: URL).',
  },
  {
    word: 'alt',
    roles: ['choice-flag'],
    doc: "The alternative text of an option's image, read by screen readers (required with `image`).",
  },
  {
    word: 'as',
    roles: ['question-attribute'],
    doc: 'The form of a text answer: `as email`, `as phone`, `as url`, `as time` (HH:MM) or `as datetime` (a date and a time).',
  },
  {
    word: 'default',
    roles: ['question-attribute'],
    doc: 'The answer the form fills in before the respondent answers: a value or a formula over earlier answers.',
  },
  { word: 'on', roles: ['question-attribute', 'analysis-modifier'], after: ['drivers'], doc: 'The scale a question is answered on.' },
  {
    word: 'min',
    roles: ['question-attribute', 'callable'],
    doc: 'The smallest value, length or number of answers (as a function: the smallest of its arguments).',
  },
  {
    word: 'max',
    roles: ['question-attribute', 'callable', 'repeat-count'],
    doc: 'The largest value, length or number of answers (as a function: the largest of its arguments).',
  },
  { word: 'pattern', roles: ['question-attribute'], doc: 'A regular expression a text answer must match.' },
  { word: 'unit', roles: ['question-attribute'], doc: 'The unit of a numeric answer.' },
  { word: 'integer', roles: ['question-attribute'], flag: true, doc: 'A numeric answer must be a whole number.' },
  { word: 'tag', roles: ['question-attribute', 'row-attribute', 'name'], doc: 'Tags for grouping questions or rows.' },
  {
    word: 'reverse',
    roles: ['question-attribute', 'row-attribute', 'callable'],
    flag: true,
    doc: 'A reverse-keyed item (as a function: reverse-codes it).',
  },
  {
    word: 'randomize',
    roles: ['question-attribute', 'section-attribute'],
    flag: true,
    doc: 'Options or rows (on a question), or the questions of a section (on a section), are shown in random order.',
  },
  {
    word: 'when',
    roles: ['question-attribute', 'section-attribute', 'exclusion-criterion', 'choice-flag', 'flow-attribute'],
    doc: 'A condition: ask (or offer an option) only when it holds (exclude when it holds).',
  },
  // Sections
  { word: 'weight', roles: ['section-attribute'], doc: 'The weight of a section in an index.' },
  // Scales
  { word: 'step', roles: ['scale-attribute'], doc: 'The distance between scale points.' },
  { word: 'descending', roles: ['scale-attribute'], flag: true, doc: 'The scale is shown from its highest point down.' },
  { word: 'anchored', roles: ['scale-attribute'], flag: true, doc: 'Only the end points of the scale have labels.' },
  { word: 'missing', roles: ['scale-point'], doc: 'A scale point that is a missing code (not a substantive answer).' },
  // Choice options
  { word: 'specify', roles: ['choice-flag'], flag: true, doc: 'An option with an "other, please specify" text box.' },
  { word: 'exclusive', roles: ['choice-flag'], flag: true, doc: 'An option that cannot be chosen with others.' },
  {
    word: 'fixed',
    roles: ['choice-flag', 'question-attribute', 'section-attribute'],
    flag: true,
    doc: 'An option, question or section that keeps its place when the others are shown in random order.',
  },
  // Scores
  { word: 'require', roles: ['score-attribute'], doc: 'How many items must be answered for the score.' },
  { word: 'all', roles: ['score-attribute'], doc: '`require all`: every item must be answered.' },
  // Sampling
  { word: 'population', roles: ['sample-setting'], starts: ['sample'], doc: 'The size of the population.' },
  {
    word: 'invited',
    roles: ['sample-setting', 'stratum-setting'],
    starts: ['sample'],
    doc: 'Fieldwork count: how many were invited (in all, or in one stratum), for the response rate.',
  },
  { word: 'completes', roles: ['sample-setting', 'stratum-setting'], starts: ['sample'], doc: 'The number of completed interviews.' },
  { word: 'margin', roles: ['sample-setting'], starts: ['sample'], doc: 'The margin of error wanted.' },
  { word: 'confidence', roles: ['sample-setting'], starts: ['sample'], doc: 'The confidence level.' },
  {
    word: 'proportion',
    roles: ['sample-setting', 'stratum-setting'],
    starts: ['sample'],
    doc: 'The expected proportion (0.5 when unknown).',
  },
  { word: 'sd', roles: ['sample-setting', 'stratum-setting', 'name'], starts: ['sample'], doc: 'The expected standard deviation.' },
  {
    word: 'response_rate',
    roles: ['sample-setting', 'callable', 'name'],
    starts: ['sample'],
    doc: 'The expected response rate.',
  },
  { word: 'allocate', roles: ['sample-setting'], starts: ['sample'], doc: 'How the sample is allocated to strata.' },
  { word: 'strata', roles: ['declaration'], starts: ['sample'], doc: 'The strata of a stratified sample.' },
  { word: 'oversample', roles: ['sample-setting'], starts: ['sample'], doc: 'Extra invitations to make up for non-response.' },
  { word: 'cost', roles: ['stratum-setting'], doc: 'The cost of one interview in a stratum.' },
  { word: 'take_all', roles: ['stratum-setting'], flag: true, doc: 'Every unit of the stratum is taken.' },
  // Quality
  { word: 'exclude', roles: ['quality-rule'], starts: ['quality'], doc: 'Excludes responses that match a criterion.' },
  {
    word: 'answered',
    roles: ['exclusion-criterion', 'callable'],
    doc: 'Fewer answers than a share (as a function: the item has an answer).',
  },
  { word: 'duration', roles: ['exclusion-criterion'], doc: 'Responses faster than a time.' },
  { word: 'straightline', roles: ['exclusion-criterion'], doc: 'The same answer to every row of a matrix.' },
  { word: 'attention', roles: ['exclusion-criterion'], doc: 'A failed attention check.' },
  // Analysis
  { word: 'items', roles: ['analysis-request'], starts: ['analysis'], doc: 'Item statistics for the questions listed.' },
  { word: 'breakdown', roles: ['analysis-request'], starts: ['analysis'], doc: 'Results broken down by a question.' },
  {
    word: 'by',
    roles: ['analysis-modifier', 'strata-link'],
    after: ['breakdown', 'chart'],
    doc: 'What a breakdown or chart is split by; after `strata id`, the hidden variable that holds the stratum.',
  },
  { word: 'top', roles: ['analysis-request'], starts: ['analysis'], doc: 'Top-box shares.' },
  { word: 'drivers', roles: ['analysis-request'], starts: ['analysis'], doc: 'Key-driver analysis of a score.' },
  { word: 'chart', roles: ['analysis-request'], starts: ['analysis'], doc: 'A chart of a question or score.' },
  { word: 'alpha', roles: ['analysis-request'], starts: ['analysis'], doc: "Cronbach's alpha of a set of items." },
  // Expressions
  { word: 'and', roles: ['operator'], doc: 'Both conditions hold.' },
  { word: 'or', roles: ['operator'], doc: 'Either condition holds.' },
  {
    word: 'not',
    roles: ['operator', 'carry-forward'],
    doc: 'The condition does not hold (`from q3 not selected`: the options not chosen).',
  },
  { word: 'has', roles: ['operator'], doc: 'A multiple-answer question includes an option.' },
  {
    word: 'where',
    roles: ['instance-filter'],
    doc: 'The instances of a repeat group that meet a condition: `count(members where age < 18)`.',
  },
] as const satisfies readonly KeywordEntry[];

/** Every reserved word of the language. */
export type Keyword = (typeof vocabulary)[number]['word'];

type Entry = (typeof vocabulary)[number];
/** The words that have role `R` (a distributive conditional over the table's entries). */
export type WordWithRole<R extends Role> = Entry extends infer E
  ? E extends { word: infer W; roles: readonly (infer X)[] }
    ? R extends X
      ? W
      : never
    : never
  : never;

/** The kinds of question the language has. */
export type QuestionKind = WordWithRole<'question-kind'>;

const entries: readonly KeywordEntry[] = vocabulary;

/** Words with a role, in table order. */
export function wordsWithRole<R extends Role>(role: R): WordWithRole<R>[] {
  return entries.filter((e) => e.roles.includes(role)).map((e) => e.word) as WordWithRole<R>[];
}

/** Words that start a statement in a block, in table order. */
export function statementStarts(block: Block): Keyword[] {
  return entries.filter((e) => e.starts?.includes(block)).map((e) => e.word as Keyword);
}

/** Attributes of a role that stand alone (`optional`, `reverse`). */
export function flagsWithRole(role: Role): Keyword[] {
  return entries.filter((e) => e.flag && e.roles.includes(role)).map((e) => e.word as Keyword);
}

/** Analysis modifiers that continue a request (`by` after `breakdown`). */
export function modifiersAfter(request: string): Keyword[] {
  return entries.filter((e) => e.after?.includes(request)).map((e) => e.word as Keyword);
}

export function keywordEntry(word: string): KeywordEntry | undefined {
  return entries.find((e) => e.word === word);
}

export const questionKinds: readonly QuestionKind[] = wordsWithRole('question-kind');
