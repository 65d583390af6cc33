// Static checks of the HTML form: standalone, strict CSP by hash, no inline handlers,
// user text escaped, labels for controls, and a runtime bundle that is up to date.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { emitHtml } from '../src/html/emit.ts';
import { isSlider } from '../src/html/slider.ts';
import { unpackData, type PageData } from '../src/html/runtime/pack.ts';
import { allCases, fixtureCases, packageDir } from './support/load.ts';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

function parts(html: string) {
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attrs: m[1], body: m[2] }));
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1].replace(/&#39;/g, "'") ?? '';
  // The markup alone: without the script bodies and the inert JSON data.
  const markup = html
    .replace(/<script[^>]*>[\s\S]*?<\/script>/g, '<script></script>')
    .replace(/<style>[\s\S]*?<\/style>/, '<style></style>');
  return { scripts, styles, csp, markup };
}

describe.each(allCases().map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const html = emitHtml(c.result.survey!, c.result.binding);
  const { scripts, styles, csp, markup } = parts(html);

  it('has one executable script and one style, both allowed by hash and nothing else', () => {
    const executable = scripts.filter((s) => s.attrs === '');
    expect(executable).toHaveLength(1);
    expect(scripts.filter((s) => s.attrs === ' type="application/json" id="survey-data"')).toHaveLength(1);
    expect(scripts).toHaveLength(2);
    expect(styles).toHaveLength(1);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src ${hash(executable[0].body)}`);
    expect(csp).toContain(`style-src ${hash(styles[0])}`);
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toMatch(/unsafe|\*/);
  });

  it('loads nothing from outside and has no inline event handler or style attribute', () => {
    // Option images are the one exception: embedded data: images, never fetched.
    expect(markup).not.toMatch(/<[^>]*\s(srcset|action|formaction|poster)=/i);
    expect(markup).not.toMatch(/<(?!img\s)[^>]*\ssrc=|<img\s[^>]*src="(?!data:image\/)/i);
    expect(markup).not.toMatch(/<[^>]*\shref="(?!#)/i);
    expect(markup).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(markup).not.toMatch(/<[^>]*\sstyle\s*=/i);
    expect(styles[0]).not.toMatch(/url\(|@import/i);
    expect(markup).not.toMatch(/<(iframe|svg|object|embed|link|base)\b/i);
  });

  it('labels every control and gives every group a legend', () => {
    // A text, number or date question's input is labelled by its title, whose <label for> the
    // runtime builds with the question's shell (runtime/shells.ts; the built page is checked in
    // browser/shells.test.ts).
    const data = unpackData(JSON.parse(scripts.find((s) => s.attrs.includes('survey-data'))!.body) as PageData);
    const shelled = new Set(
      data.questions.filter((q) => q.kind === 'text' || q.kind === 'number' || q.kind === 'date').map((q) => `f-${q.id}`),
    );
    const ids = [...markup.matchAll(/<(?:input|select|textarea)\b[^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
    for (const id of ids) {
      const labelled = markup.includes(`for="${id}"`) || new RegExp(`id="${id}"[^>]*aria-labelledby=`).test(markup) || shelled.has(id);
      expect(labelled, `control ${id} has no label`).toBe(true);
    }
    for (const id of shelled) expect(markup, id).toContain(`<div id="q-${id.slice(2)}"><span data-t="q.${id.slice(2)}">`);
    // Every fieldset written in the markup opens with its legend (a question's and a matrix row's are built by the runtime around theirs).
    expect(markup).not.toMatch(/<fieldset\b[^>]*>(?!<legend\b)/);
  });

  it('writes each scale once, as a template every scale placeholder names', () => {
    const templates = [...markup.matchAll(/<template id="scale-([^"]+)">([\s\S]*?)<\/template>/g)];
    const ids = templates.map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // Every rating, NPS and matrix on a scale of radio buttons gets its box from the runtime (runtime/shells.ts).
    for (const q of c.result.survey!.questions) if (q.scale && !isSlider(q.scale)) expect(ids).toContain(q.scale.id);
    // The runtime names each cloned radio and points its label at it.
    for (const [, , body] of templates) expect(body).not.toMatch(/\s(name|id|for)=/);
  });

  it('writes each shared choice list and yes/no once, as a template every list placeholder names', () => {
    const templates = [...markup.matchAll(/<template id="(list-[^"]+)">([\s\S]*?)<\/template>/g)];
    const ids = templates.map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of markup.matchAll(/<div class="(?:choices|ranking)"[^>]* data-list="([^"]+)"><\/div>/g)) expect(ids).toContain(m[1]);
    if (c.result.survey!.questions.some((q) => q.kind === 'yesno')) expect(ids).toContain('list-yesno'); // its boxes: runtime/shells.ts
    // The runtime names each cloned input, points its label at it and gives the label its text key.
    for (const [, , body] of templates) expect(body).not.toMatch(/\s(name|id|for|data-t)=/);
  });

  it('writes a text shared by several keys once; the others name its key', () => {
    const texts = JSON.parse(scripts.find((s) => s.attrs.includes('survey-data'))!.body).texts as Record<string, unknown>;
    const seen = new Set<string>();
    for (const [key, t] of Object.entries(texts)) {
      if (typeof t === 'string') expect(typeof texts[t], `${key} -> ${t}`).toBe('object');
      else if (!Object.values(t as object).includes(null)) {
        expect(seen.has(JSON.stringify(t)), key).toBe(false);
        seen.add(JSON.stringify(t));
      }
    }
  });

  it('leaves out of the data only default-language texts the page shows whole, outside templates', () => {
    const data = JSON.parse(scripts.find((s) => s.attrs.includes('survey-data'))!.body);
    const page = markup.replace(/<template[\s\S]*?<\/template>/g, '');
    const unescaped = (s: string) =>
      s.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
    const source = c.result.survey!;
    let left = 0;
    for (const [key, t] of Object.entries(data.texts as Record<string, Record<string, string | null> | string>)) {
      if (typeof t === 'string' || t[data.defaultLanguage] !== null) continue;
      left++;
      const shown = new RegExp(`<(\\w+) data-t="${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>([^<]*)</\\1>`).exec(page);
      expect(shown, key).not.toBeNull();
      // What the runtime reads back is the text itself (checked here for question texts).
      const q = key.startsWith('q.') ? source.questions.find((x) => `q.${x.id}` === key) : undefined;
      if (q) expect(unescaped(shown![2]), key).toBe(q.text[data.defaultLanguage]);
    }
    if (source.questions.length) expect(left).toBeGreaterThan(0);
  });

  it('keeps the survey data inert: no closing tag or comment inside it', () => {
    const data = scripts.find((s) => s.attrs.includes('survey-data'))!.body;
    expect(data).not.toMatch(/<\/|<!--|<script/i);
    expect(JSON.parse(data).id).toBe(c.result.survey!.id);
  });
});

describe('hostile strings', () => {
  const c = fixtureCases().find((x) => x.name.endsWith('hostile.survey'))!;
  const html = emitHtml(c.result.survey!, c.result.binding);
  const { markup } = parts(html);

  it('appear only escaped in the markup', () => {
    expect(markup).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markup).toContain('&quot;&gt;&lt;img src=x onerror=alert(3)&gt;');
    expect(markup).toContain('{{constructor.constructor(&#39;alert(4)&#39;)()}} ${alert(5)}');
    expect(markup).toContain('&lt;svg onload=alert(8)&gt;');
    expect(markup).not.toMatch(/<script>alert|<img|<svg|<u>|<b>/);
    expect(html).toContain('\u202egnp.exe\u202c');
    expect(markup.match(/長文本|长文本/g)!.length).toBeGreaterThan(100);
  });

  it('a text that looks like a pipe but names no question stays literal', () => {
    expect(markup).toContain('{{x}} ${y} #{z}');
    expect(markup).toMatch(/You chose <span class="pipe" data-pipe="pick"><\/span> — &lt;u&gt;rate&lt;\/u&gt; it/);
  });
});

describe('submit URL', () => {
  it('opens connect-src to that origin only', () => {
    const c = allCases()[0];
    const { csp } = parts(emitHtml(c.result.survey!, c.result.binding, { submitUrl: 'https://collect.example.org/api/responses?x=1' }));
    expect(csp).toContain('connect-src https://collect.example.org;');
  });
});

describe('runtime bundle', () => {
  it('src/html/runtime.generated.ts is fresh (node packages/emitters/scripts/build-runtime.mjs)', async () => {
    const { bundleRuntime } = await import(join(packageDir, 'scripts/build-runtime.mjs'));
    const fresh: string = await bundleRuntime();
    expect(
      fresh === readFileSync(join(packageDir, 'src/html/runtime.generated.ts'), 'utf8'),
      'stale runtime bundle: run node packages/emitters/scripts/build-runtime.mjs',
    ).toBe(true);
  });
});
