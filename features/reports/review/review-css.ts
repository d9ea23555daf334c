// The review's one stylesheet, for the page and for the PDF (inlined: the printer loads nothing).
// Plain CSS scoped to .review so that it reads the same on screen, on paper and in Chromium's PDF.
export const reviewCss = `
.review { --ink: #1f2933; --muted: #4b5563; --line: #d1d5db; color: var(--ink);
  font-family: "Geist", "Liberation Sans", "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; }
.review h1, .review h2, .review h3 { line-height: 1.2; color: var(--ink); }
.review h2 { font-size: 15pt; margin: 1.6em 0 0.5em; padding-bottom: 0.2em; border-bottom: 2px solid var(--brand, #1d5e4e); break-after: avoid; }
.review h3 { font-size: 11pt; margin: 1em 0 0.3em; break-after: avoid; }
.review p { margin: 0 0 0.6em; }
.review-cover { border-left: 10px solid var(--brand, #1d5e4e); padding: 1.5em 1.5em 1.2em; background: #f6f7f6; margin-bottom: 1.5em; }
.review-kicker { text-transform: uppercase; letter-spacing: 0.06em; font-size: 9pt; color: var(--muted); }
.review-cover h1, .review-cover .review-title { font-size: 26pt; font-weight: 700; line-height: 1.2; margin: 0.2em 0 0.3em; }
.review-network { display: block; font-size: 17pt; font-weight: 600; margin-top: 0.3em; }
.review-territory { font-size: 11pt; }
.review-generated { font-size: 9pt; color: var(--muted); }
.review-nodata { border: 2px solid #b45309; background: #fff7ed; padding: 0.6em 0.8em; font-weight: 600; }
.review-contents ol { margin: 0.3em 0 0; padding-left: 1.6em; }
.review-contents li { margin: 0.1em 0; }
.review-contents a { color: var(--ink); text-decoration: underline; text-decoration-color: var(--brand, #1d5e4e); }
.review-empty { color: var(--muted); font-style: italic; }
.review-keyfigures { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 0.6em; margin: 0; }
.review-keyfigures > div { border: 1px solid var(--line); border-radius: 6px; padding: 0.5em 0.7em; break-inside: avoid; }
.review-keyfigures dt { font-size: 9pt; color: var(--muted); }
.review-keyfigures dd { margin: 0.15em 0 0; font-size: 16pt; font-weight: 700; }
.review-table { width: 100%; border-collapse: collapse; margin: 0.6em 0 1em; font-size: 9.5pt; }
.review-table caption { text-align: left; font-weight: 600; padding-bottom: 0.3em; }
.review-table th, .review-table td { border-bottom: 1px solid var(--line); padding: 0.3em 0.4em; text-align: left; vertical-align: top; }
.review-table thead th { border-bottom: 2px solid var(--ink); font-size: 9pt; }
.review-table tbody th { font-weight: 500; }
.review-table .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.review-table tr { break-inside: avoid; }
.review-figures th[scope="row"] { width: 58%; }
.review-figures td:last-child { width: 28%; }
.review-table tr.total th, .review-table tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
.review-table.compact { font-size: 8pt; margin: 0.2em 0 0; }
.review-table.compact th, .review-table.compact td { padding: 0.15em 0.25em; }
.review-definition { display: block; font-size: 8.5pt; color: var(--muted); font-weight: 400; }
.review-charts { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0.8em; }
.review-chart { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 0.5em; break-inside: avoid; }
.review-chart figcaption { font-weight: 600; font-size: 9.5pt; margin-bottom: 0.3em; }
.review-chart svg { width: 100%; height: auto; display: block; }
.review-partners ul { columns: 2; margin: 0 0 0.6em; padding-left: 1.2em; }
.review-partners li { break-inside: avoid; }
.review .sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  .review { font-size: 10pt; }
  /* A cover page of its own, as a council document has: the brand band, the title, the contents. */
  .review-cover { box-sizing: border-box; min-height: 255mm; margin: 0; padding: 28mm 14mm 12mm;
    border-left: 0; border-top: 22mm solid var(--brand, #1d5e4e); break-after: page; }
  .review-cover h1 { font-size: 32pt; margin-bottom: 0.6em; }
  .review-network { font-size: 20pt; color: var(--brand, #1d5e4e); }
  .review-contents { margin-top: 18mm; }
  .review-area { break-before: auto; }
}
`;
