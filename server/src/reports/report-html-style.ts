// The standalone HTML report's stylesheet: readable on screen, and on paper (no links colours,
// claims not split across pages where avoidable, URLs printed after links). Words wrap anywhere
// when they must, so a title or source given as one long web address fits a phone's screen.
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --line: #d9d9de; }
* { box-sizing: border-box; }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); max-width: 48rem; margin: 2rem auto; padding: 0 1rem; overflow-wrap: anywhere; }
h1 { font-size: 1.7rem; line-height: 1.25; margin-bottom: .5rem; }
h2 { font-size: 1.3rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; margin-top: 2.2rem; }
h3 { font-size: 1.1rem; margin: 0 0 .5rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
table { border-collapse: collapse; margin: .8rem 0; }
caption { text-align: left; color: var(--muted); padding-bottom: .2rem; }
tbody th { font-weight: normal; }
th, td { border: 1px solid var(--line); padding: .25rem .7rem; text-align: left; }
td.count { text-align: right; font-variant-numeric: tabular-nums; }
.claim { border: 1px solid var(--line); border-left-width: 6px; border-radius: 4px; padding: 1rem 1.2rem; margin: 1.2rem 0; }
.claim blockquote { margin: 0 0 .7rem; font-size: 1.08rem; }
.claim .verdict { display: inline-block; font-weight: 700; padding: .05rem .5rem; border-radius: 3px; background: #eee; }
.verdict-true { border-left-color: #1e8e3e; } .verdict-true .verdict { background: #e6f4ea; color: #137333; }
.verdict-false { border-left-color: #c5221f; } .verdict-false .verdict { background: #fce8e6; color: #a50e0e; }
.verdict-misleading { border-left-color: #e37400; } .verdict-misleading .verdict { background: #fef7e0; color: #8a4b00; }
.verdict-unverified { border-left-color: #5f6368; } .verdict-unverified .verdict { background: #f1f3f4; color: #3c4043; }
.verdict-none { border-left-color: var(--line); }
.quote { color: var(--muted); }
.sources li { margin-bottom: .4rem; }
.stance { font-size: .85rem; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); }
.excerpt { margin: .2rem 0 0; padding-left: .8rem; border-left: 3px solid var(--line); color: var(--muted); }
.notes { background: #fffbe6; border: 1px dashed #d9c36a; padding: .5rem .8rem; margin-top: .8rem; }
.dismissed .claim { opacity: .85; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  a { color: inherit; text-decoration: none; }
  .sources a[href]::after { content: " <" attr(href) ">"; font-size: .8em; color: var(--muted); word-break: break-all; }
  .claim { break-inside: avoid; page-break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
}
`;
