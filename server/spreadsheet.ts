import "server-only";
import ExcelJS from "exceljs";

// Spreadsheet files for every export: one CSV dialect, one XLSX layout, one formula guard.

export type Cell = string | number | null;

/**
 * Spreadsheet software runs a cell that starts with =, +, - or @ as a formula: such text gets a
 * leading apostrophe (removed again by the import). Phone numbers ("+33 6…") and plain numbers
 * are left alone.
 */
export function guardCell(value: string): string {
  if (/^[=@\t\r]/.test(value) || (/^[+-]/.test(value) && !/^[+-][\d\s.()]*$/.test(value))) return `'${value}`;
  return value;
}

/** Semicolon-separated, CRLF, UTF-8 with a BOM: what French spreadsheet software opens right. */
export function toCsv(headers: string[], rows: Cell[][]): Uint8Array<ArrayBuffer> {
  const quote = (cell: Cell) => {
    const text = cell === null ? "" : typeof cell === "number" ? String(cell) : guardCell(cell);
    return /[";\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [headers, ...rows].map((row) => row.map(quote).join(";"));
  return new TextEncoder().encode(`\ufeff${lines.join("\r\n")}\r\n`);
}

/** One sheet with a bold, frozen header row. */
export async function toXlsx(
  sheetName: string,
  headers: string[],
  rows: Cell[][],
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Relais";
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(headers).font = { bold: true };
  sheet.addRows(rows);
  sheet.columns.forEach((column) => (column.width = 22));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

