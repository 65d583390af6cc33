// The report's one style sheet, allowed by its hash in the CSP (no style attributes
// anywhere: chart text styles are SVG presentation attributes). Contrast >= 4.5:1.
export const STYLE = `
:root { color-scheme: light; --fg: #1b1b1f; --muted: #4a4a55; --line: #c4c4cc; --accent: #0b57d0; --met: #1a7f37; --missed: #b3261e; --bg: #ffffff; --soft: #f3f5fa; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.wrap { max-width: 62rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
header { border-bottom: 1px solid var(--line); padding-bottom: 0.5rem; }
h1 { font-size: 1.7rem; line-height: 1.3; margin: 0.5rem 0 0.25rem; overflow-wrap: anywhere; }
h2 { font-size: 1.3rem; margin: 2.25rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid var(--soft); overflow-wrap: anywhere; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; overflow-wrap: anywhere; }
.sub { color: var(--muted); margin: 0; }
bdi { unicode-bidi: isolate; }
nav ol { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; padding: 0; margin: 0.75rem 0; list-style: none; }
a { color: var(--accent); }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: 0.75rem; margin: 0.75rem 0 1rem; padding: 0; list-style: none; }
.card { border: 1px solid var(--line); border-left-width: 6px; border-radius: 8px; padding: 0.6rem 0.8rem; }
.card.met { border-left-color: var(--met); }
.card.missed { border-left-color: var(--missed); }
.card .name { display: block; font-weight: 600; overflow-wrap: anywhere; }
.card .value { display: block; font-size: 1.5rem; font-weight: 700; }
.card .detail { display: block; color: var(--muted); font-size: 0.9rem; }
.badge { font-weight: 700; }
.badge.met { color: var(--met); }
.badge.missed { color: var(--missed); }
.table { overflow-x: auto; margin: 0.5rem 0 1rem; }
.table:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
table { border-collapse: collapse; min-width: 50%; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; overflow-wrap: anywhere; }
th, td { border-bottom: 1px solid var(--line); padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--fg); }
tbody th { font-weight: 500; min-width: 9rem; max-width: 28rem; overflow-wrap: break-word; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
figure { margin: 1rem 0 1.5rem; }
figcaption { font-weight: 600; margin-bottom: 0.25rem; overflow-wrap: anywhere; }
figure svg { display: block; width: 100%; max-width: 640px; height: auto; }
details { margin-top: 0.25rem; }
summary { cursor: pointer; color: var(--accent); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 0 1.5rem; }
.notes li { margin: 0.25rem 0; }
.answers { padding-left: 1.25rem; }
.answers li { margin: 0.3rem 0; white-space: pre-line; overflow-wrap: anywhere; }
.empty { color: var(--muted); }
@media print { details { display: none; } a { color: inherit; } }
`.trim();
