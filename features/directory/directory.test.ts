import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { communes, contacts, organisationStatusChanges, organisations } from "@/db/schema";
import { runAction } from "@/test/actions";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles } from "@/test/factories/index";
import {
  archiveOrganisationAction,
  createContactAction,
  createOrganisationAction,
  createSegmentAction,
  updateContactAction,
  updateOrganisationAction,
} from "./actions";
import {
  getDirectoryFigures,
  getOrganisation,
  listContacts,
  listOrganisations,
  listSegments,
} from "./queries";


let a: Awaited<ReturnType<typeof createNetworkWithRoles>>;
let b: Awaited<ReturnType<typeof createNetworkWithRoles>>;
let mulhouse: string;
const ids: Record<string, string> = {};

const as = (who: { id: string }, slug = "plp-a") => ({ db, userId: who.id, networkSlug: slug });
const org = (name: string, over: Record<string, unknown> = {}) => ({
  name,
  actorType: "env_association",
  status: "potential",
  communeId: mulhouse,
  tags: "",
  ...over,
});

beforeAll(async () => {
  a = await createNetworkWithRoles(db, { slug: "plp-a" });
  b = await createNetworkWithRoles(db, { slug: "plp-b" });
  const [town] = await db
    .insert(communes)
    .values({ networkId: a.network.id, name: "Mulhouse", inseeCode: "68224" })
    .returning();
  mulhouse = town!.id;
  for (const [key, input] of [
    ["ecole", org("École élémentaire Jules-Ferry", { actorType: "school", tags: "éducation, tri" })],
    [
      "eco",
      org("Écocyclerie du Bassin", { actorType: "social_economy", status: "engaged", tags: "réemploi" }),
    ],
    [
      "centre",
      org("Centre socio-culturel Papin", { actorType: "neighbourhood_association", status: "core" }),
    ],
    [
      "dechets",
      org("Direction de la gestion des déchets", { actorType: "internal_service", isInternalService: "on" }),
    ],
  ] as const) {
    const result = await runAction(createOrganisationAction, { ...as(a.coordinator), input });
    if (!result.ok) throw new Error(JSON.stringify(result));
    ids[key] = result.data.id;
  }
});

describe("directory search", () => {
  const names = async (q: string, extra = {}) =>
    (await listOrganisations(db, { networkId: a.network.id, filters: { q, ...extra } })).rows.map(
      (r) => r.name,
    );

  it("ignores accents and case, and matches partial words", async () => {
    expect(await names("ecole")).toEqual(["École élémentaire Jules-Ferry"]);
    expect(await names("ECO")).toEqual(["Écocyclerie du Bassin", "École élémentaire Jules-Ferry"]);
    expect(await names("jules fer")).toEqual(["École élémentaire Jules-Ferry"]);
    expect(await names("dechet")).toEqual(["Direction de la gestion des déchets"]);
    expect(await names("réemploi")).toEqual(["Écocyclerie du Bassin"]);
    expect(await names("100%")).toEqual([]);
  });

  it("filters by type, status, commune and tag, and combines them", async () => {
    expect(await names("", { type: "school" })).toEqual(["École élémentaire Jules-Ferry"]);
    expect(await names("", { status: "core" })).toEqual(["Centre socio-culturel Papin"]);
    expect(await names("", { tag: "Réemploi" })).toEqual(["Écocyclerie du Bassin"]);
    expect(await names("", { tag: "reemploi" })).toEqual([]); // a tag is matched whole, accents included
    expect((await names("", { commune: mulhouse })).length).toBe(4);
    expect(await names("eco", { type: "school" })).toEqual(["École élémentaire Jules-Ferry"]);
  });

  it("sorts and paginates", async () => {
    const page1 = await listOrganisations(db, {
      networkId: a.network.id,
      filters: { sort: "-name" },
      limit: 2,
    });
    const page2 = await listOrganisations(db, {
      networkId: a.network.id,
      filters: { sort: "-name", page: 2 },
      limit: 2,
    });
    expect(page1.total).toBe(5); // the four above and the factory's organisation
    expect(page1.pageCount).toBe(3);
    expect([...page1.rows, ...page2.rows].map((r) => r.name)).toEqual([
      a.organisation.name,
      "École élémentaire Jules-Ferry",
      "Écocyclerie du Bassin",
      "Direction de la gestion des déchets",
    ]);
  });

  it("never returns another network's rows", async () => {
    expect((await listOrganisations(db, { networkId: b.network.id, filters: { q: "eco" } })).rows).toEqual(
      [],
    );
  });
});

describe("organisations", () => {
  it("keeps every change of engagement status in the history, with who and when", async () => {
    const base = org("Écocyclerie du Bassin", { actorType: "social_economy", tags: "réemploi" });
    for (const status of ["core", "core", "contacted"]) {
      const r = await runAction(updateOrganisationAction, {
        ...as(a.coordinator),
        input: { ...base, id: ids.eco, status },
      });
      expect(r.ok).toBe(true);
    }
    const detail = await getOrganisation(db, { networkId: a.network.id, id: ids.eco! });
    expect(detail!.history.map((h) => [h.fromStatus, h.toStatus, h.changedBy])).toEqual([
      ["core", "contacted", a.coordinator.name],
      ["engaged", "core", a.coordinator.name],
      [null, "engaged", a.coordinator.name],
    ]);
    expect(detail!.ewwrCategory).toBe("association_ngo");
  });

  it("archives and restores: archived rows leave the list and come back", async () => {
    await runAction(archiveOrganisationAction, {
      ...as(a.coordinator),
      input: { id: ids.centre, archived: true },
    });
    expect(
      (await listOrganisations(db, { networkId: a.network.id, filters: {} })).rows.map((r) => r.id),
    ).not.toContain(ids.centre);
    expect(
      (await listOrganisations(db, { networkId: a.network.id, filters: { archived: true } })).rows.map(
        (r) => r.id,
      ),
    ).toEqual([ids.centre]);
    await runAction(archiveOrganisationAction, {
      ...as(a.coordinator),
      input: { id: ids.centre, archived: false },
    });
    expect(
      (await listOrganisations(db, { networkId: a.network.id, filters: {} })).rows.map((r) => r.id),
    ).toContain(ids.centre);
  });

  it("rejects bad input field by field and writes nothing", async () => {
    const before = await db.$count(organisations);
    const r = await runAction(createOrganisationAction, {
      ...as(a.coordinator),
      input: {
        name: " ",
        actorType: "pirate",
        status: "engaged",
        website: "pas un site",
        tags: "x".repeat(60),
      },
    });
    expect(r).toMatchObject({ ok: false, code: "invalid_input" });
    expect(Object.keys(r.ok ? {} : r.fieldErrors!).sort()).toEqual(["actorType", "name", "tags", "website"]);
    expect(r.ok ? null : r.fieldErrors!.name).toEqual(["Ce champ est obligatoire."]);
    expect(await db.$count(organisations)).toBe(before);
  });

  it("refuses a commune of another network", async () => {
    const [foreign] = await db
      .insert(communes)
      .values({ networkId: b.network.id, name: "Rodez", inseeCode: "12202" })
      .returning();
    const r = await runAction(createOrganisationAction, {
      ...as(a.coordinator),
      input: org("Intruse", { communeId: foreign!.id }),
    });
    expect(r).toMatchObject({
      ok: false,
      code: "invalid_input",
      fieldErrors: { communeId: [expect.stringMatching(/Introuvable/)] },
    });
  });
});

describe("roles and networks", () => {
  it("lets a partner edit their own organisation, and answers 'not found' for another", async () => {
    const own = await runAction(updateOrganisationAction, {
      ...as(a.partner),
      input: { ...org("Ma structure renommée"), id: a.organisation.id },
    });
    expect(own.ok).toBe(true);
    const other = await runAction(updateOrganisationAction, {
      ...as(a.partner),
      input: { ...org("Piratée"), id: ids.eco },
    });
    expect(other).toMatchObject({ ok: false, code: "not_found" });
    const [eco] = await db.select().from(organisations).where(eq(organisations.id, ids.eco!));
    expect(eco!.name).toBe("Écocyclerie du Bassin");
  });

  it("keeps partners from creating organisations or archiving, and elected officials from any write", async () => {
    expect(
      await runAction(createOrganisationAction, { ...as(a.partner), input: org("Nouvelle") }),
    ).toMatchObject({ code: "forbidden" });
    expect(
      await runAction(archiveOrganisationAction, {
        ...as(a.ambassador),
        input: { id: a.organisation.id, archived: true },
      }),
    ).toMatchObject({ code: "forbidden" });
    for (const action of [
      createOrganisationAction,
      updateOrganisationAction,
      createContactAction,
      updateContactAction,
      createSegmentAction,
    ] as const) {
      const r = await runAction(action as typeof createOrganisationAction, { ...as(a.elected), input: {} });
      expect(r).toMatchObject({ ok: false, code: "forbidden" });
    }
  });

  it("answers 'not found' to network A's coordinator for network B's rows", async () => {
    const r = await runAction(updateOrganisationAction, {
      ...as(a.coordinator),
      input: { ...org("Piratée", { communeId: "" }), id: b.organisation.id },
    });
    expect(r).toMatchObject({ ok: false, code: "not_found" });
    const viaB = await runAction(updateOrganisationAction, {
      ...as(a.coordinator, "plp-b"),
      input: { ...org("Piratée", { communeId: "" }), id: b.organisation.id },
    });
    expect(viaB).toMatchObject({ ok: false, code: "not_found" });
    expect(await getOrganisation(db, { networkId: a.network.id, id: b.organisation.id })).toBeNull();
  });
});

describe("contacts", () => {
  const person = (over: Record<string, unknown> = {}) => ({
    firstName: "Léa",
    lastName: "Muller",
    email: "Lea.Muller@Exemple.test",
    phone: "03 89 00 00 00",
    organisationId: ids.eco,
    isRelayActor: "on",
    consentNewsletter: "on",
    ...over,
  });

  it("creates a person with dated consents, found by organisation name without accents", async () => {
    const r = await runAction(createContactAction, { ...as(a.coordinator), input: person() });
    expect(r.ok).toBe(true);
    const [row] = await db.select().from(contacts).where(eq(contacts.email, "lea.muller@exemple.test"));
    expect(row!.consentNewsletterAt).toBeInstanceOf(Date);
    expect(row!.consentPhotosAt).toBeNull();
    const found = await listContacts(db, { networkId: a.network.id, filters: { q: "ecocyclerie lea" } });
    expect(found.rows.map((c) => c.email)).toEqual(["lea.muller@exemple.test"]);
    expect((await listContacts(db, { networkId: a.network.id, filters: { relay: true } })).total).toBe(1);
    expect(
      (await listContacts(db, { networkId: a.network.id, filters: { type: "social_economy" } })).total,
    ).toBe(1);
  });

  it("refuses an email already used in the network, an invalid email or phone, a missing name", async () => {
    const taken = await runAction(createContactAction, {
      ...as(a.coordinator),
      input: person({ firstName: "Autre" }),
    });
    expect(taken).toMatchObject({
      ok: false,
      code: "conflict",
      fieldErrors: { email: [expect.stringMatching(/déjà utilisée/)] },
    });
    const bad = await runAction(createContactAction, {
      ...as(a.coordinator),
      input: person({ email: "lea@", phone: "abc", lastName: "" }),
    });
    expect(Object.keys(bad.ok ? {} : bad.fieldErrors!).sort()).toEqual(["email", "lastName", "phone"]);
    expect(await db.$count(contacts, eq(contacts.networkId, a.network.id))).toBe(1);
  });

  it("keeps a consent's original date, and clears it when withdrawn", async () => {
    const [row] = await db.select().from(contacts).where(eq(contacts.email, "lea.muller@exemple.test"));
    const given = row!.consentNewsletterAt!;
    await runAction(updateContactAction, {
      ...as(a.coordinator),
      input: { ...person({ jobTitle: "Animatrice" }), id: row!.id },
    });
    let [after] = await db.select().from(contacts).where(eq(contacts.id, row!.id));
    expect(after!.consentNewsletterAt!.getTime()).toBe(given.getTime());
    await runAction(updateContactAction, {
      ...as(a.coordinator),
      input: { ...person({ consentNewsletter: "" }), id: row!.id },
    });
    [after] = await db.select().from(contacts).where(eq(contacts.id, row!.id));
    expect(after!.consentNewsletterAt).toBeNull();
  });

  it("lets a partner add people only to their own organisation", async () => {
    const own = await runAction(createContactAction, {
      ...as(a.partner),
      input: person({ email: "benevole@exemple.test", organisationId: a.organisation.id }),
    });
    expect(own.ok).toBe(true);
    const other = await runAction(createContactAction, {
      ...as(a.partner),
      input: person({ email: "x@exemple.test" }),
    });
    expect(other).toMatchObject({ ok: false, code: "not_found" });
    const resident = await runAction(createContactAction, {
      ...as(a.partner),
      input: person({ email: "y@exemple.test", organisationId: "" }),
    });
    expect(resident).toMatchObject({ ok: false, code: "not_found" });
  });
});

describe("segments and figures", () => {
  it("saves only the filters that are set, per network, with unique names", async () => {
    const r = await runAction(createSegmentAction, {
      ...as(a.coordinator),
      input: { name: "Acteurs relais", kind: "contacts", query: "relay=1&page=3&sort=&type=bidon" },
    });
    expect(r.ok).toBe(true);
    expect(await listSegments(db, { networkId: a.network.id })).toEqual([
      expect.objectContaining({ name: "Acteurs relais", kind: "contacts", filters: { relay: "1" } }),
    ]);
    expect(await listSegments(db, { networkId: b.network.id })).toEqual([]);
    const again = await runAction(createSegmentAction, {
      ...as(a.coordinator),
      input: { name: "Acteurs relais", kind: "contacts", query: "" },
    });
    expect(again).toMatchObject({ ok: false, code: "conflict" });
  });

  it("computes the overview figures from the rows", async () => {
    const f = await getDirectoryFigures(db, { networkId: a.network.id });
    expect(f).toMatchObject({
      organisations: 5,
      contacts: 2,
      relayActors: 2,
      communesCovered: 1,
      memberCommunes: 1,
    });
    expect(f.byType).toMatchObject({
      school: 1,
      social_economy: 1,
      internal_service: 1,
      neighbourhood_association: 1,
    });
    const history = await db
      .select()
      .from(organisationStatusChanges)
      .where(and(eq(organisationStatusChanges.networkId, a.network.id)));
    expect(history.length).toBeGreaterThanOrEqual(6);
  });
});
