// Randomised display order with anchors: options marked `fixed` keep their position,
// the others are shuffled (Fisher–Yates over crypto randomness). The order is saved,
// so a reload shows the same order.

function shuffle<T>(items: T[]): T[] {
  const a = items.slice();
  const r = new Uint32Array(a.length);
  crypto.getRandomValues(r);
  for (let i = a.length - 1; i > 0; i--) {
    const j = r[i] % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

const keyOf = (el: HTMLElement) => el.dataset.code ?? el.dataset.row ?? '';

/** Applies a saved order, or draws a new one; returns the order to save. */
export function arrange(container: HTMLElement, saved: string[] | undefined): string[] {
  const children = Array.from(container.children) as HTMLElement[];
  const byKey = new Map(children.map((c) => [keyOf(c), c] as const));
  let order: HTMLElement[];
  if (saved && saved.length === children.length && saved.every((k) => byKey.has(k))) {
    order = saved.map((k) => byKey.get(k)!);
  } else {
    const movable = shuffle(children.filter((c) => !('fixed' in c.dataset)));
    order = children.map((c) => ('fixed' in c.dataset ? c : movable.shift()!));
  }
  container.append(...order);
  return order.map(keyOf);
}
