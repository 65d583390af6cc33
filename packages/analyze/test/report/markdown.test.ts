// The Markdown report: GFM tables with the same numbers, charts as SVG files next to
// it (or a note when left out), and cells that no label can break.
import { describe, expect, it } from 'vitest';
import { mdCell } from '../../src/report/escape.ts';
import { renderViewFiles } from '../../src/report/render.ts';
import { enView, hostileView, zhView } from './views.ts';

describe('Markdown report', () => {
  it('writes the report and one SVG per chart it links to', () => {
    const files = renderViewFiles(zhView(), 'md');
    const md = files[0].contents;
    expect(files[0].fileName).toBe('instant_feedback.report.md');
    const links = [...md.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    expect(links.sort()).toEqual(
      files
        .slice(1)
        .map((f) => f.fileName)
        .sort(),
    );
    for (const f of files.slice(1)) expect(f.contents).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg width=/);
    expect(md).toContain('| 满意度得分(0–100) | >= 90.00 | 78.44 | \\[75.10, 81.78\\] | 未达成 |');
    expect(md).toContain('| r-0042 | responses.csv:42 | 直线作答(service) | 5 题均为 5 |');
    expect(md).toContain('| --- | ---: | ---: | ---: | ---: |');
  });

  it('without charts: no SVG files, a note instead', () => {
    const files = renderViewFiles(enView(), 'md', { charts: false });
    expect(files.map((f) => f.fileName)).toEqual(['course_evaluation.report.md']);
    expect(files[0].contents).toContain('_Charts are in the SVG files beside this one._');
    expect(files[0].contents).not.toContain('![');
    expect(files[0].contents).toContain('| s-12 | export.xlsx:12 | straight-lining on battery | all 6 answers 4 (2 reversed) |');
  });

  it('cells keep hostile text on one line, with no table, link or HTML meaning', () => {
    expect(mdCell('| pipe | **bold** [link](javascript:alert(1)) `x` ~~s~~')).toBe(
      '\\| pipe \\| \\*\\*bold\\*\\* \\[link\\](javascript:alert(1)) \\`x\\` \\~\\~s\\~\\~',
    );
    expect(mdCell('<script>a</script>\nnext\u2028line &lt; R&D')).toBe('&lt;script>a&lt;/script> next line &amp;lt; R&D');
    const md = renderViewFiles(hostileView(), 'md', { charts: false })[0].contents;
    expect(md).not.toMatch(/<script|<img|<svg|<\/style/i);
    // Every row of every table has as many cells as its header.
    const cells = (line: string) => line.split(/(?<!\\)\|/).length;
    let width = 0;
    for (const line of md.split('\n')) {
      if (!line.startsWith('|')) width = 0;
      else if (width === 0) width = cells(line);
      else expect(cells(line), line).toBe(width);
    }
  });
});
