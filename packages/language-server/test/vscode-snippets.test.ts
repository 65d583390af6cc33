// The snippets packages/vscode contributes to VS Code (tested here, where the
// compiler may be imported): one for a new survey, a scale, a choice list
// and a question of every kind the language has (the vocabulary's list). Each is
// expanded as VS Code would (placeholders take their defaults) and compiled where it
// belongs: a new survey as a file, the others inside a zh/en survey. They must parse
// and check without errors, also with the optional English translations deleted in
// a Chinese-only survey.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileText } from '@survey/compiler';
import { questionKinds } from '@survey/syntax';
import { root } from '../../../testing/bundles.ts';
import { snippets as table } from '../src/index.ts';

const pkg = join(root, 'packages', 'vscode');
const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
const snippetFile = manifest.contributes.snippets[0];
const snippets: Record<string, { prefix: string; body: string[]; description: string }> = JSON.parse(
  readFileSync(join(pkg, snippetFile.path), 'utf8'),
);

/**
 * Expands a TextMate/VS Code snippet body: `${n:default}` (nested), `$n`, `${n|a,b|}`.
 * `drop` lists placeholders deleted by the user (their whole text goes).
 */
export function expand(body: string, drop: (n: number, text: string) => boolean = () => false): string {
  let i = 0;
  const read = (until?: string): string => {
    let out = '';
    while (i < body.length) {
      const c = body[i];
      if (c === '\\' && i + 1 < body.length) {
        out += body[i + 1];
        i += 2;
      } else if (until && c === until) {
        return out;
      } else if (c === '$' && /\d/.test(body[i + 1] ?? '')) {
        i++;
        while (/\d/.test(body[i] ?? '')) i++;
      } else if (c === '$' && body[i + 1] === '{') {
        i += 2;
        let n = '';
        while (/\d/.test(body[i])) n += body[i++];
        if (body[i] === ':') {
          i++;
          const inner = read('}');
          i++;
          out += drop(Number(n), inner) ? '' : inner;
        } else if (body[i] === '|') {
          const end = body.indexOf('|}', i);
          out += body.slice(i + 1, end).split(',')[0];
          i = end + 2;
        } else i++; // ${n}
      } else {
        out += c;
        i++;
      }
    }
    return out;
  };
  return read();
}

const header = (languages: string) => `survey demo {
  title "演示" ${languages.includes('en') ? 'en: "Demo"' : ''}
  languages ${languages}
  confidentiality "您的回答将严格保密。" ${languages.includes('en') ? 'en: "Your answers are kept confidential."' : ''}
  scale sat5 1..5 {
    5 "非常满意" ${languages.includes('en') ? 'en: "Very satisfied"' : ''}
    4 "满意"
    3 "一般"
    2 "不满意"
    1 "非常不满意" ${languages.includes('en') ? 'en: "Very dissatisfied"' : ''}
  }
`;
/** The snippet inside a survey: `languages zh, en`, or `zh` with every ` en: …` placeholder deleted. */
function inSurvey(name: string, languages: 'zh, en' | 'zh'): string {
  const body = snippets[name].body.join('\n').replace(/\t/g, '  ');
  const text = expand(body, (_n, t) => languages === 'zh' && t.startsWith(' en: '));
  return `${header(languages)}\n  ${text.split('\n').join('\n  ')}\n}\n`;
}
const errors = (text: string) =>
  compileText(text, { path: '/snippets/demo.survey' })
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => `${d.code} ${d.message}`);

describe('snippets', () => {
  it("in packages/vscode are the language server's table (UPDATE_GOLDEN=1 rewrites them, then prettier)", () => {
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(join(pkg, snippetFile.path), JSON.stringify(table, null, 2) + '\n');
    expect(snippets).toEqual(table);
  });
  it('are contributed for the survey language from a packaged file', () => {
    expect(snippetFile.language).toBe('survey');
    expect(manifest.contributes.snippets).toHaveLength(1);
  });
  it('cover a new survey, a scale, a choice list and every question kind', () => {
    const prefixes = Object.values(snippets).map((s) => s.prefix);
    expect(prefixes).toEqual(expect.arrayContaining(['survey', 'scale', 'choices', ...questionKinds]));
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });
  it('a new survey is a complete survey that checks without errors or warnings', () => {
    const text = expand(snippets['New survey'].body.join('\n'));
    const result = compileText(text, { path: '/snippets/new.survey' });
    expect(result.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.code} ${d.message}`)).toEqual([]);
    expect(result.survey?.languages).toEqual(['zh', 'en']);
  });
  for (const name of Object.keys(snippets).filter((n) => n !== 'New survey')) {
    it(`${name}: checks without errors inside a zh/en and a zh-only survey`, () => {
      expect(errors(inSurvey(name, 'zh, en'))).toEqual([]);
      expect(errors(inSurvey(name, 'zh'))).toEqual([]);
    });
  }
  it('question snippets declare the kind they are named for', () => {
    for (const kind of questionKinds) {
      const result = compileText(inSurvey(`Question: ${kind}`, 'zh, en'), { path: '/snippets/demo.survey' });
      expect(result.survey!.questions.map((q) => q.kind)).toEqual([kind]);
    }
  });
  it('the expander is faithful: nested defaults, choices, deletions', () => {
    expect(expand('a ${1:b${2: c}} $0\\$x ${3|p,q|}')).toBe('a b c $x p');
    expect(expand('"${1:中}"${2: en: "${3:E}"}', (n) => n === 2)).toBe('"中"');
  });
});
