import "server-only";
import { parseImportFile } from "@/features/directory/import/parse-file";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import { parseYmd } from "@/lib/domain/recurrence";
import { csvImportMaxRows } from "./constants";
import { recordValues, type RecordedRow } from "./mutations";

// A tonnage table (date; value; source) from a CSV or XLSX file: every row checked first, then
// written in one transaction. One broken row: nothing is written and the row is named.

const refuse = (key: string, values?: Record<string, number>) =>
  new ActionError("invalid_input", key, { file: key }, values);

/** "2014-12-31", "31/12/2014" or a bare year "2014" (= 31 December). */
export function readDate(cell: string): string | null {
  const s = cell.trim();
  if (/^\d{4}$/.test(s)) return `${s}-12-31`;
  const fr = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  const ymd = fr ? `${fr[3]}-${fr[2]!.padStart(2, "0")}-${fr[1]!.padStart(2, "0")}` : s.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(ymd) && parseYmd(ymd) ? ymd : null;
}

/** "12 345,6" or "12345.6" → 12345.6; anything else null. */
export function readNumber(cell: string): number | null {
  const s = cell.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

export function checkRows(rows: string[][]): { rows: RecordedRow[]; errorRow: number | null } {
  const out: RecordedRow[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const [d = "", v = "", source = ""] = rows[i]!;
    if (!d.trim() && !v.trim()) continue;
    const date = readDate(d);
    const value = readNumber(v);
    if (!date || value === null || seen.has(date)) return { rows: [], errorRow: i + 2 };
    seen.add(date);
    out.push({ date, value, source: source.trim().slice(0, 300) });
  }
  return { rows: out, errorRow: null };
}

export async function importRecordedValues(
  db: Db,
  scope: { networkId: string; userId: string },
  input: { indicatorId: string; file: File },
) {
  const parsed = await parseImportFile({
    name: input.file.name,
    bytes: new Uint8Array(await input.file.arrayBuffer()),
  });
  if (parsed.rows.length > csvImportMaxRows) throw refuse("dashboards.errors.importTooLarge");
  const { rows, errorRow } = checkRows(parsed.rows);
  if (errorRow !== null) throw refuse("dashboards.errors.importRow", { row: errorRow });
  if (rows.length === 0) throw refuse("dashboards.errors.importEmpty");
  return recordValues(db, scope, { indicatorId: input.indicatorId, rows });
}
