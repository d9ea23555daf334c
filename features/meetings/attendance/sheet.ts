import "server-only";
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from "pdf-lib";
import { looseTranslator } from "@/lib/i18n/messages";
import { halfDayPeriod, halfDaysOf, type HalfDay } from "@/lib/domain/paris-time";
import { clockTime, formatParisDate } from "@/lib/i18n/format-day";
import type { AttendanceEvent, AttendanceRow } from "./queries";
import { signatureBox } from "./schemas";
import { isRecordSheet, sheetLines, sheetTotals, type SheetLine } from "./sheet-rows";

// The feuille d'émargement: A4 portrait, the standard Helvetica (WinAnsi covers French), one line
// per participant with one signature box per half-day, the header row repeated on every page,
// then the totals and the organiser's "certifié exact". Who is listed: sheet-rows.ts.

const page = { width: 595.28, height: 841.89, margin: 40 };
const rowHeight = 48;
const headerRowHeight = 22;
const blankLines = 5;
const ink = rgb(0.1, 0.1, 0.1);
const grey = rgb(0.4, 0.4, 0.4);
const line = rgb(0.55, 0.55, 0.55);

/** Text the font can encode: narrow spaces become spaces, other letters lose their accents or become "?". */
function encodable(font: PDFFont) {
  const cache = new Map<string, string>();
  const ok = (c: string) => {
    try {
      font.widthOfTextAtSize(c, 10);
      return true;
    } catch {
      return false;
    }
  };
  return (text: string) =>
    [...text.replace(/[\u00a0\u202f\u2009]/g, " ")]
      .map((c) => {
        if (!cache.has(c)) {
          const plain = c.normalize("NFD").replace(/\p{Diacritic}/gu, "");
          cache.set(c, ok(c) ? c : ok(plain) ? plain : "?");
        }
        return cache.get(c)!;
      })
      .join("");
}

function fit(text: string, font: PDFFont, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text;
  let cut = text;
  while (cut.length > 1 && font.widthOfTextAtSize(`${cut}…`, size) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** A word too wide for a line, cut after its hyphens, else between letters. */
function pieces(word: string, font: PDFFont, size: number, width: number): string[] {
  if (font.widthOfTextAtSize(word, size) <= width) return [word];
  const out: string[] = [];
  for (const part of word.split(/(?<=-)/)) {
    let rest = part;
    while (font.widthOfTextAtSize(rest, size) > width && rest.length > 1) {
      let n = rest.length - 1;
      while (n > 1 && font.widthOfTextAtSize(rest.slice(0, n), size) > width) n--;
      out.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    out.push(rest);
  }
  return out;
}

/** Lines of at most `width`, the last of `maxLines` cut with "…" only when even that is too little. */
function wrap(text: string, font: PDFFont, size: number, width: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    // Pieces of one long word follow each other without a space.
    pieces(word, font, size, width).forEach((piece, i) => {
      const next = current ? `${current}${i === 0 ? " " : ""}${piece}` : piece;
      if (current && font.widthOfTextAtSize(next, size) > width) {
        lines.push(current);
        current = piece;
      } else current = next;
    });
  }
  if (current) lines.push(current);
  if (lines.length > maxLines) lines.splice(maxLines - 1, Infinity, lines.slice(maxLines - 1).join(" "));
  return lines.map((l) => fit(l, font, size, width));
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The totals and "certifié exact" block under the table. */
const closingHeight = 130;
/** The last page carries at least this many lines with the closing block (no near-empty page). */
const keepWithClosing = 3;

/** A network logo given as a PNG or JPEG data URL; other addresses are not fetched (no outbound request). */
async function embedLogo(doc: PDFDocument, logoUrl: string | null | undefined) {
  const m = logoUrl ? /^data:image\/(png|jpe?g);base64,(.+)$/i.exec(logoUrl) : null;
  if (!m) return null;
  try {
    const bytes = Buffer.from(m[2]!, "base64");
    return m[1]!.toLowerCase() === "png" ? await doc.embedPng(bytes) : await doc.embedJpg(bytes);
  } catch {
    return null;
  }
}

/** The attendance sheet of one meeting as PDF bytes. */
export async function buildAttendanceSheet(
  event: AttendanceEvent,
  rows: AttendanceRow[],
  {
    networkName,
    logoUrl = null,
    printedAt = new Date(),
  }: { networkName: string; logoUrl?: string | null; printedAt?: Date },
): Promise<Uint8Array> {
  const t = looseTranslator("fr");
  const doc = await PDFDocument.create();
  doc.setTitle(`${t("attendance.sheet.title")} – ${event.title}`);
  doc.setLanguage("fr-FR");
  doc.setCreator("Relais");
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const logo = await embedLogo(doc, logoUrl);
  const safe = encodable(regular);
  const halfDays = halfDaysOf(event.startsAt, event.endsAt);
  const record = isRecordSheet(event, printedAt);
  const lines: (SheetLine | null)[] = sheetLines(rows, record);
  const totals = sheetTotals(lines as SheetLine[]);
  if (!record) lines.push(...Array<null>(blankLines).fill(null));
  const inner = page.width - 2 * page.margin;
  const nameW = 140;
  const orgW = 150;
  const boxW = (inner - nameW - orgW) / halfDays.length;
  const organiser = event.organiserName || networkName;

  const pages: PDFPage[] = [];
  let p!: PDFPage;
  let y = 0;
  const text = (s: string, x: number, size: number, font = regular, color = ink) =>
    p.drawText(safe(s), { x, y, size, font, color });

  const dateLabel = capitalise(formatParisDate(event.startsAt, "fr-FR", "full"));
  const place =
    event.place || event.address || event.communeName
      ? [event.place, event.address, event.communeName].filter(Boolean).join(", ")
      : (event.onlineUrl ?? t("attendance.sheet.noPlace"));
  const details: [string, string][] = [
    [t("attendance.sheet.type"), t(`meetings.eventTypes.${event.eventType}`)],
    [t("attendance.sheet.date"), dateLabel],
    [t("attendance.sheet.times"), `${clockTime(event.startsAt, "fr")} – ${clockTime(event.endsAt, "fr")}`],
    [t("attendance.sheet.place"), place],
    [t("attendance.sheet.organiser"), organiser],
  ];

  const tableHeader = () => {
    const top = y;
    p.drawRectangle({
      x: page.margin,
      y: top - headerRowHeight,
      width: inner,
      height: headerRowHeight,
      color: rgb(0.92, 0.92, 0.92),
      borderColor: line,
      borderWidth: 0.5,
    });
    y = top - 15;
    text(t("attendance.sheet.name"), page.margin + 4, 9, bold);
    text(t("attendance.sheet.organisation"), page.margin + nameW + 4, 9, bold);
    halfDays.forEach((h, i) =>
      text(
        fit(
          safe(t(`attendance.sheet.signature.${halfDayPeriod(h, event.startsAt, event.endsAt)}`)),
          bold,
          9,
          boxW - 8,
        ),
        page.margin + nameW + orgW + i * boxW + 4,
        9,
        bold,
      ),
    );
    y = top - headerRowHeight;
  };

  const newPage = (first: boolean) => {
    p = doc.addPage([page.width, page.height]);
    pages.push(p);
    y = page.height - page.margin;
    if (first) {
      const logoH = 36;
      if (logo) {
        const w = (logo.width / logo.height) * logoH;
        p.drawImage(logo, { x: page.margin + inner - w, y: y - logoH, width: w, height: logoH });
      }
      y -= 10;
      text(`${t("attendance.sheet.title").toUpperCase()} – ${networkName}`, page.margin, 10, bold, grey);
      for (const l of wrap(safe(event.title), bold, 16, inner - (logo ? 120 : 0))) {
        y -= 20;
        text(l, page.margin, 16, bold);
      }
      y -= 8;
      for (const [label, value] of details) {
        for (const [i, l] of wrap(safe(value), regular, 10, inner - 90, 2).entries()) {
          y -= 15;
          if (i === 0) text(`${label} :`, page.margin, 10, bold);
          text(l, page.margin + 90, 10);
        }
      }
      y -= 18;
    } else {
      y -= 10;
      text(fit(safe(`${event.title} – ${dateLabel}`), regular, 9, inner), page.margin, 9, regular, grey);
      y -= 12;
    }
    tableHeader();
  };

  /** Text lines inside a cell, from its top. */
  const cellLines = (ls: string[], x: number, top: number, size: number, font = regular, color = ink) =>
    ls.forEach((l, i) => p.drawText(l, { x, y: top - 13 - i * (size + 2), size, font, color }));

  const markText = (l: SheetLine): string | null => {
    const { row, mark } = l;
    const at = row.checkedInAt ? clockTime(row.checkedInAt, "fr") : null;
    if (mark === "excused")
      return row.representedBy
        ? t("attendance.sheet.marks.excusedRepresented", { name: row.representedBy })
        : t("attendance.sheet.marks.excused");
    if (mark === "present" && row.signatures.length === 0 && at)
      return t("attendance.sheet.marks.checkedIn", { time: at });
    if (mark === "present" || mark === "expected") return null;
    if (mark === "late")
      return at ? t("attendance.sheet.marks.lateAt", { time: at }) : t("attendance.sheet.marks.late");
    return t(`attendance.sheet.marks.${mark}`);
  };

  const signatureCell = (x: number, top: number, s: AttendanceRow["signatures"][number] | undefined) => {
    if (!s) return;
    if (s.method === "on_screen" && s.image) {
      const scale = Math.min((boxW - 8) / signatureBox.width, (rowHeight - 16) / signatureBox.height);
      p.drawSvgPath(s.image, { x: x + 4, y: top - 3, scale, borderColor: ink, borderWidth: 1.2 / scale });
    }
    const label =
      s.method === "paper"
        ? t("attendance.sheet.paper", { time: clockTime(s.signedAt, "fr") })
        : t("attendance.sheet.signedAt", { time: clockTime(s.signedAt, "fr") });
    p.drawText(safe(label), { x: x + 4, y: top - rowHeight + 4, size: 7, font: regular, color: grey });
  };

  const bottom = page.margin + 20;
  newPage(true);
  lines.forEach((entry, index) => {
    const left = lines.length - index;
    // Break early so the last page carries a few lines with the closing block, never it alone.
    const lastFew = left === keepWithClosing && index > 0 && y - left * rowHeight - closingHeight < bottom;
    if (lastFew || y - rowHeight < bottom) newPage(false);
    const top = y;
    p.drawRectangle({
      x: page.margin,
      y: top - rowHeight,
      width: inner,
      height: rowHeight,
      borderColor: line,
      borderWidth: 0.5,
    });
    for (const x of [nameW, nameW + orgW, ...halfDays.slice(1).map((_, i) => nameW + orgW + (i + 1) * boxW)])
      p.drawLine({
        start: { x: page.margin + x, y: top },
        end: { x: page.margin + x, y: top - rowHeight },
        thickness: 0.5,
        color: line,
      });
    if (entry) {
      const { row } = entry;
      const name = `${row.lastName.toUpperCase()} ${row.firstName}`;
      cellLines(wrap(safe(name), regular, 10, nameW - 8, 3), page.margin + 4, top, 10);
      if (row.organisationName)
        cellLines(wrap(safe(row.organisationName), regular, 9, orgW - 8, 3), page.margin + nameW + 4, top, 9);
      const mark = markText(entry);
      const signs = entry.mark === "present" || entry.mark === "late";
      halfDays.forEach((h: HalfDay, i) => {
        const x = page.margin + nameW + orgW + i * boxW;
        if (signs)
          signatureCell(
            x,
            top,
            row.signatures.find((s) => s.halfDay === h),
          );
        // The mark goes in the first box (late: above the signature), italic grey for absences.
        if (mark && i === 0)
          cellLines(wrap(safe(mark), bold, 8, boxW - 8, signs ? 1 : 3), x + 4, top, 8, bold, grey);
      });
    }
    y = top - rowHeight;
  });

  // Totals and the organiser's certification.
  if (y - closingHeight < bottom) newPage(false);
  y -= 24;
  const totalsText = record
    ? t("attendance.sheet.totals.record", totals)
    : t("attendance.sheet.totals.advance", totals);
  for (const l of wrap(safe(totalsText), bold, 10, inner)) {
    text(l, page.margin, 10, bold);
    y -= 14;
  }
  if (record && totals.unmarked > 0) {
    text(safe(t("attendance.sheet.totals.unmarked", totals)), page.margin, 9, regular, grey);
    y -= 14;
  }
  y -= 8;
  const boxX = page.margin + inner - 220;
  text(safe(t("attendance.sheet.certified")), page.margin, 10, bold);
  y -= 14;
  text(
    fit(safe(t("attendance.sheet.certifiedBy", { name: organiser })), regular, 9, boxX - page.margin - 10),
    page.margin,
    9,
  );
  y -= 14;
  text(safe(t("attendance.sheet.certifiedOn")), page.margin, 9);
  p.drawRectangle({ x: boxX, y: y - 20, width: 220, height: 62, borderColor: line, borderWidth: 0.5 });
  p.drawText(safe(t("attendance.sheet.organiserSignature")), {
    x: boxX + 4,
    y: y + 30,
    size: 8,
    font: regular,
    color: grey,
  });

  const printed = formatParisDate(printedAt, "fr-FR", "long");
  pages.forEach((pg, i) => {
    pg.drawText(safe(t("attendance.sheet.footer", { page: i + 1, pages: pages.length, date: printed })), {
      x: page.margin,
      y: page.margin - 16,
      size: 8,
      font: regular,
      color: grey,
    });
  });
  return doc.save();
}
