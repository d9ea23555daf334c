import type { FicheDocument } from "./document";

// The fiche as one self-contained HTML document (inline styles, no script, no request), for the
// PDF printer (server/pdf): headings h1–h3 give the PDF its outline and its structure tree.

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A #rrggbb colour, or the default branding: the only value of the network put in the CSS. */
const colour = (hex: string) => (/^#[0-9a-f]{6}$/i.test(hex) ? hex : "#1d5e4e");

export function ficheHtml(
  doc: FicheDocument,
  { locale, brandColor }: { locale: string; brandColor: string },
): string {
  const brand = colour(brandColor);
  const paragraphs = (text: string) =>
    text
      .split(/\n{2,}/)
      .map((p) => `<p>${escape(p).replace(/\n/g, "<br>")}</p>`)
      .join("");
  const sections = doc.sections
    .map((s) => {
      const parts = s.parts
        .map((p) => {
          const heading = p.showHeading ? `<h3>${escape(p.heading)}</h3>` : "";
          const lines = p.lines.length
            ? `<ul>${p.lines.map((l) => `<li>${escape(l)}</li>`).join("")}</ul>`
            : "";
          return `<div class="part">${heading}${lines}${p.text ? paragraphs(p.text) : ""}</div>`;
        })
        .join("");
      return `<section><h2>${escape(s.heading)}</h2>${parts}</section>`;
    })
    .join("");
  return `<!doctype html><html lang="${locale === "fr" ? "fr" : "en"}"><head><meta charset="utf-8">
<title>${escape(doc.title)}</title>
<style>
  @page { size: A4; margin: 18mm 16mm; }
  body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; color: #111827; margin: 0; }
  .kicker { text-transform: uppercase; letter-spacing: .05em; font-weight: 700; font-size: 9pt; color: #374151; margin: 0 0 4pt; border-left: 4pt solid ${brand}; padding-left: 6pt; }
  h1 { font-size: 20pt; margin: 0 0 8pt; }
  .header { list-style: none; padding: 0; margin: 0 0 6pt; font-size: 10pt; }
  .computed { font-style: italic; font-size: 9pt; color: #4b5563; margin: 0 0 10pt; }
  h2 { font-size: 13pt; text-transform: uppercase; border-bottom: 1.5pt solid ${brand}; padding-bottom: 2pt; margin: 16pt 0 6pt; break-after: avoid; }
  h3 { font-size: 11pt; margin: 10pt 0 3pt; break-after: avoid; }
  ul { margin: 0 0 4pt; padding-left: 14pt; }
  li { margin: 0 0 2pt; }
  li::marker { color: ${brand}; }
  p { margin: 0 0 5pt; }
  .part { break-inside: avoid-page; }
</style></head><body>
<header><p class="kicker">${escape(doc.kicker)}</p><h1>${escape(doc.title)}</h1>
<ul class="header">${doc.header.map((h) => `<li>${escape(h)}</li>`).join("")}</ul>
<p class="computed">${escape(doc.computedAt)}</p></header>
<main>${sections}</main>
</body></html>`;
}
