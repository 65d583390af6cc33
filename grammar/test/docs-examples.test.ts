// The ```survey blocks of docs/language.md are examples readers copy: each must parse.
// A block may be a fragment: bare `…` (outside strings) stands for elided content, and a
// block of survey members (questions, scores, sample …) is checked inside `survey s { }`.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from '@survey/syntax';

const docPath = fileURLToPath(new URL('../../docs/language.md', import.meta.url));
const markdown = readFileSync(docPath, 'utf8');

/** Removes `…` that stand outside string literals and comments. */
function dropElisions(source: string): string {
  return source
    .split('\n')
    .map((line) => {
      let out = '';
      let inString = false;
      for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '"' && line[i - 1] !== '\\') inString = !inString;
        if (!inString && c === '/' && line[i + 1] === '/') return out + line.slice(i);
        if (!inString && c === '…') continue;
        out += c;
      }
      return out;
    })
    .join('\n');
}

const blocks = [...markdown.matchAll(/```survey\n([\s\S]*?)```/g)].map((m) => ({
  line: markdown.slice(0, m.index).split('\n').length,
  source: dropElisions(m[1]),
}));

describe('docs/language.md', () => {
  it('has survey examples', () => {
    expect(blocks.length).toBeGreaterThan(10);
  });

  it.each(blocks.map((b) => [b.line, b.source] as const))('the block at line %i parses', (_line, source) => {
    const alone = parse(source).diagnostics;
    const wrapped = parse(`survey s {\n${source}\n}`).diagnostics;
    const best = alone.length <= wrapped.length ? alone : wrapped;
    expect(best.map((d) => d.message)).toEqual([]);
  });
});
