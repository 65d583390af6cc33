// Random comments and line breaks between the tokens of a valid text, for the
// formatter's losslessness tests. Deterministic per seed.
import { parse } from '@survey/syntax';

/** A small deterministic generator (mulberry32), so failures reproduce. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Inserts comments (and sometimes line breaks) into about a fifth of the gaps between tokens. */
export function sprinkle(text: string, seed: number): string {
  const next = random(seed);
  const cuts = parse(text).tokens.map((t) => t.startOffset + t.image.length);
  let out = '';
  let at = 0;
  cuts.forEach((cut, i) => {
    out += text.slice(at, cut);
    at = cut;
    const r = next();
    if (r < 0.08) out += ` // c${i}\n`;
    else if (r < 0.16) out += ` /* c${i} */ `;
    else if (r < 0.18) out += `\n/* c${i}\n   two */\n`;
    else if (r < 0.2) out += '\n\n';
  });
  return out + text.slice(at);
}
