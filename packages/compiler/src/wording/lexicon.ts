// Word lists for the wording rules, by language. Sources: QAS-99 (Willis & Lessler),
// Krosnick & Presser 2010 and the seeds' own advice (no jargon, no vague terms, no
// leading questions). Chinese lists carry simplified and traditional forms. Every
// list can be extended (and entries ignored) from survey.config.json, see `wordList`.
import { isChinese } from './tokenize.ts';

export type Lexicon = { en: readonly string[]; zh: readonly string[] };

export const conjunctions: Lexicon = {
  en: ['and', 'or', 'as well as', 'and also', 'along with', 'together with'],
  zh: ['和', '及', '以及', '与', '與', '或', '或者', '或是', '并且', '並且', '而且', '同时', '同時', '跟'],
};

/** Phrases with a conjunction that are one thing, not two asks. */
export const fixedPhrases: Lexicon = {
  en: [
    'terms and conditions', 'research and development', 'pros and cons', 'more or less', 'yes or no', 'and so on', 'or so',
    'one or more', 'two or more', 'or more', 'or less', 'or later', 'or earlier', 'or older', 'or younger', 'or above', 'or below',
    'or other', 'or others', 'and other', 'and others', 'or anything else', 'and any other', 'or any other', 'or not', 'whether or not', 'and then', 'back and forth',
    'by and large', 'again and again', 'over and over', 'time and again', 'bed and breakfast', 'health and safety',
    'question and answer', 'questions and answers', 'black and white', 'up and running', 'rock and roll', 'trial and error',
    'supply and demand', 'give and take', 'peace and quiet', 'law and order', 'arts and crafts', 'food and drink',
  ],
  zh: ['研究与开发', '研究與開發', '研究和开发', '和谐', '和諧', '及时', '及時', '以及时', '与其', '與其', '或许', '或許', '同时期'],
};

/** A conjunction next to one of these joins people, not asks (您和家人, 与我们合作). */
export const pronouns: Lexicon = {
  en: ['you', 'your', 'yours', 'yourself', 'i', 'me', 'my', 'we', 'us', 'our', 'they', 'them', 'their', 'he', 'she', 'his', 'her', 'others', 'other'],
  zh: ['您', '你', '您们', '你们', '我', '我们', '我們', '我司', '本公司', '贵公司', '貴公司', '贵司', '貴司', '他', '她', '他们', '他們', '他人', '其他', '其它', '别人', '別人'],
};

/** Chinese frames where 和/与/跟 means "with": 与竞争对手相比, 与我们合作. */
export const zhWithFrames: readonly string[] = ['相比', '比较', '比較', '相较', '相較', '比起', '一起', '一同', '之间', '之間', '合作', '沟通', '溝通', '交流', '联系', '聯繫', '打交道', '对比', '對比', '相同', '一样', '一樣', '不同'];

/** Words that open a list of what to include: a conjunction after them widens the scope, it adds no ask. */
export const inclusionMarkers: Lexicon = {
  en: ['including', 'include', 'includes', 'such as', 'e.g', 'for example', 'for instance'],
  zh: ['包括', '包含', '例如', '比如', '诸如', '諸如', '如'],
};

/** Verbs that start an instruction after `and`: "think of your last visit and tell us". */
export const instructionVerbs: readonly string[] = ['tell', 'rate', 'explain', 'describe', 'select', 'choose', 'give', 'indicate', 'let', 'say', 'answer', 'mark', 'tick', 'check', 'write'];

export const leading: Lexicon = {
  en: [
    "don't you agree", "don't you think", "wouldn't you agree", "wouldn't you say", "isn't it true", "isn't it", "aren't you",
    "don't you", "wouldn't you", "shouldn't we", 'most customers', 'most people', 'most of our customers', 'everyone knows',
    'as you know', 'as everyone knows', 'experts agree', 'experts say', 'it is well known', 'of course', 'obviously', 'undoubtedly', 'surely',
  ],
  zh: [
    '难道', '難道', '不是吗', '不是嗎', '是不是很', '您不认为', '您不認為', '您不觉得', '您不覺得', '你不觉得', '大多数客户', '大多數客戶',
    '大多数人', '大多數人', '大家都', '众所周知', '眾所周知', '专家认为', '專家認為', '专家都', '專家都', '当然', '當然', '显然', '顯然',
  ],
};

/** Praise words: a question that praises its object asks for agreement. */
export const praise: Lexicon = {
  en: ['excellent', 'outstanding', 'superb', 'amazing', 'wonderful', 'fantastic', 'exceptional', 'world-class', 'world class', 'first-class', 'award-winning', 'best-in-class', 'superior', 'perfect'],
  zh: ['优秀', '優秀', '一流', '卓越', '出色', '完美', '顶级', '頂級', '极佳', '極佳', '优质', '優質', '无微不至', '無微不至', '周到', '贴心', '貼心'],
};

export const negations: Lexicon = {
  en: ['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'cannot', "*n't"],
  zh: [
    '不', '没', '沒', '没有', '沒有', '无', '無', '非', '未', '不是', '并非', '並非', '别', '別', '不要', '不会', '不會', '不能', '无法', '無法',
    '从不', '從不', '从未', '從未', '不满', '不滿', '不太', '不够', '不夠', '不再', '未能', '不愿', '不願', '不愿意', '不願意', '没什么', '沒什麼',
  ],
};

/** Words with a negative prefix: with a negation they make a double negative ("not dissatisfied"). */
export const negativeWords: Lexicon = {
  en: [
    'dissatisfied', 'unsatisfied', 'disagree', 'unhappy', 'unlikely', 'unclear', 'unacceptable', 'unhelpful', 'unfair', 'unreasonable',
    'impossible', 'inadequate', 'dislike', 'disapprove', 'unwilling', 'unable', 'unsure', 'incorrect', 'unimportant', 'uncomfortable', 'unsafe', 'unfriendly',
  ],
  zh: ['反对', '反對', '拒绝', '拒絕', '否认', '否認', '缺乏', '缺少'],
};

/** Tokens that start like a negation but are not one. */
export const notNegations: Lexicon = {
  en: ['not only', 'no matter', 'no doubt'],
  zh: ['不同', '不断', '不斷', '不仅', '不僅', '不但', '不管', '不论', '不論', '不久', '不过', '不過', '不错', '不錯', '不少', '不足', '非常', '非凡', '无论', '無論', '未来', '未來', '无限', '無限', '并不', '非得'],
};

export const absolutes: Lexicon = {
  en: ['always', 'never', 'every', 'everyone', 'everybody', 'everything', 'nobody', 'at all times'],
  zh: ['总是', '總是', '从不', '從不', '从未', '從未', '从来', '從來', '所有', '每次', '永远', '永遠', '始终', '始終', '绝不', '絕不'],
};

/** Phrases around an absolute word that are not absolutes ("select all that apply", "at all"). */
export const notAbsolutes: Lexicon = {
  en: ['all that apply', 'all that applies', 'select all', 'tick all', 'check all', 'choose all', 'mark all', 'at all', 'all in all', 'every other', 'all of the following'],
  zh: ['所有适用', '所有適用'],
};

export const vague: Lexicon = {
  en: [
    'often', 'frequently', 'regularly', 'recently', 'sometimes', 'occasionally', 'usually', 'rarely', 'seldom', 'lately', 'normally',
    'generally', 'typically', 'a lot', 'a few', 'many times', 'from time to time', 'now and then', 'now and again',
  ],
  zh: ['经常', '經常', '有时', '有時', '偶尔', '偶爾', '最近', '通常', '常常', '时常', '時常', '很少', '平时', '平時', '近期', '频繁', '頻繁', '不时', '不時', '多次'],
};

/** Phrases that make a vague word precise ("how often" asks for a frequency; 最近一次 is one event). */
export const notVague: Lexicon = {
  en: ['how often', 'how frequently', 'how regularly', 'most recently', 'how many times'],
  zh: ['最近一次', '最近的一次', '最近一个', '最近一個', '多久'],
};

/** Verbs that make a question about behaviour, which needs a reference period. Words that are
 *  often nouns (order, call, contact, visit, study, book) are left out to keep false positives rare. */
export const behaviourVerbs: Lexicon = {
  en: [
    'use', 'used', 'uses', 'using', 'buy', 'bought', 'buying', 'purchased', 'purchasing', 'visited', 'visiting', 'contacted',
    'contacting', 'called', 'ordered', 'attend', 'attended', 'attending', 'shopped', 'spend', 'spent', 'happen', 'happened', 'travelled',
    'traveled', 'complained', 'booked', 'downloaded', 'logged in', 'ate', 'drank', 'exercised', 'watched',
  ],
  zh: [
    '使用', '购买', '購買', '联系', '聯繫', '联络', '聯絡', '访问', '訪問', '拨打', '撥打', '光顾', '光顧', '下单', '下單', '参加', '參加', '消费', '消費',
    '遇到', '发生', '發生', '登录', '登錄', '购物', '購物', '乘坐', '入住', '就餐', '投诉过', '投訴過', '访店', '到店', '咨询', '諮詢', '咨詢',
  ],
};

/** Markers of a reference period or of the present. */
export const referencePeriods: Lexicon = {
  en: [
    'in the past', 'in the last', 'during the past', 'during the last', 'over the past', 'over the last', 'within the past', 'within the last',
    'since', 'this week', 'this month', 'this year', 'this term', 'this semester', 'this quarter', 'last week', 'last month', 'last year',
    'last time', 'last visit', 'last order', 'last purchase', 'last quarter', 'today', 'yesterday', 'now', 'currently', 'current', 'at present',
    'ever', 'most recent', 'most recently', 'this time', 'per day', 'per week', 'per month', 'per year', 'each week', 'each month', 'a week',
    'a month', 'a day', 'a year', 'typical week', 'typical day', 'typical month', 'so far', 'to date', 'this purchase', 'this visit',
    'this order', 'this transaction', 'this stay', 'this call', 'this trip', 'this course', 'this class',
  ],
  zh: [
    '过去', '過去', '上个月', '上個月', '上周', '上週', '上星期', '本月', '本周', '本週', '今年', '去年', '本季度', '上季度', '本次', '这次', '這次', '上次',
    '目前', '现在', '現在', '当前', '當前', '曾经', '曾經', '每周', '每週', '每月', '每天', '每年', '期间', '期間', '学期', '學期', '至今', '以来',
    '以來', '迄今', '最近一次', '今天', '昨天', '近一年', '近半年', '近三个月', '近三個月', '目前为止', '本年度', '本学期', '本學期',
  ],
};

export const jargon: Lexicon = {
  en: [
    'leverage', 'leveraged', 'synergy', 'synergies', 'touchpoint', 'touchpoints', 'touch point', 'omnichannel', 'deliverables', 'actionable',
    'value proposition', 'pain point', 'pain points', 'holistic', 'paradigm', 'ideation', 'end-to-end', 'best-of-breed', 'mindshare', 'bandwidth',
  ],
  zh: [
    '赋能', '賦能', '抓手', '闭环', '閉環', '颗粒度', '顆粒度', '触点', '觸點', '打通', '链路', '鏈路', '全链路', '全鏈路', '心智', '痛点', '痛點',
    '对齐', '對齊', '沉淀', '沉澱', '底层逻辑', '底層邏輯', '组合拳', '組合拳', '私域', '中台', '降本增效', '用户画像', '用戶畫像', '复盘', '復盤',
  ],
};

/** Topics that make a question sensitive (SVY5007). */
export const sensitiveTopics: Lexicon = {
  en: ['income', 'salary', 'earn', 'earnings', 'wage', 'wages', 'how old', 'your age', 'health', 'illness', 'disability', 'religion', 'religious', 'ethnicity', 'sexual', 'debt', 'debts', 'political', 'marital'],
  zh: ['收入', '工资', '工資', '薪资', '薪資', '薪水', '年龄', '年齡', '健康', '疾病', '残疾', '殘疾', '宗教', '信仰', '民族', '婚姻', '负债', '負債', '政治', '性取向'],
};

/** All-caps words readers know without a definition. */
export const knownAcronyms: readonly string[] = [
  'OK', 'TV', 'PC', 'USB', 'ID', 'PDF', 'FAQ', 'VIP', 'GPS', 'SMS', 'APP', 'WIFI', 'AM', 'PM', 'USA', 'UK', 'EU', 'UN', 'CEO', 'IT', 'HR', 'DIY',
  'ATM', 'DVD', 'CD', 'QR', 'URL', 'AI', 'COVID', 'NO', 'PS', 'VS', 'ABC', 'LED', 'SIM', 'DNA', 'NGO', 'CV', 'PIN',
];

/** Options every word-list rule accepts: extra words per language, and words to stop matching. */
export interface WordListOptions {
  words?: Partial<Record<string, string[]>> | string[];
  ignore?: string[];
}

const listCache = new WeakMap<Lexicon, Map<string, string[]>>();

/** The list for a language: defaults plus configured extras, minus ignored words (memoised). */
export function wordList(lexicon: Lexicon, lang: string, options: WordListOptions = {}): string[] {
  let byKey = listCache.get(lexicon);
  if (!byKey) listCache.set(lexicon, (byKey = new Map()));
  const key = `${lang}\u0000${JSON.stringify(options.words ?? null)}\u0000${JSON.stringify(options.ignore ?? null)}`;
  let list = byKey.get(key);
  if (!list) {
    if (byKey.size > 200) byKey.clear();
    list = buildList(lexicon, lang, options);
    byKey.set(key, list);
  }
  return list;
}

function buildList(lexicon: Lexicon, lang: string, options: WordListOptions): string[] {
  const base = isChinese(lang) ? lexicon.zh : lang.toLowerCase().startsWith('en') ? lexicon.en : [];
  const extra = Array.isArray(options.words) ? options.words : (options.words?.[lang] ?? options.words?.[lang.split('-')[0]] ?? []);
  const ignore = new Set((options.ignore ?? []).map((w) => w.toLowerCase()));
  return [...base, ...extra].filter((w) => !ignore.has(w.toLowerCase()));
}

/** Lists for languages without a built-in one: only what the config gives. */
export function hasBuiltinLexicon(lang: string): boolean {
  return isChinese(lang) || lang.toLowerCase().startsWith('en');
}
