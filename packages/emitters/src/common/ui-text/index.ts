// The form's interface text in every language it knows, one table per language file, and
// how a survey's language tag (BCP 47) picks a table: zh-Hant, zh-TW, zh-HK and zh-MO are
// Traditional Chinese, other zh tags Simplified; otherwise the primary subtag (pt-BR → pt).
// A language without a table, and any key a table lacks, falls back to English.
import { en, type UiKey, type UiTable } from './en.ts';
import { zhHans } from './zh-Hans.ts';
import { zhHant } from './zh-Hant.ts';
import { ja } from './ja.ts';
import { ko } from './ko.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { de } from './de.ts';
import { pt } from './pt.ts';
import { ar } from './ar.ts';
import { sw } from './sw.ts';

export { en, type UiKey, type UiTable };

export const UI_TABLES: Record<string, UiTable> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant, ja, ko, es, fr, de, pt, ar, sw };

/** The table name for a language tag: `zh-Hant`, `zh-Hans`, a primary subtag with a table, or `en`. */
export function uiTableFor(tag: string): string {
  const parts = tag.toLowerCase().split(/[-_]/);
  if (parts[0] === 'zh' || parts[0] === 'cmn' || parts[0] === 'yue') {
    if (parts.includes('hant') || parts.some((p) => ['tw', 'hk', 'mo'].includes(p))) return 'zh-Hant';
    if (parts[0] === 'yue' && !parts.includes('hans')) return 'zh-Hant';
    return 'zh-Hans';
  }
  return parts[0] in UI_TABLES ? parts[0] : 'en';
}

/** One interface string in the language of `tag`, English where that language has none. */
export function uiText(key: UiKey, tag: string): string {
  return UI_TABLES[uiTableFor(tag)]?.[key] ?? en[key];
}

/** Right-to-left scripts, for the `dir` attribute. */
export function isRtl(tag: string): boolean {
  const parts = tag.toLowerCase().split(/[-_]/);
  if (parts.includes('arab') || parts.includes('hebr')) return true;
  if (parts.includes('latn') || parts.includes('cyrl')) return false;
  return ['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'ckb', 'dv'].includes(parts[0]);
}
