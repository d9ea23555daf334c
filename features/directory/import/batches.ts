import "server-only";
import { and, eq, lt } from "drizzle-orm";
import { importBatches } from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import { guessMapping } from "./guess-mapping";
import { parseImportFile } from "./parse-file";
import { importLimits, type ImportKind, type UploadResult } from "./schemas";

// An uploaded file waits in import_batches between the upload, the mapping and the commit.
// Nothing of it reaches the directory before the commit.

type Scope = { networkId: string; userId: string | null };

/** Uploaded files nobody imported are dropped after a day (they may hold personal data). */
const staleAfterMs = 24 * 60 * 60 * 1000;

export async function uploadImportFile(
  db: Db,
  scope: Scope,
  input: { kind: ImportKind; fileName: string; bytes: Uint8Array },
): Promise<UploadResult> {
  const { headers, rows } = await parseImportFile({ name: input.fileName, bytes: input.bytes });
  const fileName = input.fileName.slice(0, 200) || "import";
  await db
    .delete(importBatches)
    .where(
      and(
        eq(importBatches.networkId, scope.networkId),
        eq(importBatches.status, "uploaded"),
        lt(importBatches.createdAt, new Date(Date.now() - staleAfterMs)),
      ),
    );
  const [batch] = await db
    .insert(importBatches)
    .values({
      networkId: scope.networkId,
      createdById: scope.userId,
      kind: input.kind,
      fileName,
      headers,
      rows,
    })
    .returning({ id: importBatches.id });
  const filled = rows.filter((r) => r.length > 0);
  const samples = headers.map((_, i) =>
    filled
      .map((r) => r[i] ?? "")
      .filter(Boolean)
      .slice(0, 3)
      .map((v) => (v.length > 60 ? `${v.slice(0, 59)}…` : v)),
  );
  return {
    batchId: batch!.id,
    kind: input.kind,
    fileName,
    headers,
    rowCount: filled.length,
    mapping: guessMapping(input.kind, headers),
    samples,
  };
}

/** The upload action's work, given the File of the form. */
export async function uploadImportForm(
  db: Db,
  scope: Scope,
  input: { kind: ImportKind; file: File },
): Promise<UploadResult> {
  // Refused before reading it into memory.
  if (input.file.size > importLimits.maxBytes) {
    throw new ActionError("invalid_input", "import.errors.tooLarge", { file: "import.errors.tooLarge" });
  }
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  return uploadImportFile(db, scope, { kind: input.kind, fileName: input.file.name, bytes });
}

export type ImportBatch = typeof importBatches.$inferSelect;

/** A batch of the network still waiting to be imported; `lock` holds it until the transaction ends. */
export async function getUploadedBatch(
  db: Db,
  { networkId, id, lock = false }: { networkId: string; id: string; lock?: boolean },
): Promise<ImportBatch> {
  const query = db
    .select()
    .from(importBatches)
    .where(and(eq(importBatches.id, id), eq(importBatches.networkId, networkId)));
  const [batch] = lock ? await query.for("update") : await query;
  if (!batch) throw new ActionError("not_found");
  if (batch.status !== "uploaded") throw new ActionError("conflict", "import.errors.alreadyCommitted");
  return batch;
}
