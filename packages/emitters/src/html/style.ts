// The form's one style sheet (allowed by hash in the CSP). Contrast at least 4.5:1,
// a visible focus ring, large click targets; no inline style attributes anywhere.
export const STYLE = `
:root { color-scheme: light; --fg: #1b1b1f; --muted: #4a4a55; --line: #c4c4cc; --field: #767680; --accent: #0b57d0; --on-accent: #ffffff; --error: #b3261e; --bg: #ffffff; --soft: #f3f5fa; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.6 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.wrap { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
header { display: flex; flex-wrap: wrap; gap: 0.75rem 1.5rem; align-items: baseline; justify-content: space-between; border-bottom: 1px solid var(--line); padding-bottom: 0.75rem; }
h1 { font-size: 1.6rem; line-height: 1.3; margin: 0.5rem 0; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 0.75rem; overflow-wrap: anywhere; }
[data-t] { unicode-bidi: isolate; white-space: pre-line; overflow-wrap: anywhere; }
.lang label { margin-inline-end: 0.4rem; color: var(--muted); }
select, input[type="text"], input[type="email"], input[type="tel"], input[type="url"], input[type="number"], input[type="date"], textarea { font: inherit; color: inherit; border: 1px solid var(--field); border-radius: 6px; padding: 0.4rem 0.55rem; background: var(--bg); }
textarea, input[type="text"], input[type="email"], input[type="tel"], input[type="url"] { width: 100%; }
.intro { background: var(--soft); border-radius: 8px; padding: 0.75rem 1rem; margin: 1rem 0; }
.intro p { margin: 0.4rem 0; }
.confidentiality { color: var(--muted); }
.progress { display: flex; align-items: center; gap: 0.75rem; margin: 1rem 0; color: var(--muted); }
.progress progress { flex: 1; height: 0.6rem; accent-color: var(--accent); }
.page:focus { outline: none; }
.question { margin: 1.25rem 0 1.75rem; }
fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
legend, .qtitle { display: block; font-weight: 600; margin-bottom: 0.5rem; padding: 0; }
.qnum { color: var(--muted); margin-inline-end: 0.15rem; }
.req { color: var(--error); margin-inline-start: 0.2rem; }
.req::before { content: "*"; content: "*" / ""; }
.req > span { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.help { color: var(--muted); margin: -0.25rem 0 0.5rem; font-size: 0.95rem; }
.choices, .ranking { display: grid; gap: 0.35rem; }
.choice, .rank-item { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; padding: 0.35rem 0.5rem; border: 1px solid var(--line); border-radius: 6px; }
.choice label, .rank-item label { flex: 1; cursor: pointer; overflow-wrap: anywhere; }
.choice .specify, .rank-item .specify { flex-basis: 100%; }
input[type="radio"], input[type="checkbox"] { width: 1.15rem; height: 1.15rem; margin: 0; accent-color: var(--accent); flex: none; }
.scale { display: flex; flex-wrap: wrap; gap: 0.35rem; }
.point { display: flex; flex-direction: column; align-items: center; min-width: 3rem; padding: 0.35rem 0.4rem; border: 1px solid var(--line); border-radius: 6px; text-align: center; }
.point.labelled { max-width: 9rem; }
.point.missing { margin-inline-start: 0.75rem; border-style: dashed; }
.point label { cursor: pointer; display: flex; flex-direction: column; align-items: center; font-size: 0.9rem; }
.pvalue { font-weight: 600; }
.row { margin: 0.75rem 0; padding-inline-start: 0.75rem; border-inline-start: 3px solid var(--line); }
.row legend { font-weight: 500; }
.number { display: flex; align-items: center; gap: 0.5rem; }
.slider input[type="range"] { flex: 1; }
.slider output { min-width: 3ch; text-align: end; }
.unit { color: var(--muted); }
.pipe { font-style: italic; }
.error { color: var(--error); font-weight: 600; margin: 0.35rem 0 0; }
.error:empty { display: none; }
.error-summary { border: 2px solid var(--error); border-radius: 8px; padding: 0.5rem 1rem; margin: 1rem 0; }
.error-summary:focus { outline: 3px solid var(--error); outline-offset: 2px; }
.error-title { font-size: 1.05rem; color: var(--error); margin: 0.25rem 0; }
.error-links { margin: 0.25rem 0 0; padding-inline-start: 1.25rem; }
.error-links a { color: var(--error); }
[aria-invalid="true"] { border-color: var(--error); outline: 2px solid var(--error); outline-offset: 1px; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.nav { display: flex; gap: 0.75rem; justify-content: space-between; margin-top: 2rem; }
button { font: inherit; border-radius: 6px; padding: 0.55rem 1.25rem; cursor: pointer; border: 1px solid var(--accent); background: var(--bg); color: var(--accent); }
button.primary { background: var(--accent); color: var(--on-accent); margin-inline-start: auto; }
.status { min-height: 1.6rem; margin: 1rem 0 0; }
.status.problem { color: var(--error); font-weight: 600; }
.done { background: var(--soft); border-radius: 8px; padding: 1rem; margin-top: 2rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
/* A phone (375 px): every point of an 11-point scale on one row; labels wrap inside their point. */
@media (max-width: 30rem) {
  .scale { flex-wrap: nowrap; gap: 0.2rem; }
  .point, .point.labelled { flex: 1 1 0; min-width: 0; max-width: none; padding: 0.3rem 0.1rem; }
  .point.missing { margin-inline-start: 0.3rem; }
  .point label { font-size: 0.8rem; overflow-wrap: anywhere; }
  /* On a long scale the labelled points (the ends of 0-10) take more room, so that their words
     do not stand one character per line. */
  .scale:has(> .point:nth-child(8)) .point.labelled { flex-grow: 2.6; }
}
.duration { color: var(--muted); }
.duration:empty { display: none; }
.glossary dt { font-weight: 600; }
.glossary dd { margin: 0 0 0.4rem; margin-inline-start: 1rem; }
/* A slider for a long numeric scale: the ends labelled, the value shown beside; faded
   until the respondent moves it, so its starting point is never taken for an answer. */
.slider-row { display: flex; align-items: center; gap: 0.6rem; }
.slider-row input[type="range"] { flex: 1; min-width: 0; height: 2.75rem; margin: 0; accent-color: var(--accent); }
.slider-row input[type="range"][data-unset] { opacity: 0.55; }
.slider-end { display: flex; flex-direction: column; align-items: center; max-width: 6rem; font-size: 0.9rem; text-align: center; overflow-wrap: anywhere; }
.slider-out { display: block; margin-top: 0.25rem; font-weight: 600; }
.slider-out[data-ui] { font-weight: 400; color: var(--muted); }
.slider .scale { margin-top: 0.5rem; }
.slider .point, .slider .point.missing { flex: none; min-width: 3rem; max-width: 9rem; margin: 0; }
/* Questions marked * need an answer; the answers are kept in this browser as they are given. */
.required-note, .saved-note { color: var(--muted); font-size: 0.95rem; margin: 0.25rem 0; }
.saved-note.problem { color: var(--error); font-weight: 600; }
/* Image choices, files, locations and signatures (answer-types.ts). */
.image-choices { display: grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); gap: 0.5rem; }
.image-choices .choice { flex-direction: column; align-items: flex-start; }
.choice-image img { display: block; max-width: 100%; max-height: 10rem; object-fit: contain; }
.upload, .geopoint, .signature { display: flex; flex-direction: column; gap: 0.4rem; align-items: flex-start; }
.upload-status, .geo-status { margin: 0; min-height: 1.2em; }
.geo-manual { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: flex-end; }
.geo-hint { flex-basis: 100%; margin: 0; color: var(--muted); }
.geo-field { display: flex; flex-direction: column; }
.sig-pad { width: 100%; max-width: 36rem; aspect-ratio: 3 / 1; border: 1px solid var(--field); border-radius: 6px; background: #fff; touch-action: none; cursor: crosshair; }
.sig-hint { margin: 0; color: var(--muted); }
.sig-typed { display: flex; flex-direction: column; }
/* Dark mode: the same contrast (4.5:1 or more) on a dark background. */
@media (prefers-color-scheme: dark) {
  :root { color-scheme: dark; --fg: #e8e8ee; --muted: #b9b9c6; --line: #4d4d58; --field: #9a9aa8; --accent: #a8c7fa; --on-accent: #0a1b3d; --error: #ffb4ab; --bg: #121216; --soft: #1f1f26; }
}
/* More contrast asked for: darker muted text, stronger borders. */
@media (prefers-contrast: more) {
  :root { --muted: var(--fg); --line: var(--field); }
  .choice, .rank-item, .point, select, input, textarea, button { border-width: 2px; }
}
/* Windows high contrast and other forced colours: the system colours, with borders kept
   visible where the design relied on a background. */
@media (forced-colors: active) {
  .choice, .rank-item, .point, .intro, .done, button { border: 1px solid CanvasText; }
  button.primary { border: 2px solid ButtonText; }
  .req, .error, .status.problem, .error-links a { color: CanvasText; }
  [aria-invalid="true"] { outline: 2px solid Highlight; }
  :focus-visible { outline: 3px solid Highlight; }
  .progress progress { border: 1px solid CanvasText; }
}
/* Repeat groups: each instance a labelled group of its own. */
.instance { border-inline-start: 3px solid #c9d3e0; padding-inline-start: 0.75rem; margin: 1rem 0; }
.instance-title { font-weight: 600; margin-bottom: 0.5rem; }
/* Printing shows the whole questionnaire: every page and question, none of the controls around it. */
@media print {
  .page[hidden], .question[hidden] { display: block !important; }
  .glossary::details-content { content-visibility: visible; display: block; }
  .lang, .nav, .progress, .saved-note, .status, .error-summary, #download, #link-problem, .done { display: none !important; }
  .question { break-inside: avoid; }
}
`.trim();
