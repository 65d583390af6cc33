// A score's missing-data policy as data (how many items, how many must be answered) and
// its wording in English and Chinese: the result carries both, the report prints the
// report's language, the SQL comments quote the English.
import type { ScoreDoc } from './config.ts';

export interface MissingPolicy {
  /** Items the formula reads. */
  items: number;
  /** At least this many must be answered (the others are left out); absent: all of them. */
  atLeast?: number;
}

export function policyOf(s: ScoreDoc): MissingPolicy {
  const items = s.items?.length ?? 0;
  return s.require.kind === 'atLeast' ? { items, atLeast: s.require.count } : { items };
}

export function policyText(p: MissingPolicy, zh = false): string {
  if (p.atLeast !== undefined)
    return zh
      ? `${p.items} 项中至少回答 ${p.atLeast} 项;未答的项不进入公式`
      : `at least ${p.atLeast} of ${p.items} items answered; the others are left out of the formula`;
  if (!p.items) return zh ? '总是计算' : 'always computed';
  return zh ? (p.items === 1 ? '该项已回答' : `${p.items} 项全部回答`) : `all ${p.items} item${p.items === 1 ? '' : 's'} answered`;
}

export function policyLabels(s: ScoreDoc): { en: string; zh: string } {
  const p = policyOf(s);
  return { en: policyText(p), zh: policyText(p, true) };
}
