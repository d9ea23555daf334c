import { and, eq, sql } from "drizzle-orm";
import { createHash } from "node:crypto";
import { storedFileChunks, storedFiles } from "@/db/schema";
import type { Db } from "@/db/types";

// THE file store: bytes in, a file id out; a file id in, a stream out. Today the bytes live in
// PostgreSQL (stored_file_chunks), cut in chunks so that neither a write nor a read holds a whole
// file in memory; an object store could replace this module without its callers changing.
// No "server-only" marker: scripts (the seed) write files through it too.

/** 256 KiB: large enough that a 25 MB file is 100 rows, small enough to keep memory flat. */
export const chunkBytes = 256 * 1024;

export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`file over ${maxBytes} bytes`);
  }
}

export type StoredFile = { id: string; size: number; sha256: string; contentType: string };

/** Re-cuts any stream of byte arrays into chunks of exactly `chunkBytes` (the last one shorter). */
async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let pendingSize = 0;
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      pending.push(Buffer.from(value));
      pendingSize += value.length;
      while (pendingSize >= chunkBytes) {
        const all = Buffer.concat(pending);
        yield all.subarray(0, chunkBytes);
        pending = [all.subarray(chunkBytes)];
        pendingSize = all.length - chunkBytes;
      }
    }
    if (pendingSize > 0) yield Buffer.concat(pending);
  } finally {
    reader.releaseLock();
  }
}

/**
 * Writes a stream as a new file of the network, chunk by chunk, inside the caller's transaction
 * when `db` is one (so a failed upload leaves nothing). Throws FileTooLargeError past `maxBytes`.
 */
export async function writeFile(
  db: Db,
  params: { networkId: string; contentType: string; stream: ReadableStream<Uint8Array>; maxBytes: number },
): Promise<StoredFile> {
  return db.transaction(async (tx) => {
    const [file] = await tx
      .insert(storedFiles)
      .values({ networkId: params.networkId, contentType: params.contentType, size: 0, sha256: "" })
      .returning({ id: storedFiles.id });
    const hash = createHash("sha256");
    let size = 0;
    let seq = 0;
    for await (const chunk of chunksOf(params.stream)) {
      size += chunk.length;
      if (size > params.maxBytes) throw new FileTooLargeError(params.maxBytes);
      hash.update(chunk);
      await tx.insert(storedFileChunks).values({ networkId: params.networkId, fileId: file!.id, seq, data: chunk });
      seq++;
    }
    const sha256 = hash.digest("hex");
    await tx.update(storedFiles).set({ size, sha256 }).where(eq(storedFiles.id, file!.id));
    return { id: file!.id, size, sha256, contentType: params.contentType };
  });
}

/** A file's description, or undefined when it is not this network's. */
export async function statFile(db: Db, { networkId, id }: { networkId: string; id: string }) {
  const [row] = await db
    .select({ id: storedFiles.id, size: storedFiles.size, sha256: storedFiles.sha256, contentType: storedFiles.contentType })
    .from(storedFiles)
    .where(and(eq(storedFiles.id, id), eq(storedFiles.networkId, networkId)));
  return row;
}

/**
 * The content as a stream that reads one chunk from the database each time the consumer asks
 * for more (a slow download holds one chunk, not the file). Check the file with statFile first.
 */
export function readFile(db: Db, { networkId, id }: { networkId: string; id: string }): ReadableStream<Uint8Array> {
  let seq = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const [row] = await db
          .select({ data: storedFileChunks.data })
          .from(storedFileChunks)
          .where(
            and(
              eq(storedFileChunks.fileId, id),
              eq(storedFileChunks.networkId, networkId),
              eq(storedFileChunks.seq, seq),
            ),
          );
        if (!row) {
          controller.close();
          return;
        }
        seq++;
        controller.enqueue(new Uint8Array(row.data));
      },
    },
    { highWaterMark: 1 },
  );
}

/** Reads a whole (small) file: for callers that must hold it anyway (a PDF to embed, tests). */
export async function readFileBytes(db: Db, scope: { networkId: string; id: string }): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of readFile(db, scope) as unknown as AsyncIterable<Uint8Array>) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

export async function deleteFile(db: Db, { networkId, id }: { networkId: string; id: string }): Promise<void> {
  await db.delete(storedFiles).where(and(eq(storedFiles.id, id), eq(storedFiles.networkId, networkId)));
}

/** Total bytes a network stores (for a quota later; shown nowhere yet). */
export async function networkStorageBytes(db: Db, { networkId }: { networkId: string }): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${storedFiles.size}), 0)::bigint` })
    .from(storedFiles)
    .where(eq(storedFiles.networkId, networkId));
  return Number(row?.n ?? 0);
}
