// Results of pure functions of one string (a label's normal form, a parsed range),
// kept across compiles: the language server compiles the same texts on every keystroke
// and a generated survey repeats its choice labels thousands of times. Bounded: the
// table starts over when it is full, so memory stays flat however many texts pass.
const MAX = 50_000;

export function memoize<T>(fn: (s: string) => T, max = MAX): (s: string) => T {
  let table = new Map<string, T>();
  tables.push(() => (table = new Map()));
  return (s) => {
    let v = table.get(s);
    if (v === undefined && !table.has(s)) {
      if (table.size >= max) table = new Map();
      v = fn(s);
      table.set(s, v);
    }
    return v as T;
  };
}

// A one-shot compile (the CLI) keeps nothing for a later compile: every table starts over.
const tables: Array<() => void> = [];

export function clearMemos(): void {
  for (const clear of tables) clear();
}
