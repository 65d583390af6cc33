// A compiler bug on one input (here: a host that throws, standing for any crash in
// parsing or binding) is one SVY0001 diagnostic on that file; the same Program still
// compiles and reports every other file, as the CLI and the language server need.
import { describe, expect, it } from 'vitest';
import { Program, emptyConfig, type CompilerHost } from '../../src/index.ts';

describe('internal errors stay with their file', () => {
  it('reports SVY0001 on the failing file and the others as usual', () => {
    const files: Record<string, string> = {
      '/p/ok.survey': 'survey ok {\n  languages zh\n  mode onlin\n}\n',
    };
    const host: CompilerHost = {
      readFile: (p) => {
        if (p === '/p/boom.survey') throw new RangeError('Maximum call stack size exceeded');
        return files[p];
      },
    };
    const program = new Program(host);
    const boom = program.compile('/p/boom.survey', { config: emptyConfig() });
    expect(boom.ok).toBe(false);
    expect(boom.diagnostics.map((d) => [d.code, d.file])).toEqual([['SVY0001', '/p/boom.survey']]);
    expect(boom.diagnostics[0].message).toContain('nested too deeply');
    const ok = program.compile('/p/ok.survey', { config: emptyConfig() });
    expect(ok.diagnostics.map((d) => d.code)).toContain('SVY2022');
  });
});
