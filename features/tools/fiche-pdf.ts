import "server-only";
import { PDFDocument, type PDFFont, rgb, StandardFonts } from "pdf-lib";
import { looseTranslator } from "@/lib/i18n/messages";
import { methodSheetSections, type MethodSheetSection } from "@/lib/domain/tools";

// A fiche méthode as a printable A4 PDF: title, then each section with its heading. pdf-lib
// draws by coordinates: lines are wrapped here and pages added when one is full.

/** Helvetica (WinAnsi) draws French letters; anything else falls back to its unaccented form or "?". */
function safe(font: PDFFont, text: string): string {
  return [...text]
    .map((c) => {
      try {
        font.encodeText(c);
        return c;
      } catch {
        const plain = c.normalize("NFD").replace(/\p{Diacritic}/gu, "");
        try {
          font.encodeText(plain);
          return plain;
        } catch {
          return "?";
        }
      }
    })
    .join("");
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n/)) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
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

export async function buildFichePdf(sheet: {
  title: string;
  networkName: string;
  authors: string[];
  sections: Record<MethodSheetSection, string>;
}): Promise<Uint8Array> {
  const t = looseTranslator("fr");
  const doc = await PDFDocument.create();
  doc.setTitle(sheet.title);
  doc.setLanguage("fr-FR");
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const [width, height, margin] = [595, 842, 56];
  let page = doc.addPage([width, height]);
  let y = height - margin;
  const line = (text: string, font: PDFFont, size: number, gap = 4) => {
    for (const l of wrap(safe(font, text), font, size, width - 2 * margin)) {
      if (y < margin + size) {
        page = doc.addPage([width, height]);
        y = height - margin;
      }
      page.drawText(l, { x: margin, y: y - size, size, font, color: rgb(0.1, 0.1, 0.1) });
      y -= size + gap;
    }
  };
  line(sheet.networkName, regular, 10);
  line(sheet.title, bold, 18, 8);
  if (sheet.authors.length) line(t("tools.fiche.authors", { names: sheet.authors.join(", ") }), regular, 10, 12);
  for (const key of methodSheetSections) {
    if (!sheet.sections[key].trim()) continue;
    y -= 6;
    line(t(`tools.fiche.sections.${key}`), bold, 13, 6);
    line(sheet.sections[key], regular, 11);
  }
  return doc.save();
}
