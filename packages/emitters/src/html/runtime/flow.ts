// Random order of questions and sections, screen-outs and end screens in the form.
// The order is drawn once (crypto randomness, or a seeded generator when the link says
// `?_seed=N`, for tests and previews), saved with the answers so a reload shows the same
// order, applied to the page markup and to the page table, and recorded in the response.
import type { RuntimeData } from './data.ts';
import type { RuntimeFlow } from './flow-data.ts';
import { truth, type Env } from './evaluate.ts';

type Random = () => number;

/** mulberry32: a small deterministic generator for `?_seed=N`. */
function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function cryptoRandom(): number {
  const r = new Uint32Array(1);
  crypto.getRandomValues(r);
  return r[0] / 4294967296;
}

export function randomSource(search: string): Random {
  const seed = new URLSearchParams(search).get('_seed');
  return seed !== null && /^\d{1,10}$/.test(seed) ? seeded(Number(seed)) : cryptoRandom;
}

/** Fisher–Yates over the items that are not fixed; fixed ones keep their positions. */
function draw(items: string[], fixed: string[], random: Random): string[] {
  const movable = items.filter((x) => !fixed.includes(x));
  for (let i = movable.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [movable[i], movable[j]] = [movable[j], movable[i]];
  }
  return items.map((x) => (fixed.includes(x) ? x : movable.shift()!));
}

const samePermutation = (a: string[] | undefined, b: string[]) =>
  !!a && a.length === b.length && b.every((x) => a.includes(x)) && new Set(a).size === a.length;

/**
 * Applies saved orders or draws new ones: questions within each page of a randomised
 * section, then whole sections (their pages together) within each shuffle group. Moves
 * the page elements and rewrites `data.pages`; returns the order shown per section or group.
 */
export function arrangeFlow(
  data: RuntimeData,
  form: HTMLElement,
  saved: Record<string, string[]> | undefined,
  random: Random,
): Record<string, string[]> {
  const flow = data.flow;
  const out: Record<string, string[]> = {};
  if (!flow) return out;
  const sectionOf = (p: RuntimeData['pages'][number]) => p.section ?? p.id;
  const pageEl = (id: string) => document.getElementById(`page-${id}`);
  for (const r of flow.randomSections ?? []) {
    const pages = data.pages.filter((p) => sectionOf(p) === r.section);
    const all = pages.flatMap((p) => p.questions);
    const keep = saved?.[r.section];
    const ok =
      samePermutation(keep, all) && pages.every((p) => p.questions.every((q) => keep!.slice(0, 0).length === 0 && p.questions.includes(q)));
    for (const p of pages) {
      const order = ok ? keep!.filter((q) => p.questions.includes(q)) : draw(p.questions, r.fixed, random);
      p.questions = order;
      const el = pageEl(p.id);
      if (el)
        for (const q of order) {
          const qe = document.getElementById(`q-${q}`);
          if (qe) el.append(qe);
        }
    }
    out[r.section] = pages.flatMap((p) => p.questions);
  }
  for (const g of flow.groups ?? []) {
    const keep = saved?.[g.id];
    const order = samePermutation(keep, g.sections) ? keep! : draw(g.sections, g.fixed, random);
    const indexes = data.pages.map((p, i) => (g.sections.includes(sectionOf(p)) ? i : -1)).filter((i) => i >= 0);
    if (!indexes.length) continue;
    const block = order.flatMap((sec) => data.pages.filter((p) => sectionOf(p) === sec));
    const first = indexes[0];
    data.pages.splice(first, block.length, ...block);
    const after = document.getElementById(`page-${data.pages[first + block.length]?.id ?? ''}`) ?? form.querySelector('.nav');
    for (const p of block) {
      const el = pageEl(p.id);
      if (el) form.insertBefore(el, after);
    }
    out[g.id] = order;
  }
  data.pages.forEach((p, i) => pageEl(p.id)?.setAttribute('data-page', String(i)));
  return out;
}

/** The first screen-out, among those on pages up to `page` (an index into data.pages), whose condition holds. */
export function screenOutAt(
  data: RuntimeData,
  page: number,
  env: Env,
): RuntimeFlow['screenOuts'] extends Array<infer S> | undefined ? S | undefined : never {
  const reached = new Set(data.pages.slice(0, page + 1).map((p) => p.id));
  return data.flow?.screenOuts?.find((s) => reached.has(s.page) && truth(s.when, env));
}

/** The end screen to show: the first whose condition holds or that has none. */
export function endScreen(data: RuntimeData, env: Env): { id: string; text: string } | undefined {
  return data.flow?.ends?.find((e) => !e.when || truth(e.when, env));
}
