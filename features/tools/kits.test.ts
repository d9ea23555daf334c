import { beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { storedFiles, toolItemPhotos, toolItems } from "@/db/schema";
import type { Db } from "@/db/types";
import { runAction } from "@/test/actions";
import { testDb } from "@/test/db";
import { addMember, createNetworkWithRoles, createOrganisation, createUser } from "@/test/factories";
import { addItemPhotoAction, deleteItemPhotoAction, updateItemAction } from "./actions";
import { addItem } from "./items";
import { listBorrowerHistory, listItemPhotos } from "./queries";
import { checkOut, decideReservation, requestReservation, type Actor } from "./reservations";

// Kits: photos (images only, served through the choke point), the edit form, the borrower's
// history. The photo route runs for real; only the session, the language and the database are stood in for.
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
const { GET } = await import("@/app/api/n/[network]/tools/kits/[id]/photos/[photoId]/route");

const db: Db = testDb;
request.db = db;

type Net = Awaited<ReturnType<typeof createNetworkWithRoles>>;
let a: Net;
let b: Net;
let itemA: string;
let itemB: string;
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);

const kit = (name: string) => ({
  name,
  description: null,
  components: [],
  ownerOrganisationId: null,
  location: null,
  condition: "good" as const,
  maxLoanDays: 10,
  lendable: true,
  instructionsResourceId: null,
});
const actorOf = (n: Net): Actor => ({ networkId: n.network.id, userId: n.ambassador.id, organisationId: n.organisation.id, isCoordinator: false });

function form(fields: Record<string, string | File>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}
const photo = (name: string, bytes: Buffer, type: string) => new File([new Uint8Array(bytes)], name, { type });

async function fetchPhoto(userId: string | null, n: Net, itemId: string, photoId: string) {
  request.userId = userId;
  const network = n.network.slug;
  const response = await GET(new Request(`http://relais.test/api/n/${network}/tools/kits/${itemId}/photos/${photoId}`), {
    params: Promise.resolve({ network, id: itemId, photoId }),
  });
  return { status: response.status, type: response.headers.get("content-type"), bytes: Buffer.from(await response.arrayBuffer()) };
}

beforeAll(async () => {
  a = await createNetworkWithRoles(db, { slug: "kits-a" });
  b = await createNetworkWithRoles(db, { slug: "kits-b" });
  itemA = (await addItem(db, actorOf(a), kit("Exposition zéro déchet"))).id;
  itemB = (await addItem(db, actorOf(b), kit("Kit de compostage"))).id;
});

describe("kit photos", () => {
  it("the owner's ambassador adds a PNG; every member sees it through the route; it is deleted with its file", async () => {
    const added = await runAction(addItemPhotoAction, {
      db,
      userId: a.ambassador.id,
      networkSlug: a.network.slug,
      input: form({ itemId: itemA, alt: "Les six panneaux dépliés", file: photo("expo.png", png, "image/png") }),
    });
    expect(added, JSON.stringify(added)).toMatchObject({ ok: true });
    const photos = await listItemPhotos(db, { networkId: a.network.id, itemId: itemA });
    expect(photos.map((p) => p.alt)).toEqual(["Les six panneaux dépliés"]);
    const id = photos[0]!.id;
    for (const user of [a.elected, a.partner, a.coordinator]) {
      const seen = await fetchPhoto(user.id, a, itemA, id);
      expect(seen.status).toBe(200);
      expect(seen.type).toBe("image/png");
      expect(seen.bytes.equals(png)).toBe(true);
    }
    // Another network's member, the photo under another kit, no session: not found / unauthenticated.
    expect((await fetchPhoto(b.coordinator.id, b, itemA, id)).status).toBe(404);
    expect((await fetchPhoto(b.coordinator.id, a, itemA, id)).status).toBe(404);
    expect((await fetchPhoto(a.coordinator.id, a, itemB, id)).status).toBe(404);
    expect((await fetchPhoto(null, a, itemA, id)).status).toBe(401);

    // Only the owner's members and the coordinator delete it; another network's is "not found".
    expect(await runAction(deleteItemPhotoAction, { db, userId: a.partner.id, networkSlug: a.network.slug, input: { id } })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await runAction(deleteItemPhotoAction, { db, userId: b.coordinator.id, networkSlug: b.network.slug, input: { id } })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    const [{ fileId }] = await db.select({ fileId: toolItemPhotos.fileId }).from(toolItemPhotos).where(eq(toolItemPhotos.id, id)) as [{ fileId: string }];
    expect(await runAction(deleteItemPhotoAction, { db, userId: a.coordinator.id, networkSlug: a.network.slug, input: { id } })).toMatchObject({ ok: true });
    expect(await listItemPhotos(db, { networkId: a.network.id, itemId: itemA })).toEqual([]);
    expect(await db.select().from(storedFiles).where(eq(storedFiles.id, fileId))).toEqual([]);
    expect((await fetchPhoto(a.coordinator.id, a, itemA, id)).status).toBe(404);
  });

  it("refuses a PDF, a 'photo' whose bytes are not an image, an elected official, another organisation and another network", async () => {
    const run = (userId: string, slug: string, fields: Record<string, string | File>) =>
      runAction(addItemPhotoAction, { db, userId, networkSlug: slug, input: form(fields) });
    const pdf = await run(a.ambassador.id, a.network.slug, { itemId: itemA, alt: "Notice", file: photo("notice.pdf", Buffer.from("%PDF-1.4\n"), "application/pdf") });
    expect(pdf).toMatchObject({ ok: false, fieldErrors: { file: ["Choisissez une image (PNG, JPEG, GIF ou WebP)."] } });
    const fake = await run(a.ambassador.id, a.network.slug, { itemId: itemA, alt: "Faux", file: photo("faux.png", Buffer.from("<html></html>"), "image/png") });
    expect(fake).toMatchObject({ ok: false, fieldErrors: { file: ["Le contenu du fichier ne correspond pas à son extension."] } });
    const noAlt = await run(a.ambassador.id, a.network.slug, { itemId: itemA, alt: "", file: photo("expo.png", png, "image/png") });
    expect(noAlt).toMatchObject({ ok: false, fieldErrors: { alt: [expect.any(String)] } });
    expect(await run(a.elected.id, a.network.slug, { itemId: itemA, alt: "X", file: photo("expo.png", png, "image/png") })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    // An ambassador of another organisation of the same network.
    const commune = await createOrganisation(db, { networkId: a.network.id, name: "Commune de Thiers" });
    const other = await createUser(db, { name: "Agent de Thiers" });
    await addMember(db, { userId: other.id, networkId: a.network.id, role: "ambassador", organisationId: commune.id });
    expect(await run(other.id, a.network.slug, { itemId: itemA, alt: "X", file: photo("expo.png", png, "image/png") })).toMatchObject({
      ok: false,
      code: "forbidden",
      error: "Seule la structure propriétaire du kit peut le faire.",
    });
    expect(await run(b.coordinator.id, b.network.slug, { itemId: itemA, alt: "X", file: photo("expo.png", png, "image/png") })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await db.select().from(toolItemPhotos).where(eq(toolItemPhotos.itemId, itemA))).toEqual([]);
  });
});

describe("editing a kit", () => {
  it("saves every field; bad input gets French field messages and changes nothing", async () => {
    const input = {
      id: itemA,
      name: "Exposition « Zéro déchet »",
      description: "Six panneaux et un quiz",
      components: "Panneau 1\nPanneau 2\n\nQuiz",
      location: "Garage de la mairie",
      condition: "worn",
      maxLoanDays: "21",
      lendable: "",
      instructionsResourceId: "",
    };
    const saved = await runAction(updateItemAction, { db, userId: a.ambassador.id, networkSlug: a.network.slug, input });
    expect(saved, JSON.stringify(saved)).toMatchObject({ ok: true });
    const [row] = await db.select().from(toolItems).where(eq(toolItems.id, itemA));
    expect(row).toMatchObject({
      name: "Exposition « Zéro déchet »",
      description: "Six panneaux et un quiz",
      components: ["Panneau 1", "Panneau 2", "Quiz"],
      location: "Garage de la mairie",
      condition: "worn",
      maxLoanDays: 21,
      lendable: false,
      ownerOrganisationId: a.organisation.id,
    });
    const bad = await runAction(updateItemAction, {
      db,
      userId: a.ambassador.id,
      networkSlug: a.network.slug,
      input: { ...input, name: "", maxLoanDays: "120", condition: "neuf" },
    });
    expect(bad).toMatchObject({ ok: false, code: "invalid_input", error: "Certains champs sont à corriger." });
    if (bad.ok) throw new Error("unreachable");
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["condition", "maxLoanDays", "name"]);
    expect(bad.fieldErrors?.name?.[0]).toMatch(/obligatoire/i);
    const foreignOwner = await runAction(updateItemAction, {
      db,
      userId: a.coordinator.id,
      networkSlug: a.network.slug,
      input: { ...input, ownerOrganisationId: b.organisation.id },
    });
    expect(foreignOwner).toMatchObject({ ok: false, fieldErrors: { ownerOrganisationId: ["Cette structure n'existe pas dans le réseau."] } });
    expect(await runAction(updateItemAction, { db, userId: a.partner.id, networkSlug: a.network.slug, input })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await runAction(updateItemAction, { db, userId: b.coordinator.id, networkSlug: b.network.slug, input })).toMatchObject({ ok: false, code: "not_found" });
    const [after] = await db.select().from(toolItems).where(eq(toolItems.id, itemA));
    expect(after).toMatchObject({ name: "Exposition « Zéro déchet »", maxLoanDays: 21, ownerOrganisationId: a.organisation.id });
  });
});

describe("a borrower's history", () => {
  it("lists the organisation's past, ongoing and upcoming reservations, newest first, an overdue loan flagged", async () => {
    const n = await createNetworkWithRoles(db);
    const owner = actorOf(n);
    const commune = await createOrganisation(db, { networkId: n.network.id, name: "Commune de Riom" });
    const borrower: Actor = { networkId: n.network.id, userId: n.coordinator.id, organisationId: commune.id, isCoordinator: false };
    const game = (await addItem(db, owner, kit("Jeu du tri"))).id;
    const ask = (startsOn: string, endsOn: string, today: string) =>
      requestReservation(db, borrower, { itemId: game, startsOn, endsOn, borrowerOrganisationId: null, eventId: null, serdActionId: null }, today);
    const late = await ask("2026-11-02", "2026-11-06", "2026-11-01");
    await decideReservation(db, owner, { id: late.id, decision: "confirm", note: null });
    await checkOut(db, owner, { reservationId: late.id, checkedOutOn: "2026-11-02", condition: "good", remark: null });
    const next = await ask("2026-12-14", "2026-12-16", "2026-12-07");
    // Another organisation's request is not in the commune's history.
    await requestReservation(db, owner, { itemId: game, startsOn: "2026-12-20", endsOn: "2026-12-21", borrowerOrganisationId: null, eventId: null, serdActionId: null }, "2026-12-07");
    const h = await listBorrowerHistory(db, { networkId: n.network.id, organisationId: commune.id, today: "2026-12-07" });
    expect(h?.organisationName).toBe("Commune de Riom");
    expect(h?.rows.map((r) => [r.id, r.itemName, r.ownerName, r.status, r.overdue])).toEqual([
      [next.id, "Jeu du tri", n.organisation.name, "requested", false],
      [late.id, "Jeu du tri", n.organisation.name, "confirmed", true],
    ]);
    expect(await listBorrowerHistory(db, { networkId: a.network.id, organisationId: commune.id, today: "2026-12-07" })).toBeUndefined();
  });
});
