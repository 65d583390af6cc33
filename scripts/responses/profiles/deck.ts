// Exact group counts in random order: `deck(r, {a: 3, b: 2})` is a shuffled list with
// three a's and two b's, so strata get the numbers the sample plan allocated.
import type { Rng } from '../prng.ts';

export function deck(r: Rng, counts: Record<string, number>): string[] {
  const cards = Object.entries(counts).flatMap(([k, n]) => Array.from({ length: n }, () => k));
  for (let i = cards.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1));
    [cards[i], cards[j]] = [cards[j], cards[i]];
  }
  return cards;
}
