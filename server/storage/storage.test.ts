import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testDb as db } from "@/test/db";
import { createNetwork } from "@/test/factories";
import { chunkBytes, FileTooLargeError, readFileBytes, statFile, writeFile } from "./index";

/** A stream that hands the bytes over in pieces of an awkward size, as a network would. */
function streamOf(bytes: Buffer, piece = 100_003): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(new Uint8Array(bytes.subarray(at, at + piece)));
      at += piece;
    },
  });
}

describe("file storage", () => {
  it("writes a stream in chunks and reads the same bytes back", async () => {
    const network = await createNetwork(db);
    const bytes = randomBytes(chunkBytes * 3 + 17);
    const file = await writeFile(db, {
      networkId: network.id,
      contentType: "application/pdf",
      stream: streamOf(bytes),
      maxBytes: 10_000_000,
    });
    expect(file.size).toBe(bytes.length);
    expect(file.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    const back = await readFileBytes(db, { networkId: network.id, id: file.id });
    expect(back.equals(bytes)).toBe(true);
  });

  it("refuses a file over the limit and leaves nothing behind", async () => {
    const network = await createNetwork(db);
    await expect(
      writeFile(db, {
        networkId: network.id,
        contentType: "application/pdf",
        stream: streamOf(randomBytes(chunkBytes * 2)),
        maxBytes: chunkBytes,
      }),
    ).rejects.toBeInstanceOf(FileTooLargeError);
    const rows = await db.query.storedFiles.findMany({ where: (f, { eq }) => eq(f.networkId, network.id) });
    expect(rows).toEqual([]);
  });

  it("does not find a file of another network", async () => {
    const a = await createNetwork(db);
    const b = await createNetwork(db);
    const file = await writeFile(db, {
      networkId: a.id,
      contentType: "text/plain",
      stream: streamOf(Buffer.from("secret")),
      maxBytes: 100,
    });
    expect(await statFile(db, { networkId: b.id, id: file.id })).toBeUndefined();
    expect((await readFileBytes(db, { networkId: b.id, id: file.id })).length).toBe(0);
  });
});
