// The form's one style sheet (allowed by hash in the CSP). Contrast at least 4.5:1,
// a visible focus ring, large click targets; no inline style attributes anywhere.
export const STYLE = `
:root { color-scheme: light; --fg: #1b1b1f; --muted: #4a4a55; --line: #c4c4cc; --accent: #0b57d0; --error: #b3261e; --bg: #ffffff; --soft: #f3f5fa; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.6 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.wrap { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
header { display: flex; flex-wrap: wrap; gap: 0.75rem 1.5rem; align-items: baseline; justify-content: space-between; border-bottom: 1px solid var(--line); padding-bottom: 0.75rem; }
h1 { font-size: 1.6rem; line-height: 1.3; margin: 0.5rem 0; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 0.75rem; overflow-wrap: anywhere; }
[data-t] { unicode-bidi: isolate; white-space: pre-line; overflow-wrap: anywhere; }
.lang label { margin-right: 0.4rem; color: var(--muted); }
select, input[type="text"], input[type="number"], input[type="date"], textarea { font: inherit; color: inherit; border: 1px solid #767680; border-radius: 6px; padding: 0.4rem 0.55rem; background: #fff; }
textarea, input[type="text"] { width: 100%; }
.intro { background: var(--soft); border-radius: 8px; padding: 0.75rem 1rem; margin: 1rem 0; }
.intro p { margin: 0.4rem 0; }
.confidentiality { color: var(--muted); }
.progress { display: flex; align-items: center; gap: 0.75rem; margin: 1rem 0; color: var(--muted); }
.progress progress { flex: 1; height: 0.6rem; accent-color: var(--accent); }
.page:focus { outline: none; }
.question { margin: 1.25rem 0 1.75rem; }
fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
legend, .qtitle { display: block; font-weight: 600; margin-bottom: 0.5rem; padding: 0; }
.qnum { color: var(--muted); margin-right: 0.15rem; }
.req { color: var(--error); margin-left: 0.2rem; }
.help { color: var(--muted); margin: -0.25rem 0 0.5rem; font-size: 0.95rem; }
.choices, .ranking { display: grid; gap: 0.35rem; }
.choice, .rank-item { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; padding: 0.35rem 0.5rem; border: 1px solid var(--line); border-radius: 6px; }
.choice label, .rank-item label { flex: 1; cursor: pointer; overflow-wrap: anywhere; }
.choice .specify, .rank-item .specify { flex-basis: 100%; }
input[type="radio"], input[type="checkbox"] { width: 1.15rem; height: 1.15rem; margin: 0; accent-color: var(--accent); flex: none; }
.scale { display: flex; flex-wrap: wrap; gap: 0.35rem; }
.point { display: flex; flex-direction: column; align-items: center; min-width: 3rem; padding: 0.35rem 0.4rem; border: 1px solid var(--line); border-radius: 6px; text-align: center; }
.point.labelled { max-width: 9rem; }
.point.missing { margin-left: 0.75rem; border-style: dashed; }
.point label { cursor: pointer; display: flex; flex-direction: column; align-items: center; font-size: 0.9rem; }
.pvalue { font-weight: 600; }
.row { margin: 0.75rem 0; padding-left: 0.75rem; border-left: 3px solid var(--line); }
.row legend { font-weight: 500; }
.number { display: flex; align-items: center; gap: 0.5rem; }
.slider input[type="range"] { flex: 1; }
.slider output { min-width: 3ch; text-align: end; }
.unit { color: var(--muted); }
.pipe { font-style: italic; }
.error { color: var(--error); font-weight: 600; margin: 0.35rem 0 0; }
.error:empty { display: none; }
.error-links { margin: 0.25rem 0 0; padding-left: 1.25rem; }
.error-links a { color: var(--error); }
[aria-invalid="true"] { border-color: var(--error); outline: 2px solid var(--error); outline-offset: 1px; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.nav { display: flex; gap: 0.75rem; justify-content: space-between; margin-top: 2rem; }
button { font: inherit; border-radius: 6px; padding: 0.55rem 1.25rem; cursor: pointer; border: 1px solid var(--accent); background: #fff; color: var(--accent); }
button.primary { background: var(--accent); color: #fff; margin-left: auto; }
.status { min-height: 1.6rem; margin: 1rem 0 0; }
.status.problem { color: var(--error); font-weight: 600; }
.done { background: var(--soft); border-radius: 8px; padding: 1rem; margin-top: 2rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
/* A phone (375 px): every point of an 11-point scale on one row; labels wrap inside their point. */
@media (max-width: 30rem) {
  .scale { flex-wrap: nowrap; gap: 0.2rem; }
  .point, .point.labelled { flex: 1 1 0; min-width: 0; max-width: none; padding: 0.3rem 0.1rem; }
  .point.missing { margin-left: 0.3rem; }
  .point label { font-size: 0.8rem; overflow-wrap: anywhere; }
}
.duration { color: var(--muted); }
.glossary dt { font-weight: 600; }
.glossary dd { margin: 0 0 0.4rem 1rem; }
/* Printing shows the whole questionnaire: every page and question, none of the controls around it. */
@media print {
  .page[hidden], .question[hidden] { display: block !important; }
  .glossary::details-content { content-visibility: visible; display: block; }
  .lang, .nav, .progress, .status, .error-links, #download, #link-problem, .done { display: none !important; }
  .question { break-inside: avoid; }
}
`.trim();
