// Hidden (preloaded) values from the page's URL query (`?customer_id=C01&size=large`):
// each is checked against its type or code list; a required one that is missing, or
// any that is invalid, becomes a problem the form shows and that blocks submission.
import type { Code, RuntimeHidden } from './data.ts';

export interface HiddenRead {
  values: Record<string, Code>;
  problems: Array<{ key: 'hiddenMissing' | 'hiddenInvalid'; params: Record<string, string> }>;
}

function parse(h: RuntimeHidden, raw: string): Code | undefined {
  const v = raw.trim();
  if (!v) return undefined;
  switch (h.type) {
    case 'code':
      return h.codes?.find((c) => String(c) === v);
    case 'number': {
      const n = Number(v);
      return Number.isFinite(n) ? n : undefined;
    }
    case 'date': {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return undefined;
      const d = new Date(v + 'T00:00:00Z');
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v ? v : undefined;
    }
    default:
      return v;
  }
}

export function readHidden(declared: RuntimeHidden[], query: string): HiddenRead {
  const params = new URLSearchParams(query);
  const out: HiddenRead = { values: {}, problems: [] };
  for (const h of declared) {
    const raw = params.get(h.id);
    if (raw === null || raw.trim() === '') {
      if (h.required) out.problems.push({ key: 'hiddenMissing', params: { label: h.id } });
      continue;
    }
    const value = parse(h, raw);
    if (value === undefined) out.problems.push({ key: 'hiddenInvalid', params: { label: h.id, n: raw.slice(0, 80) } });
    else out.values[h.id] = value;
  }
  return out;
}
