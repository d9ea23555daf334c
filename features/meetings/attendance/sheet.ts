import "server-only";
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from "pdf-lib";
import { looseTranslator } from "@/lib/i18n/messages";
import { halfDaysOf, type HalfDay } from "@/lib/domain/paris-time";
import { clockTime, formatParisDate } from "@/lib/i18n/format-day";
import type { AttendanceEvent, AttendanceRow } from "./queries";
import { signatureBox } from "./schemas";

// The feuille d'émargement: A4 portrait, the standard Helvetica (WinAnsi covers French), one line
// per participant with one signature box per half-day, the header row repeated on every page.

const page = { width: 595.28, height: 841.89, margin: 40 };
const rowHeight = 48;
const headerRowHeight = 22;
const blankLines = 5;
const ink = rgb(0.1, 0.1, 0.1);
const grey = rgb(0.4, 0.4, 0.4);
const line = rgb(0.55, 0.55, 0.55);

/** Who appears on the sheet: everyone who may sign, i.e. not known to be away. */
export function sheetRows(rows: AttendanceRow[]): AttendanceRow[] {
  return rows.filter((r) => !["declined", "excused", "absent", "waitlisted"].includes(r.status));
}

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

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/)) {
    const next = current ? `${current} ${word}` : word;
    if (current && font.widthOfTextAtSize(next, size) > width) {
      lines.push(current);
      current = word;
    } else current = next;
  }
  if (current) lines.push(current);
  return lines.map((l) => fit(l, font, size, width));
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The attendance sheet of one meeting as PDF bytes. */
export async function buildAttendanceSheet(
  event: AttendanceEvent,
  rows: AttendanceRow[],
  { networkName, printedAt = new Date() }: { networkName: string; printedAt?: Date },
): Promise<Uint8Array> {
  const t = looseTranslator("fr");
  const doc = await PDFDocument.create();
  doc.setTitle(`${t("attendance.sheet.title")} – ${event.title}`);
  doc.setLanguage("fr-FR");
  doc.setCreator("Relais");
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const safe = encodable(regular);
  const halfDays = halfDaysOf(event.startsAt, event.endsAt);
  const inner = page.width - 2 * page.margin;
  const nameW = 140;
  const orgW = 150;
  const boxW = (inner - nameW - orgW) / halfDays.length;

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
    [t("attendance.sheet.date"), dateLabel],
    [t("attendance.sheet.times"), `${clockTime(event.startsAt, "fr")} – ${clockTime(event.endsAt, "fr")}`],
    [t("attendance.sheet.place"), place],
    [t("attendance.sheet.organiser"), event.organiserName || networkName],
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
        fit(safe(t(`attendance.sheet.signature.${h}`)), bold, 9, boxW - 8),
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
      y -= 10;
      text(t("attendance.sheet.title").toUpperCase(), page.margin, 10, bold, grey);
      for (const l of wrap(safe(event.title), bold, 16, inner)) {
        y -= 20;
        text(l, page.margin, 16, bold);
      }
      y -= 8;
      for (const [label, value] of details) {
        y -= 15;
        text(`${label} :`, page.margin, 10, bold);
        text(fit(safe(value), regular, 10, inner - 90), page.margin + 90, 10);
      }
      y -= 18;
    } else {
      y -= 10;
      text(fit(safe(`${event.title} – ${dateLabel}`), regular, 9, inner), page.margin, 9, regular, grey);
      y -= 12;
    }
    tableHeader();
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

  newPage(true);
  const all: (AttendanceRow | null)[] = [...sheetRows(rows), ...Array<null>(blankLines).fill(null)];
  for (const row of all) {
    if (y - rowHeight < page.margin + 20) newPage(false);
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
    if (row) {
      y = top - 18;
      text(
        fit(safe(`${row.lastName.toUpperCase()} ${row.firstName}`), regular, 10, nameW - 8),
        page.margin + 4,
        10,
      );
      if (row.organisationName)
        text(fit(safe(row.organisationName), regular, 9, orgW - 8), page.margin + nameW + 4, 9);
      halfDays.forEach((h: HalfDay, i) =>
        signatureCell(
          page.margin + nameW + orgW + i * boxW,
          top,
          row.signatures.find((s) => s.halfDay === h),
        ),
      );
    }
    y = top - rowHeight;
  }

  const printed = formatParisDate(printedAt, "fr-FR", "short");
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
