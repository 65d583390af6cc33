// The form markup of repeat groups: one labelled fieldset per possible instance, nested
// as the groups are, with every author string escaped (titles, option labels piped into
// texts) and the fold plan the runtime uses on submit.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compileFile, compileText } from '@survey/compiler';
import { emitHtml } from '../../src/html/emit.ts';

describe('repeat groups in the HTML form', () => {
  it('renders one labelled group per possible instance, nested, in both languages', () => {
    const r = compileFile(join(import.meta.dirname, 'household.survey'));
    const html = emitHtml(r.survey!, r.binding);
    const ids = [...html.matchAll(/<fieldset class="instance" id="inst-([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((k) => k.startsWith('members__') && !k.includes('job_loop'))).toEqual([
      'members__1',
      'members__2',
      'members__3',
      'members__4',
    ]);
    expect(ids.filter((k) => k.startsWith('members__1__job_loop'))).toEqual([
      'members__1__job_loop__1',
      'members__1__job_loop__2',
      'members__1__job_loop__3',
    ]);
    expect(ids.filter((k) => k.startsWith('visits'))).toEqual(['visits__1', 'visits__2', 'visits__3']);
    expect(html).toMatch(/<fieldset class="instance" id="inst-members__2" data-instance="members__2"><legend[^>]*>家庭成员 2<\/legend>/);
    expect(html).toContain('"Household member 2"');
    expect(html).toContain('您对“品牌 B”的满意程度如何?');
  });

  it('escapes hostile titles and option labels', () => {
    const r = compileText(`survey h {
  title "恶意" en: "Hostile"
  languages zh, en
  confidentiality "保密" en: "Confidential"
  multi picks "选择" en: "Pick" { a "<img src=x onerror=alert(1)>" en: "</legend><script>alert(2)</script>"  b "B" en: "B" }
  repeat loop "<b>循环</b>" en: "<script>alert(3)</script>" for each picks {
    text why "为什么选“{loop}”?" en: "Why “{loop}”?" optional
  }
}`);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const html = emitHtml(r.survey!, r.binding);
    expect(html).not.toMatch(/<img src=x|<script>alert|<b>循环/);
    expect(html).toContain('&lt;b&gt;循环&lt;/b&gt;:&lt;img src=x onerror=alert(1)&gt;');
  });
});
