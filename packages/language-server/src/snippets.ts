// The snippets of the language: a new survey, a scale, a choice list and a question of
// every kind (zh with an optional en translation). One source for both editors: the
// server offers them as snippet completions at the start of a statement (clients that
// support snippets), and packages/vscode/snippets/survey.json is written from this
// table (a test keeps it current and compiles every snippet). `\t` is one indentation
// level; `blocks` says where a snippet may start a statement.
import type { BlockKind } from './completion-context.ts';

export interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

export const snippets: Record<string, Snippet> = {
  'New survey': {
    prefix: 'survey',
    description: 'A new survey: title, languages, confidentiality, a scale, a rating and an optional follow-up (zh/en).',
    body: [
      'survey ${1:my_survey} {',
      '\ttitle "${2:问卷标题}" en: "${3:Survey title}"',
      '\tlanguages ${4:zh, en}',
      '\tintro "${5:本问卷约需 2 分钟。}" en: "${6:This survey takes about 2 minutes.}"',
      '\tconfidentiality "${7:您的回答将严格保密。}" en: "${8:Your answers are kept confidential.}"',
      '',
      '\tscale sat5 1..5 {',
      '\t\t5 "非常满意" en: "Very satisfied"',
      '\t\t4 "满意" en: "Satisfied"',
      '\t\t3 "一般" en: "Neither satisfied nor dissatisfied"',
      '\t\t2 "不满意" en: "Dissatisfied"',
      '\t\t1 "非常不满意" en: "Very dissatisfied"',
      '\t}',
      '',
      '\trating ${9:overall} "${10:您的总体满意度如何?}" en: "${11:How satisfied are you overall?}" on sat5',
      '\ttext ${12:why} "${13:请说明原因。}" en: "${14:Please tell us why.}" optional when ${9:overall} <= 2',
      '\t$0',
      '}',
    ],
  },
  Scale: {
    prefix: 'scale',
    description: 'A five-point scale with a label for every point (zh/en).',
    body: [
      'scale ${1:agree5} 1..5 {',
      '\t5 "${2:非常同意}"${3: en: "${4:Strongly agree}"}',
      '\t4 "${5:同意}"${6: en: "${7:Agree}"}',
      '\t3 "${8:一般}"${9: en: "${10:Neither agree nor disagree}"}',
      '\t2 "${11:不同意}"${12: en: "${13:Disagree}"}',
      '\t1 "${14:非常不同意}"${15: en: "${16:Strongly disagree}"}',
      '}',
      '$0',
    ],
  },
  'Choice list': {
    prefix: 'choices',
    description: 'A named choice list with an "other, please specify" option (zh/en).',
    body: [
      'choices ${1:channels} {',
      '\t${2:web} "${3:网站}"${4: en: "${5:Website}"}',
      '\t${6:phone} "${7:电话}"${8: en: "${9:Phone}"}',
      '\tother "${10:其他(请注明)}"${11: en: "${12:Other (please specify)}"} specify',
      '}',
      '$0',
    ],
  },
  'Question: single': {
    prefix: 'single',
    description: 'One choice among options (`single` question, zh/en).',
    body: [
      'single ${1:channel} "${2:您通过什么渠道联系我们?}"${3: en: "${4:How did you contact us?}"} {',
      '\t${5:web} "${6:网站}"${7: en: "${8:Website}"}',
      '\t${9:phone} "${10:电话}"${11: en: "${12:Phone}"}',
      '}',
      '$0',
    ],
  },
  'Question: multi': {
    prefix: 'multi',
    description: 'Any number of options (`multi` question, zh/en).',
    body: [
      'multi ${1:used} "${2:您使用过哪些功能?}"${3: en: "${4:Which features have you used?}"} min 1 {',
      '\t${5:search} "${6:搜索}"${7: en: "${8:Search}"}',
      '\t${9:reports} "${10:报表}"${11: en: "${12:Reports}"}',
      '\tnone "${13:以上都没有}"${14: en: "${15:None of these}"} exclusive',
      '}',
      '$0',
    ],
  },
  'Question: ranking': {
    prefix: 'ranking',
    description: 'An ordering of options (`ranking` question, zh/en).',
    body: [
      'ranking ${1:priorities} "${2:请按重要性排序。}"${3: en: "${4:Rank these by importance.}"} {',
      '\t${5:price} "${6:价格}"${7: en: "${8:Price}"}',
      '\t${9:durability} "${10:耐用性}"${11: en: "${12:Durability}"}',
      '\t${13:service} "${14:服务}"${15: en: "${16:Service}"}',
      '}',
      '$0',
    ],
  },
  'Question: rating': {
    prefix: 'rating',
    description: 'One point of a scale (`rating` question, zh/en).',
    body: ['rating ${1:overall} "${2:您的总体满意度如何?}"${3: en: "${4:How satisfied are you overall?}"} on ${5:sat5}', '$0'],
  },
  'Question: matrix': {
    prefix: 'matrix',
    description: 'Rows answered on one scale (`matrix` question, zh/en).',
    body: [
      'matrix ${1:aspects} "${2:您对以下方面的满意度如何?}"${3: en: "${4:How satisfied are you with each of the following?}"} on ${5:sat5} {',
      '\trow ${6:speed} "${7:响应速度}"${8: en: "${9:Speed of response}"}',
      '\trow ${10:courtesy} "${11:服务态度}"${12: en: "${13:Courtesy}"}',
      '}',
      '$0',
    ],
  },
  'Question: nps': {
    prefix: 'nps',
    description: 'Net Promoter Score (0–10, built-in scale) (`nps` question, zh/en).',
    body: ['nps ${1:recommend} "${2:您有多大可能向朋友推荐我们?}"${3: en: "${4:How likely are you to recommend us to a friend?}"}', '$0'],
  },
  'Question: text': {
    prefix: 'text',
    description: 'A free-text answer (`text` question, zh/en).',
    body: ['text ${1:comments} "${2:您还有什么建议?}"${3: en: "${4:Any other suggestions?}"} optional max ${5:500}', '$0'],
  },
  'Question: number': {
    prefix: 'number',
    description: 'A number with bounds and a unit (`number` question, zh/en).',
    body: [
      'number ${1:hours} "${2:过去 7 天,您使用了多少小时?}"${3: en: "${4:In the past 7 days, how many hours did you use it?}"} min ${5:0} max ${6:60} unit "${7:小时}"${8: en: "${9:hours}"}',
      '$0',
    ],
  },
  'Question: date': {
    prefix: 'date',
    description: 'An ISO date (`date` question, zh/en).',
    body: ['date ${1:delivered} "${2:交付日期}"${3: en: "${4:Delivery date}"} min "${5:2024-01-01}"', '$0'],
  },
  'Question: yesno': {
    prefix: 'yesno',
    description: 'Yes or no (`yesno` question, zh/en).',
    body: ['yesno ${1:contacted} "${2:您是否联系过客服?}"${3: en: "${4:Did you contact customer service?}"}', '$0'],
  },
  'Question: file': {
    prefix: 'file',
    description: 'A file upload with its types and size (`file` question, zh/en).',
    body: ['file ${1:photo} "${2:请上传门店照片}"${3: en: "${4:Upload a photo of the shop}"} accept "${5:image/*}" max ${6:5} MB', '$0'],
  },
  'Question: geopoint': {
    prefix: 'geopoint',
    description: 'A location from the device or typed (`geopoint` question, zh/en).',
    body: ['geopoint ${1:place} "${2:门店位置}"${3: en: "${4:Location of the shop}"}', '$0'],
  },
  'Question: signature': {
    prefix: 'signature',
    description: 'A drawn or typed signature (`signature` question, zh/en).',
    body: ['signature ${1:sign} "${2:请签名}"${3: en: "${4:Please sign}"}', '$0'],
  },
};

/** Where each snippet may start a statement. */
export function snippetBlocks(name: string): BlockKind[] {
  if (name === 'New survey') return ['document'];
  if (name === 'Scale' || name === 'Choice list') return ['document', 'survey'];
  return ['survey', 'section'];
}
