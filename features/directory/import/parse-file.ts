import "server-only";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { ActionError } from "@/lib/action-result";
import { importLimits } from "./schemas";

// An uploaded file → column names + rows of text, whatever spreadsheet software wrote it.
// Row i of `rows` is row i + 2 of the spreadsheet (row 1 holds the column names); empty rows are
// kept as [] so that the row numbers shown to the user are those of their spreadsheet.

export type ParsedFile = { headers: string[]; rows: string[][] };

const refuse = (key: string) =>
  new ActionError("invalid_input", `import.errors.${key}`, { file: `import.errors.${key}` });

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

export async function parseImportFile(file: { name: string; bytes: Uint8Array }): Promise<ParsedFile> {
  const { bytes } = file;
  if (bytes.length === 0) throw refuse("empty");
  if (bytes.length > importLimits.maxBytes) throw refuse("tooLarge");
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? "";
  const isZip = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
  const isOle = startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]);
  if (isZip && (extension === "xlsx" || extension === "xlsm")) return toTable(await readXlsx(bytes));
  if (isOle && extension === "xls") throw refuse("oldExcel");
  if (isZip || isOle || !["csv", "txt", "tsv", ""].includes(extension) || bytes.includes(0)) {
    throw refuse("notCsvOrXlsx");
  }
  return toTable(readCsv(decodeText(bytes)));
}

/**
 * UTF-8 (a BOM is dropped) when the bytes are valid UTF-8; Windows-1252 when they hold no UTF-8
 * sequence at all (what French spreadsheet software writes on Windows). A UTF-8 file with a few damaged
 * bytes keeps U+FFFD in its cells, and those rows are reported as unreadable.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const lenient = new TextDecoder("utf-8").decode(bytes);
    if (/[^\u0000-\u007f\ufffd]/.test(lenient)) return lenient;
    return decodeWindows1252(bytes);
  }
}

// 0x80-0x9F of Windows-1252 (€, ’, œ, …); Node 20's own "windows-1252" decoder reads them as
// Latin-1 control characters.
const windows1252High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder("latin1")
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => windows1252High[c.charCodeAt(0) - 0x80]!);
}

/** The separator used most often in the first record (outside quotes): ";", "," or tab. */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ";": 0, ",": 0, "\t": 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char in counts) counts[char]! += 1;
  }
  const [best] = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ",";
}

function readCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false });
  if (result.errors.some((e) => e.code === "MissingQuotes")) throw refuse("unclosedQuote");
  return result.data;
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type (an ArrayBuffer): give it one.
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    await workbook.xlsx.load(buffer);
  } catch {
    throw refuse("unreadableXlsx");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0) throw refuse("empty");
  if (sheet.actualRowCount - 1 > importLimits.maxRows) throw refuse("tooManyRows");
  const records: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const cells: string[] = [];
    sheet.getRow(r).eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    records.push(Array.from(cells, (c) => c ?? ""));
  }
  return records;
}

function isoDate(date: Date): string {
  const iso = date.toISOString();
  // Spreadsheet dates carry no time zone: exceljs gives them as UTC.
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return isoDate(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) {
    // exceljs gives a hyperlink's text as rich text when the cell is formatted.
    const text: unknown = value.text;
    return typeof text === "string" ? text : cellText(text as ExcelJS.CellValue);
  }
  if ("formula" in value || "sharedFormula" in value) {
    const result = value.result;
    return result === undefined || (typeof result === "object" && "error" in result) ? "" : cellText(result);
  }
  return "";
}

const isEmptyRecord = (record: string[]) => record.every((cell) => cell.trim() === "");

/** Length of a record without its trailing empty cells ("a;b;;" has 2). */
function usedLength(record: string[]): number {
  let n = record.length;
  while (n > 0 && record[n - 1]!.trim() === "") n -= 1;
  return n;
}

/** Spreadsheet column letters (A, B, … Z, AA…) name a column whose header cell is empty. */
function columnLetter(index: number): string {
  let n = index + 1;
  let name = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

function toTable(records: string[][]): ParsedFile {
  while (records.length > 0 && isEmptyRecord(records[records.length - 1]!)) records.pop();
  if (records.length === 0) throw refuse("empty");
  const [head, ...body] = records as [string[], ...string[][]];
  if (isEmptyRecord(head)) throw refuse("noHeader");
  const dataRows = body.filter((r) => !isEmptyRecord(r)).length;
  if (dataRows === 0) throw refuse("noDataRows");
  if (dataRows > importLimits.maxRows) throw refuse("tooManyRows");
  let width = usedLength(head);
  for (const record of body) width = Math.max(width, usedLength(record));
  const headers = Array.from({ length: width }, (_, i) => head[i]?.trim() || columnLetter(i));
  const rows = body.map((record) =>
    isEmptyRecord(record) ? [] : headers.map((_, i) => (record[i] ?? "").trim()),
  );
  return { headers, rows };
}
