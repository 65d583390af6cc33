// The responses of a form JSON file (one response or an array) or a JSON Lines file.
import { readFileSync } from 'node:fs';

export function readResponses(file: string): Array<Record<string, unknown>> {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.jsonl'))
    return text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l));
  const v = JSON.parse(text);
  return Array.isArray(v) ? v : [v];
}
