// The form's own words, in Chinese and English; other languages fall back to English.
// `{n}`, `{total}` and `{label}` are filled in by the runtime.
import type { LText } from '@survey/compiler';
import { yesNoLabel } from '../common/texts.ts';

const strings: Record<string, { zh: string; en: string }> = {
  language: { zh: '语言', en: 'Language' },
  previous: { zh: '上一页', en: 'Previous' },
  next: { zh: '下一页', en: 'Next' },
  submit: { zh: '提交', en: 'Submit' },
  download: { zh: '下载回答', en: 'Download my answers' },
  progress: { zh: '第 {n} 页,共 {total} 页', en: 'Page {n} of {total}' },
  requiredMark: { zh: '(必答)', en: '(required)' },
  required: { zh: '此题为必答题。', en: 'This question needs an answer.' },
  rowRequired: { zh: '请回答每一行。', en: 'Answer every row.' },
  minSelected: { zh: '请至少选择 {n} 项。', en: 'Select at least {n}.' },
  maxSelected: { zh: '最多选择 {n} 项。', en: 'Select at most {n}.' },
  exclusive: { zh: '“{label}”不能与其他选项同时选择。', en: '“{label}” cannot be combined with other options.' },
  specify: { zh: '请注明“{label}”。', en: 'Please specify “{label}”.' },
  tooShort: { zh: '请至少输入 {n} 个字符。', en: 'Enter at least {n} characters.' },
  tooLong: { zh: '最多输入 {n} 个字符。', en: 'Enter at most {n} characters.' },
  pattern: { zh: '格式不正确。', en: 'This answer is not in the expected format.' },
  formatEmail: { zh: '请输入有效的电子邮箱地址。', en: 'Enter a valid e-mail address.' },
  formatPhone: { zh: '请输入有效的电话号码。', en: 'Enter a valid telephone number.' },
  formatUrl: { zh: '请输入以 http:// 或 https:// 开头的网址。', en: 'Enter a web address starting with http:// or https://.' },
  formatTime: { zh: '请输入有效时间(时:分)。', en: 'Enter a valid time (hours:minutes).' },
  formatDatetime: { zh: '请输入有效的日期和时间。', en: 'Enter a valid date and time.' },
  notNumber: { zh: '请输入数字。', en: 'Enter a number.' },
  notInteger: { zh: '请输入整数。', en: 'Enter a whole number.' },
  min: { zh: '不能小于 {n}。', en: 'Enter {n} or more.' },
  max: { zh: '不能大于 {n}。', en: 'Enter {n} or less.' },
  dateInvalid: { zh: '请输入有效日期(年-月-日)。', en: 'Enter a valid date (year-month-day).' },
  dateMin: { zh: '日期不能早于 {n}。', en: 'The date must be on or after {n}.' },
  dateMax: { zh: '日期不能晚于 {n}。', en: 'The date must be on or before {n}.' },
  rankCount: { zh: '请为 {n} 个选项排序。', en: 'Rank {n} options.' },
  rankRange: { zh: '请为 {n} 至 {total} 个选项排序。', en: 'Rank between {n} and {total} options.' },
  rankDuplicate: { zh: '每个名次只能使用一次。', en: 'Use each rank only once.' },
  rankGap: { zh: '名次须从 1 开始连续排列。', en: 'Ranks must start at 1 with no gaps.' },
  rank: { zh: '名次', en: 'Rank' },
  rankNone: { zh: '不排序', en: 'Not ranked' },
  pageErrors: { zh: '本页有 {n} 处需要修改。', en: '{n} answers on this page need attention.' },
  restored: { zh: '已恢复您上次保存在本浏览器中的回答。', en: 'Your answers saved in this browser were restored.' },
  sending: { zh: '正在提交……', en: 'Sending…' },
  sendFailed: {
    zh: '提交失败。您的回答仍保存在本浏览器中,请稍后重试,或下载一份副本。',
    en: 'Sending failed. Your answers are still saved in this browser: try again later, or download a copy.',
  },
  sent: { zh: '提交成功,感谢您的参与!', en: 'Your answers were sent. Thank you for taking part!' },
  downloaded: {
    zh: '感谢您的参与!您的回答已作为 JSON 文件下载。如果没有出现文件,请复制下面的文本。回答仍保存在本浏览器中,确认保存后可以清除。',
    en: 'Thank you for taking part! Your answers were downloaded as a JSON file. If no file appeared, copy the text below. They stay saved in this browser until you clear them.',
  },
  responseText: { zh: '您的回答(JSON)', en: 'Your answers (JSON)' },
  copy: { zh: '复制', en: 'Copy' },
  copied: { zh: '已复制。', en: 'Copied.' },
  copyFailed: { zh: '无法自动复制:请选中文本后手动复制。', en: 'Could not copy automatically: select the text and copy it.' },
  forget: { zh: '我已保存,清除本浏览器中的回答', en: 'I have saved them: clear my answers from this browser' },
  forgotten: { zh: '已从本浏览器中清除您的回答。', en: 'Your answers were cleared from this browser.' },
  unanswered: { zh: '……', en: '…' },
  noscript: { zh: '此问卷需要启用 JavaScript。', en: 'This questionnaire needs JavaScript.' },
  intro: { zh: '说明', en: 'About this survey' },
  glossary: { zh: '术语说明', en: 'Terms used in this survey' },
  hiddenMissing: {
    zh: '此问卷链接缺少“{label}”,无法提交。请使用邀请中的完整链接。',
    en: 'This survey link lacks “{label}”, so answers cannot be submitted. Please use the full link from your invitation.',
  },
  hiddenInvalid: {
    zh: '此问卷链接中的“{label}”无效({n}),无法提交。请使用邀请中的完整链接。',
    en: 'This survey link has an invalid “{label}” ({n}), so answers cannot be submitted. Please use the full link from your invitation.',
  },
};

/** Every interface string in each survey language. */
export function uiStrings(languages: string[]): Record<string, LText> {
  const out: Record<string, LText> = {};
  for (const [key, t] of Object.entries(strings)) {
    out[key] = {};
    for (const lang of languages) out[key][lang] = lang === 'zh' || lang.startsWith('zh-') ? t.zh : t.en;
  }
  out.yes = yesNoLabel('yes', languages);
  out.no = yesNoLabel('no', languages);
  return out;
}

/** Names of languages in themselves, for the language switch. */
const endonyms: Record<string, string> = {
  zh: '中文',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  en: 'English',
  ja: '日本語',
  ko: '한국어',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  pt: 'Português',
  ru: 'Русский',
  ar: 'العربية',
  he: 'עברית',
  fa: 'فارسی',
  vi: 'Tiếng Việt',
  th: 'ไทย',
  id: 'Bahasa Indonesia',
  ms: 'Bahasa Melayu',
};

export function languageName(lang: string): string {
  return endonyms[lang] ?? endonyms[lang.split('-')[0]] ?? lang;
}

/** Right-to-left scripts, for the `dir` attribute. */
export function isRtl(lang: string): boolean {
  return ['ar', 'he', 'fa', 'ur', 'yi'].includes(lang.split('-')[0]);
}
