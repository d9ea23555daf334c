import "server-only";
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import type { FicheDocument } from "./document";

// The fiche as an A4 PDF drawn with pdf-lib (an existing dependency, as the tools' fiches méthodes):
// kicker, title, header, then each section with its parts, computed lines as bullets.

/** Helvetica (WinAnsi) draws French letters; anything else falls back to its unaccented form or "?". */
const substitutes: Record<string, string> = { "\u2212": "-", "\u2009": " ", "\u202f": "\u00a0", "\u2010": "-", "\u2011": "-" };

function encodable(font: PDFFont, text: string): string {
  return [...text]
    .map((c) => substitutes[c] ?? c)
    .map((c) => {
      for (const candidate of [c, c.normalize("NFD").replace(/\p{Diacritic}/gu, "")]) {
        try {
          font.encodeText(candidate);
          return candidate;
        } catch {
          // try the next form
        }
      }
      return "?";
    })
    .join("");
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    for (const word of paragraph.split(/[ \t]+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(next, size) > width) {
        out.push(line);
        line = word;
      } else line = next;
    }
    out.push(line);
  }
  return out;
}

function hexColour(hex: string) {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? rgb(parseInt(m[1]!, 16) / 255, parseInt(m[2]!, 16) / 255, parseInt(m[3]!, 16) / 255) : rgb(0.11, 0.37, 0.3);
}

export async function renderFichePdf(
  doc: FicheDocument,
  { locale, brandColor }: { locale: string; brandColor: string },
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(doc.title);
  pdf.setSubject(doc.kicker);
  pdf.setLanguage(locale === "fr" ? "fr-FR" : "en-GB");
  pdf.setCreator("Relais");
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const italic = await pdf.embedFont(StandardFonts.HelveticaOblique);
  const brand = hexColour(brandColor);
  const ink = rgb(0.1, 0.1, 0.1);
  const [width, height, margin] = [595, 842, 56];
  const pages: PDFPage[] = [];
  let page!: PDFPage;
  let y = 0;
  const newPage = () => {
    page = pdf.addPage([width, height]);
    pages.push(page);
    y = height - margin;
  };
  newPage();
  const ensure = (space: number) => {
    if (y - space < margin + 14) newPage();
  };
  const write = (
    text: string,
    { font = regular, size = 10.5, gap = 3, indent = 0, colour = ink, bullet = false } = {},
  ) => {
    const lines = wrap(encodable(font, text), font, size, width - 2 * margin - indent - (bullet ? 10 : 0));
    lines.forEach((l, i) => {
      ensure(size + gap);
      if (bullet && i === 0) page.drawText("•", { x: margin + indent, y: y - size, size, font, color: brand });
      page.drawText(l, { x: margin + indent + (bullet ? 10 : 0), y: y - size, size, font, color: colour });
      y -= size + gap;
    });
  };
  write(doc.kicker.toUpperCase(), { font: bold, size: 9, colour: brand, gap: 6 });
  write(doc.title, { font: bold, size: 18, gap: 6 });
  y -= 4;
  for (const h of doc.header) write(h, { size: 10, gap: 2 });
  y -= 4;
  write(doc.computedAt, { font: italic, size: 9, colour: rgb(0.3, 0.3, 0.3) });
  for (const section of doc.sections) {
    y -= 12;
    ensure(40);
    write(section.heading.toUpperCase(), { font: bold, size: 13, colour: brand, gap: 2 });
    page.drawLine({
      start: { x: margin, y: y - 1 },
      end: { x: width - margin, y: y - 1 },
      thickness: 1,
      color: brand,
    });
    y -= 8;
    for (const part of section.parts) {
      if (section.parts.length > 1) {
        y -= 4;
        ensure(30);
        write(locale === "fr" ? `${part.heading} :` : `${part.heading}:`, { font: bold, size: 11, gap: 4 });
      }
      for (const line of part.lines) write(line, { bullet: true, indent: 4 });
      if (part.lines.length && part.text) y -= 3;
      if (part.text) for (const paragraph of part.text.split(/\n{2,}/)) {
        write(paragraph);
        y -= 3;
      }
    }
  }
  pages.forEach((p, i) => {
    const label = `${doc.title} — ${i + 1}/${pages.length}`;
    const size = 8;
    const text = encodable(regular, label);
    p.drawText(text, {
      x: width - margin - regular.widthOfTextAtSize(text, size),
      y: margin / 2,
      size,
      font: regular,
      color: rgb(0.4, 0.4, 0.4),
    });
  });
  return pdf.save();
}
