import { describe, expect, it } from "vitest";
import { testDb as db } from "@/test/db";
import { runAction } from "@/test/actions";
import { createNetworkWithRoles } from "@/test/factories";
import { readFileBytes } from "@/server/storage";
import { addResourceAction, publishResourceAction } from "./actions";
import { getResource, listResources } from "./queries";
import { recordDownload } from "./library";

const pdfBytes = Buffer.from("%PDF-1.4\n% cahier de texte\n");
const pdf = (name = "cahier-de-texte.pdf", bytes = pdfBytes, type = "application/pdf") =>
  new File([new Uint8Array(bytes)], name, { type });

function form(fields: Record<string, string | File | string[]>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) f.append(k, x);
  return f;
}

const list = (n: Awaited<ReturnType<typeof createNetworkWithRoles>>, userId: string, filters = {}, canModerate = false) =>
  listResources(db, { networkId: n.network.id, userId, canModerate, filters });

describe("resource library", () => {
  it("an ambassador shares a link and a PDF; another member finds them by an accent-less search", async () => {
    const n = await createNetworkWithRoles(db);
    const link = await runAction(addResourceAction, {
      db,
      userId: n.ambassador.id,
      networkSlug: n.network.slug,
      input: form({ kind: "link", title: "Vidéo du circuit des déchets", url: "https://video.example.org/circuit", formats: "video" }),
    });
    expect(link).toMatchObject({ ok: true, data: { status: "published" } });
    const doc = await runAction(addResourceAction, {
      db,
      userId: n.ambassador.id,
      networkSlug: n.network.slug,
      input: form({ kind: "document", title: "Cahier de texte des ambassadeurs", themes: ["waste_prevention"], file: pdf() }),
    });
    expect(doc.ok).toBe(true);
    const found = await list(n, n.partner.id, { q: "dechets" });
    expect(found.map((r) => r.title)).toEqual(["Vidéo du circuit des déchets"]);
    const byTheme = await list(n, n.elected.id, { theme: "waste_prevention" });
    expect(byTheme.map((r) => r.title)).toEqual(["Cahier de texte des ambassadeurs"]);
    const stored = await getResource(db, { networkId: n.network.id, userId: n.elected.id, canModerate: false, id: doc.ok ? doc.data.id : "" });
    const bytes = await readFileBytes(db, { networkId: n.network.id, id: stored!.resource.fileId! });
    expect(bytes.equals(pdfBytes)).toBe(true);
  });

  it("refuses a non-http link, a file whose bytes are not its extension's, and an elected official's proposal", async () => {
    const n = await createNetworkWithRoles(db);
    const run = (userId: string, fields: Record<string, string | File>) =>
      runAction(addResourceAction, { db, userId, networkSlug: n.network.slug, input: form(fields) });
    const js = await run(n.ambassador.id, { kind: "link", title: "Piège", url: "javascript:alert(1)" });
    expect(js).toMatchObject({ ok: false, code: "invalid_input" });
    expect(js.ok ? null : js.fieldErrors?.url).toBeTruthy();
    const fake = await run(n.ambassador.id, { kind: "document", title: "Faux PDF", file: pdf("x.pdf", Buffer.from("<html>")) });
    expect(fake).toMatchObject({ ok: false, fieldErrors: { file: [expect.any(String)] } });
    const elected = await run(n.elected.id, { kind: "note", title: "Note", body: "Texte" });
    expect(elected).toMatchObject({ ok: false, code: "forbidden" });
    expect(await list(n, n.coordinator.id, {}, true)).toEqual([]);
  });

  it("a partner's proposal waits for the coordinator, who publishes it", async () => {
    const n = await createNetworkWithRoles(db);
    const proposed = await runAction(addResourceAction, {
      db,
      userId: n.partner.id,
      networkSlug: n.network.slug,
      input: form({ kind: "note", title: "Programme d'animation SERD", body: "Stand et atelier" }),
    });
    expect(proposed).toMatchObject({ ok: true, data: { status: "proposed" } });
    const id = proposed.ok ? proposed.data.id : "";
    expect(await list(n, n.ambassador.id)).toEqual([]);
    expect((await list(n, n.partner.id)).map((r) => r.status)).toEqual(["proposed"]);
    const byAmbassador = await runAction(publishResourceAction, { db, userId: n.ambassador.id, networkSlug: n.network.slug, input: { id } });
    expect(byAmbassador).toMatchObject({ ok: false, code: "forbidden" });
    const published = await runAction(publishResourceAction, { db, userId: n.coordinator.id, networkSlug: n.network.slug, input: { id } });
    expect(published.ok).toBe(true);
    expect((await list(n, n.ambassador.id)).map((r) => r.title)).toEqual(["Programme d'animation SERD"]);
  });

  it("sorts by use and keeps each network's resources to itself", async () => {
    const n = await createNetworkWithRoles(db);
    const other = await createNetworkWithRoles(db);
    const add = async (title: string) => {
      const r = await runAction(addResourceAction, {
        db,
        userId: n.coordinator.id,
        networkSlug: n.network.slug,
        input: form({ kind: "note", title, body: "x" }),
      });
      return r.ok ? r.data.id : "";
    };
    const old = await add("Ancienne");
    await add("Récente");
    await recordDownload(db, { networkId: n.network.id, userId: n.partner.id, resourceId: old });
    expect((await list(n, n.partner.id, { sort: "most_used" })).map((r) => r.title)).toEqual(["Ancienne", "Récente"]);
    expect((await list(n, n.partner.id)).map((r) => r.title)).toEqual(["Récente", "Ancienne"]);
    expect(await list(other, other.coordinator.id, {}, true)).toEqual([]);
    expect(await getResource(db, { networkId: other.network.id, userId: other.coordinator.id, canModerate: true, id: old })).toBeUndefined();
    const publishElsewhere = await runAction(publishResourceAction, {
      db,
      userId: other.coordinator.id,
      networkSlug: other.network.slug,
      input: { id: old },
    });
    expect(publishElsewhere).toMatchObject({ ok: false, code: "not_found" });
  });
});
