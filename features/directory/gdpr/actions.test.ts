import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { contactErasures, contacts } from "@/db/schema";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles } from "@/test/factories/index";
import { insertContactWithEveryField as insertContact } from "@/test/factories/gdpr";

// The actions and the export route through the real choke point (server/access/server.ts); only
// the request's surroundings are stood in for: the session, the language and the database.
const request = vi.hoisted(() => ({ userId: null as string | null, db: null as unknown }));
vi.mock("@/server/auth/session", () => ({
  getSessionUser: async () =>
    request.userId
      ? { id: request.userId, email: "x@exemple.test", name: "X", isPlatformAdmin: false }
      : null,
}));
vi.mock("@/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/db/client")>()),
  getDb: () => request.db,
}));
vi.mock("next-intl/server", () => ({ getLocale: async () => "fr" }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { eraseContactAction, eraseContactsAction } = await import("./actions");
const { GET: exportRoute } = await import("@/app/api/n/[network]/directory/contacts/[id]/export/route");

request.db = db;

let a: Awaited<ReturnType<typeof createNetworkWithRoles>>;
let b: Awaited<ReturnType<typeof createNetworkWithRoles>>;
beforeAll(async () => {
  a = await createNetworkWithRoles(db, { slug: "reseau-rgpd-a" });
  b = await createNetworkWithRoles(db, { slug: "reseau-rgpd-b" });
});

const as = (user: { id: string } | null) => {
  request.userId = user?.id ?? null;
};
const isErased = async (id: string) =>
  (await db.select({ erasedAt: contacts.erasedAt }).from(contacts).where(eq(contacts.id, id)))[0]!
    .erasedAt !== null;
const download = (network: string, id: string) =>
  exportRoute(new Request(`http://relais.test/api/n/${network}/directory/contacts/${id}/export`), {
    params: Promise.resolve({ network, id }),
  });

describe("eraseContactAction", () => {
  it("lets the coordinator erase a person of the network", async () => {
    const person = await insertContact(db, { networkId: a.network.id });
    as(a.coordinator);
    expect(await eraseContactAction("reseau-rgpd-a", { id: person.id, reason: "request" })).toEqual({
      ok: true,
      data: null,
    });
    expect(await isErased(person.id)).toBe(true);
    const log = await db.select().from(contactErasures).where(eq(contactErasures.contactId, person.id));
    expect(log).toEqual([expect.objectContaining({ erasedById: a.coordinator.id, reason: "request" })]);
  });

  it("refuses partners, ambassadors and elected officials", async () => {
    const person = await insertContact(db, { networkId: a.network.id });
    for (const role of ["partner", "ambassador", "elected"] as const) {
      as(a[role]);
      expect(await eraseContactAction("reseau-rgpd-a", { id: person.id })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
    }
    as(null);
    expect(await eraseContactAction("reseau-rgpd-a", { id: person.id })).toMatchObject({
      code: "unauthenticated",
    });
    expect(await isErased(person.id)).toBe(false);
  });

  it("answers 'not found' for another network's person, through either network", async () => {
    const foreign = await insertContact(db, { networkId: b.network.id });
    as(a.coordinator);
    const result = await eraseContactAction("reseau-rgpd-a", { id: foreign.id });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(result.ok ? "" : result.error).toMatch(/Introuvable/);
    expect(await eraseContactAction("reseau-rgpd-b", { id: foreign.id })).toMatchObject({
      code: "not_found",
    });
    expect(await isErased(foreign.id)).toBe(false);
  });

  it("answers a second erasure with 'not found'", async () => {
    const person = await insertContact(db, { networkId: a.network.id });
    as(a.coordinator);
    expect((await eraseContactAction("reseau-rgpd-a", { id: person.id })).ok).toBe(true);
    expect(await eraseContactAction("reseau-rgpd-a", { id: person.id })).toMatchObject({ code: "not_found" });
  });

  it("rejects a malformed id or reason with field errors", async () => {
    as(a.coordinator);
    const result = await eraseContactAction("reseau-rgpd-a", {
      id: "pas-un-id",
      reason: "caprice" as "other",
    });
    expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    expect(Object.keys(result.ok ? {} : (result.fieldErrors ?? {})).sort()).toEqual(["id", "reason"]);
  });
});

describe("eraseContactsAction", () => {
  it("erases the ticked people sent by the form", async () => {
    const people = await Promise.all([1, 2].map(() => insertContact(db, { networkId: a.network.id })));
    const form = new FormData();
    for (const p of people) form.append("ids", p.id);
    as(a.coordinator);
    expect(await eraseContactsAction("reseau-rgpd-a", form)).toEqual({ ok: true, data: { erased: 2 } });
    for (const p of people) expect(await isErased(p.id)).toBe(true);
  });

  it("erases nobody when one of the ids is another network's", async () => {
    const mine = await insertContact(db, { networkId: a.network.id });
    const foreign = await insertContact(db, { networkId: b.network.id });
    as(a.coordinator);
    expect(await eraseContactsAction("reseau-rgpd-a", { ids: [mine.id, foreign.id] })).toMatchObject({
      code: "not_found",
    });
    expect(await isErased(mine.id)).toBe(false);
    expect(await isErased(foreign.id)).toBe(false);
  });

  it("refuses an empty selection and other roles", async () => {
    as(a.coordinator);
    expect(await eraseContactsAction("reseau-rgpd-a", { ids: [] })).toMatchObject({ code: "invalid_input" });
    const person = await insertContact(db, { networkId: a.network.id });
    as(a.elected);
    expect(await eraseContactsAction("reseau-rgpd-a", { ids: [person.id] })).toMatchObject({
      code: "forbidden",
    });
    expect(await isErased(person.id)).toBe(false);
  });
});

describe("GET …/contacts/[id]/export", () => {
  it("sends the coordinator a JSON attachment of the person's data", async () => {
    const person = await insertContact(db, { networkId: a.network.id, firstName: "Émile", lastName: "Zoé" });
    as(a.coordinator);
    const response = await download("reseau-rgpd-a", person.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="donnees-emile-zoe-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { contact: { id: string; email: string } };
    expect(body.contact).toMatchObject({ id: person.id, email: person.email });
  });

  it("answers 404 in JSON for another network's person, a malformed id, or another role", async () => {
    const foreign = await insertContact(db, { networkId: b.network.id });
    as(a.coordinator);
    const response = await download("reseau-rgpd-a", foreign.id);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: expect.stringMatching(/Introuvable/) });
    expect(JSON.stringify(await (await download("reseau-rgpd-a", foreign.id)).json())).not.toContain(
      foreign.email,
    );
    expect((await download("reseau-rgpd-a", "pas-un-id")).status).toBe(404);
    const mine = await insertContact(db, { networkId: a.network.id });
    for (const role of ["partner", "ambassador", "elected"] as const) {
      as(a[role]);
      expect((await download("reseau-rgpd-a", mine.id)).status).toBe(404);
    }
    as(null);
    expect((await download("reseau-rgpd-a", mine.id)).status).toBe(401);
  });
});
