import { beforeAll, describe, expect, it, vi } from "vitest";
import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { storedFileChunks, storedFiles, toolResources } from "@/db/schema";
import type { Db } from "@/db/types";
import { testDb } from "@/test/db";
import { createNetworkWithRoles } from "@/test/factories";
import { readFileBytes } from "@/server/storage";
import { maxResourceBytes } from "./constants";
import { fieldsLengthHeader } from "./upload";

// The library's streamed upload route, through the real choke point; only the session, the
// language, the database and Next's cache are stood in for.
const request = vi.hoisted(() => ({ userId: null as string | null, db: null as unknown }));
vi.mock("@/server/auth/session", () => ({
  getSessionUser: async () =>
    request.userId ? { id: request.userId, email: "x@exemple.test", name: "X", isPlatformAdmin: false } : null,
}));
vi.mock("@/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/db/client")>()),
  getDb: () => request.db,
}));
vi.mock("next-intl/server", () => ({ getLocale: async () => "fr" }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { POST } = await import("@/app/api/n/[network]/tools/resources/upload/route");

const db: Db = testDb;
request.db = db;
type Net = Awaited<ReturnType<typeof createNetworkWithRoles>>;
let a: Net;
let b: Net;

/** `size` bytes of a PDF, produced 64 KiB at a time (never held whole), and its SHA-256. */
function pdfStream(size: number) {
  const hash = createHash("sha256");
  let sent = 0;
  const block = Buffer.alloc(64 * 1024, 0x41);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= size) return controller.close();
      const n = Math.min(block.length, size - sent);
      const chunk = sent === 0 ? Buffer.concat([Buffer.from("%PDF-1.7\n"), block.subarray(9, n)]) : block.subarray(0, n);
      hash.update(chunk);
      sent += n;
      controller.enqueue(new Uint8Array(chunk));
    },
  });
  return { stream, digest: () => hash.digest("hex") };
}

/** The body the browser sends: the fields as JSON, then the file. */
function upload(n: Net, userId: string, fields: Record<string, unknown>, file: ReadableStream<Uint8Array>, declare?: number) {
  request.userId = userId;
  const head = new TextEncoder().encode(JSON.stringify(fields));
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(head);
      const reader = file.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        controller.enqueue(value);
      }
      controller.close();
    },
  });
  const headers: Record<string, string> = { [fieldsLengthHeader]: String(head.byteLength) };
  if (declare !== undefined) headers["content-length"] = String(head.byteLength + declare);
  const network = n.network.slug;
  return POST(
    new Request(`http://relais.test/api/n/${network}/tools/resources/upload`, { method: "POST", headers, body, duplex: "half" } as RequestInit),
    { params: Promise.resolve({ network }) },
  );
}

const fileCount = async (n: Net) =>
  Number((await db.select({ c: sql<number>`count(*)::int` }).from(storedFiles).where(eq(storedFiles.networkId, n.network.id)))[0]!.c);
const resourceCount = async (n: Net) =>
  Number((await db.select({ c: sql<number>`count(*)::int` }).from(toolResources).where(eq(toolResources.networkId, n.network.id)))[0]!.c);

const chunkCount = async (n: Net) =>
  Number((await db.select({ c: sql<number>`count(*)::int` }).from(storedFileChunks).where(eq(storedFileChunks.networkId, n.network.id)))[0]!.c);

beforeAll(async () => {
  a = await createNetworkWithRoles(db, { slug: "envoi-a" });
  b = await createNetworkWithRoles(db, { slug: "envoi-b" });
});

describe("POST /api/n/[network]/tools/resources/upload", () => {
  it("streams a 12 MB PDF (past a server action's cap) into storage, byte for byte", async () => {
    const size = 12_000_000;
    const file = pdfStream(size);
    const response = await upload(
      a,
      a.ambassador.id,
      { title: "Programme d'animation SERD", themes: ["waste_prevention"], formats: ["guide"], fileName: "programme.pdf", fileType: "application/pdf" },
      file.stream,
    );
    const body = (await response.json()) as { ok: boolean; data: { id: string; status: string } };
    expect(response.status, JSON.stringify(body)).toBe(201);
    expect(body).toMatchObject({ ok: true, data: { status: "published" } });
    const [row] = await db.select().from(toolResources).where(eq(toolResources.id, body.data.id));
    expect(row).toMatchObject({ kind: "document", title: "Programme d'animation SERD", fileName: "programme.pdf", themes: ["waste_prevention"] });
    const [stored] = await db.select().from(storedFiles).where(eq(storedFiles.id, row!.fileId!));
    expect(stored).toMatchObject({ size, contentType: "application/pdf", sha256: file.digest() });
    expect((await readFileBytes(db, { networkId: a.network.id, id: stored!.id })).length).toBe(size);
  });

  it("refuses a file over 50 MB, declared or not, with a French message, and leaves no row", async () => {
    const files = await fileCount(a);
    const resources = await resourceCount(a);
    const chunks = await chunkCount(a);
    const fields = { title: "Film trop long", fileName: "film.pdf", fileType: "application/pdf" };
    // Declared: refused before a byte is read.
    const declared = await upload(a, a.ambassador.id, fields, pdfStream(16).stream, maxResourceBytes + 1);
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ fieldErrors: { file: ["Le fichier dépasse 50 Mo. Partagez une vidéo plus longue par un lien."] } });
    // Not declared (chunked): refused while streaming, the transaction rolled back.
    const streamed = await upload(a, a.ambassador.id, fields, pdfStream(maxResourceBytes + 300_000).stream);
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toMatchObject({
      ok: false,
      fieldErrors: { file: ["Le fichier dépasse 50 Mo. Partagez une vidéo plus longue par un lien."] },
    });
    expect(await fileCount(a)).toBe(files);
    expect(await resourceCount(a)).toBe(resources);
    expect(await chunkCount(a)).toBe(chunks);
  });

  it("refuses an extension whose bytes do not match, an unknown type, a missing title, an elected official and another network", async () => {
    const files = await fileCount(a);
    const html = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode("<html><script>alert(1)</script></html>"));
        c.close();
      },
    });
    const fake = await upload(a, a.ambassador.id, { title: "Faux PDF", fileName: "guide.pdf", fileType: "application/pdf" }, html);
    expect(fake.status).toBe(400);
    expect(await fake.json()).toMatchObject({ ok: false, fieldErrors: { file: ["Le contenu du fichier ne correspond pas à son extension."] } });
    const exe = await upload(a, a.ambassador.id, { title: "Programme", fileName: "setup.exe", fileType: "application/octet-stream" }, pdfStream(100).stream);
    expect(await exe.json()).toMatchObject({ ok: false, fieldErrors: { file: [expect.stringContaining("n'est pas accepté")] } });
    const untitled = await upload(a, a.ambassador.id, { title: "", fileName: "guide.pdf", fileType: "application/pdf" }, pdfStream(100).stream);
    expect(untitled.status).toBe(400);
    expect(await untitled.json()).toMatchObject({ ok: false, fieldErrors: { title: ["Ce champ est obligatoire."] } });
    // A body shorter than it declared (a cut connection, a proxy's cap): refused, nothing kept.
    const cut = await upload(a, a.ambassador.id, { title: "Coupé", fileName: "guide.pdf", fileType: "application/pdf" }, pdfStream(1000).stream, 5000);
    expect(cut.status).toBe(400);
    expect(await cut.json()).toMatchObject({ ok: false, fieldErrors: { file: ["Le fichier n'est pas arrivé en entier. Réessayez."] } });
    const elected = await upload(a, a.elected.id, { title: "Programme", fileName: "guide.pdf", fileType: "application/pdf" }, pdfStream(100).stream);
    expect(elected.status).toBe(404);
    const foreign = await upload(a, b.coordinator.id, { title: "Programme", fileName: "guide.pdf", fileType: "application/pdf" }, pdfStream(100).stream);
    expect(foreign.status).toBe(404);
    expect(await fileCount(a)).toBe(files);
  });

  it("a partner's upload is a proposal for the coordinator", async () => {
    const response = await upload(a, a.partner.id, { title: "Guide du partenaire", fileName: "guide.pdf", fileType: "application/pdf" }, pdfStream(2000).stream);
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ ok: true, data: { status: "proposed" } });
  });
});
