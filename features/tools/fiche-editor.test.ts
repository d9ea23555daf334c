import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { outboxMessages, segments } from "@/db/schema";
import { runAction } from "@/test/actions";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles, insertContact } from "@/test/factories";
import { publishResourceAction, saveMethodSheetAction, sendMethodSheetsAction } from "./actions";
import { getMethodSheet, getResource, listMethodSheetAuthorIds } from "./queries";

// The fiche méthode editor: a draft written by one member with a co-author, edited by the
// co-author, sent to the coordinator, published, then emailed with its PDF to a segment.

const sections = { context: "Huit communes.", whatWasDone: "Une journée d'échange.", means: "39 h.", results: "5 communes sur 8.", tips: "Co-rédiger.", contact: "Service prévention" };

describe("fiche méthode editor", () => {
  it("draft → co-author edits and submits → coordinator publishes → emailed to a segment; outsiders refused", async () => {
    const n = await createNetworkWithRoles(db);
    const other = await createNetworkWithRoles(db);
    const save = (userId: string, input: Record<string, unknown>, slug = n.network.slug) =>
      runAction(saveMethodSheetAction, { db, userId, networkSlug: slug, input });
    const created = await save(n.ambassador.id, { title: "Journée d'échange des communes", ...sections, coAuthorIds: [n.partner.id] });
    expect(created).toMatchObject({ ok: true, data: { status: "draft" } });
    const id = created.ok ? created.data.id : "";
    const seen = (userId: string, canModerate = false) => getResource(db, { networkId: n.network.id, userId, canModerate, id });
    // The co-author sees the draft; the elected official does not.
    expect(await seen(n.partner.id)).toBeDefined();
    expect(await seen(n.elected.id)).toBeUndefined();
    expect(await save(n.elected.id, { id, title: "X", ...sections })).toMatchObject({ ok: false, code: "forbidden" });
    // A co-author from another network is a field error; a member of another network cannot edit it.
    const foreign = await save(n.ambassador.id, { id, title: "X", ...sections, coAuthorIds: [other.ambassador.id] });
    expect(foreign).toMatchObject({ ok: false, fieldErrors: { coAuthorIds: [expect.any(String)] } });
    expect(await save(other.ambassador.id, { id, title: "X", ...sections }, other.network.slug)).toMatchObject({ ok: false, code: "not_found" });
    const submitted = await save(n.partner.id, { id, title: "Journée d'échange des communes", ...sections, tips: "Envoyer la fiche à chaque commune.", coAuthorIds: [n.ambassador.id], intent: "submit" });
    expect(submitted).toMatchObject({ ok: true, data: { status: "proposed" } });
    expect((await getMethodSheet(db, { networkId: n.network.id, resourceId: id }))!.tips).toBe("Envoyer la fiche à chaque commune.");
    expect((await listMethodSheetAuthorIds(db, { networkId: n.network.id, resourceId: id })).sort()).toEqual([n.ambassador.id, n.partner.id].sort());
    const send = (input: Record<string, unknown>, userId = n.coordinator.id) =>
      runAction(sendMethodSheetsAction, { db, userId, networkSlug: n.network.slug, input });
    const [segment] = await db.insert(segments).values({ networkId: n.network.id, name: "Relais", kind: "contacts", filters: { relay: "1" } }).returning();
    // Not published yet: nothing sent.
    expect(await send({ resourceIds: id, segmentId: segment!.id })).toMatchObject({ ok: false, fieldErrors: { resourceIds: [expect.any(String)] } });
    expect(await runAction(publishResourceAction, { db, userId: n.ambassador.id, networkSlug: n.network.slug, input: { id } })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await runAction(publishResourceAction, { db, userId: n.coordinator.id, networkSlug: n.network.slug, input: { id } })).toMatchObject({ ok: true });
    const a = await insertContact(db, { networkId: n.network.id, isRelayActor: true });
    const b = await insertContact(db, { networkId: n.network.id, isRelayActor: true });
    await insertContact(db, { networkId: n.network.id, isRelayActor: false });
    expect(await send({ resourceIds: id, segmentId: segment!.id }, n.ambassador.id)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await send({ resourceIds: id, segmentId: segment!.id })).toMatchObject({ ok: true, data: { sent: 2 } });
    const mails = await db.select().from(outboxMessages).where(inArray(outboxMessages.to, [a.email!, b.email!]));
    expect(mails).toHaveLength(2);
    expect(mails[0]!.subject).toBe("Fiche méthode : Journée d'échange des communes");
    expect(mails[0]!.attachments).toEqual([expect.objectContaining({ contentType: "application/pdf", filename: "journee-d-echange-des-communes.pdf" })]);
    // Another network's segment: refused, nothing more written.
    const [foreignSegment] = await db.insert(segments).values({ networkId: other.network.id, name: "B", kind: "contacts", filters: {} }).returning();
    expect(await send({ resourceIds: id, segmentId: foreignSegment!.id })).toMatchObject({ ok: false, fieldErrors: { segmentId: [expect.any(String)] } });
    expect(await db.select().from(outboxMessages).where(eq(outboxMessages.to, a.email!))).toHaveLength(1);
  });
});
