// Answers of the field-form types: a GPS location near the profile's centre (as a
// device reports it, with its accuracy), a photo stored apart from the response (its
// name, type and size, and a reference instead of the content, as field tools upload
// media separately) and an interviewer's signature (a tiny PNG).
import type { VariableDoc } from '@survey/analyze';
import type { Rng } from './prng.ts';
import type { Profile } from './profile.ts';

/** A 1×1 PNG. */
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

export function mediaAnswer(r: Rng, v: VariableDoc, index: number, where: Profile['location']): unknown {
  if (v.type === 'signature') return PNG;
  if (v.type === 'geopoint') {
    const c = where ?? { lat: 31.2304, lon: 121.4737, spread: 0.05 };
    const round = (x: number) => Math.round(x * 1e6) / 1e6;
    return {
      lat: round(c.lat + (r.next() - 0.5) * 2 * c.spread),
      lon: round(c.lon + (r.next() - 0.5) * 2 * c.spread),
      accuracy: r.int(3, 25),
      source: 'device',
    };
  }
  const name = `${v.name}-${String(index + 1).padStart(4, '0')}.jpg`;
  return { name, type: 'image/jpeg', size: r.int(150_000, 900_000), ref: `media/${name}` };
}
