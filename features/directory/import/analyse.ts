import "server-only";
import type { Db } from "@/db/types";
import type { Translate } from "@/lib/i18n/messages";
import { getUploadedBatch } from "./batches";
import { checkRows } from "./check-rows";
import { findDuplicates, toDuplicate } from "./duplicates";
import { loadExisting } from "./existing";
import { listLimit, type AnalyseImportInput, type AnalyseResult, type ImportField } from "./schemas";

const previewRows = 10;

/** An uploaded file checked under a mapping, against the network's existing rows. */
export async function checkBatch(
  db: Db,
  {
    networkId,
    batchId,
    mapping,
    lock,
  }: { networkId: string; batchId: string; mapping: string[]; lock?: boolean },
  t: Translate,
) {
  const batch = await getUploadedBatch(db, { networkId, id: batchId, lock });
  const existing = await loadExisting(db, { networkId, kind: batch.kind });
  const checked = checkRows({
    kind: batch.kind,
    headers: batch.headers,
    rows: batch.rows,
    mapping,
    reference: existing.reference,
    t,
  });
  return { batch, existing, ...checked };
}

/** Errors, duplicates and a preview of an uploaded file under a mapping. Writes nothing. */
export async function analyseImport(
  db: Db,
  { networkId }: { networkId: string },
  input: AnalyseImportInput,
  t: Translate,
): Promise<AnalyseResult> {
  const { batch, existing, records, errors, rowCount } = await checkBatch(
    db,
    { networkId, batchId: input.batchId, mapping: input.mapping },
    t,
  );
  const matches = findDuplicates(records, existing, existing.communeNames);
  const duplicates = records.flatMap((r) => {
    const match = matches.get(r.row);
    return match ? [toDuplicate(r.row, match, r)] : [];
  });

  const mapped = input.mapping
    .slice(0, batch.headers.length)
    .flatMap((field, column) => (field ? [{ field: field as ImportField, column }] : []));
  const preview: AnalyseResult["preview"] = { fields: mapped.map((m) => m.field), rows: [] };
  for (let i = 0; i < batch.rows.length && preview.rows.length < previewRows; i++) {
    const cells = batch.rows[i]!;
    if (cells.length > 0) preview.rows.push({ row: i + 2, cells: mapped.map((m) => cells[m.column] ?? "") });
  }

  return {
    kind: batch.kind,
    rowCount,
    errorCount: errors.length,
    errors: errors.slice(0, listLimit),
    duplicateCount: duplicates.length,
    duplicates: duplicates.slice(0, listLimit),
    preview,
  };
}
