// Identifiers for imported names: our ids are ASCII letters, digits and `_`, do not
// start with a digit and are not reserved keywords (contextual ones such as `weight` and
// `tag` are fine). Every importer maps names and codes with these same functions, so a
// condition and its option agree.
import { contextualKeywords, keywords } from '@survey/syntax';

const reserved = new Set<string>(keywords.filter((k) => !contextualKeywords.includes(k)));

export function toId(name: string, fallback = 'q'): string {
  let id = name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/_+$/, '');
  if (!id) id = fallback;
  if (/^[0-9]/.test(id)) id = `${fallback}${id}`;
  if (reserved.has(id)) id = `${id}_`;
  return id;
}

/** A choice code: an integer stays a number; anything else becomes an id. */
export function toCode(code: string | number): string | number {
  const s = String(code).trim();
  if (/^-?\d+$/.test(s)) return Number(s);
  return toId(s, 'c');
}

/** Unique ids within one namespace (questions, rows, lists). */
export class IdSpace {
  private readonly used = new Set<string>();
  take(name: string, fallback = 'q'): string {
    let id = toId(name, fallback);
    const base = id;
    for (let i = 2; this.used.has(id); i++) id = `${base}_${i}`;
    this.used.add(id);
    return id;
  }
  has(id: string): boolean {
    return this.used.has(id);
  }
}
