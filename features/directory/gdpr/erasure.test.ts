import { and, count, eq, isNotNull } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { contactErasures, contacts, organisations } from "@/db/schema";
import { getContact, listContacts } from "@/features/directory/queries";
import { ActionError } from "@/lib/action-result";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles, createOrganisation } from "@/test/factories/index";
import { eraseContact, eraseContacts, erasedFirstName, erasedLastName } from "./mutations";
import { insertContactWithEveryField as insertContact } from "@/test/factories/gdpr";


let a: Awaited<ReturnType<typeof createNetworkWithRoles>>;
let b: Awaited<ReturnType<typeof createNetworkWithRoles>>;
let orgA: { id: string };
let orgB: { id: string };
beforeAll(async () => {
  a = await createNetworkWithRoles(db, { slug: "reseau-effacement-a" });
  b = await createNetworkWithRoles(db, { slug: "reseau-effacement-b" });
  orgA = await createOrganisation(db, { networkId: a.network.id, name: "Écocyclerie du Lac" });
  orgB = await createOrganisation(db, { networkId: b.network.id, name: "Recyclerie de l'Ouest" });
});

async function expectNotFound(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ActionError);
  expect((error as ActionError).code).toBe("not_found");
}

const scopeA = () => ({ networkId: a.network.id, userId: a.coordinator.id });
const erasuresOf = (contactId: string) =>
  db.select().from(contactErasures).where(eq(contactErasures.contactId, contactId));
const contactRow = async (id: string) => (await db.select().from(contacts).where(eq(contacts.id, id)))[0]!;

describe("erasing one person", () => {
  it("anonymises the identity in place and keeps every count that joins to the contact", async () => {
    const person = await insertContact(db, { networkId: a.network.id, organisationId: orgA.id });
    await insertContact(db, { networkId: a.network.id, organisationId: orgA.id });
    const countsOf = async () => ({
      rows: await db.$count(contacts, eq(contacts.networkId, a.network.id)),
      perOrganisation: (
        await db
          .select({ n: count() })
          .from(contacts)
          .innerJoin(organisations, eq(organisations.id, contacts.organisationId))
          .where(eq(organisations.id, orgA.id))
      )[0]!.n,
      relayActors: await db.$count(
        contacts,
        and(eq(contacts.networkId, a.network.id), eq(contacts.isRelayActor, true)),
      ),
    });
    const before = await countsOf();

    await eraseContact(db, { ...scopeA(), id: person.id }, "request");

    expect(await countsOf()).toEqual(before);
    const row = await contactRow(person.id);
    expect(row).toMatchObject({
      id: person.id,
      networkId: a.network.id,
      organisationId: orgA.id,
      isRelayActor: true,
      firstName: erasedFirstName,
      lastName: erasedLastName,
      email: null,
      phone: null,
      jobTitle: null,
      source: null,
      consentNewsletterAt: null,
      consentPublicListingAt: null,
      consentPhotosAt: null,
      searchText: "",
    });
    expect(row.erasedAt).toBeInstanceOf(Date);
    // Nothing of the old identity is left anywhere in the row.
    const stored = JSON.stringify(row);
    for (const value of [
      person.firstName,
      person.lastName,
      person.email!,
      person.phone!,
      person.jobTitle!,
      person.source!,
    ]) {
      expect(stored).not.toContain(value);
    }
  });

  it("logs exactly one erasure, without any of the erased data", async () => {
    const person = await insertContact(db, { networkId: a.network.id });
    await eraseContact(db, { ...scopeA(), id: person.id }, "request");
    const log = await erasuresOf(person.id);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      networkId: a.network.id,
      contactId: person.id,
      erasedById: a.coordinator.id,
      reason: "request",
    });
    expect(Object.keys(log[0]!).sort()).toEqual([
      "contactId",
      "erasedAt",
      "erasedById",
      "id",
      "networkId",
      "reason",
    ]);
    const logged = JSON.stringify(log);
    for (const value of [person.firstName, person.lastName, person.email!, person.phone!]) {
      expect(logged).not.toContain(value);
    }
  });

  it("takes the person out of the directory: no search hit, no detail", async () => {
    const person = await insertContact(db, { networkId: a.network.id, lastName: "Zyxwvut" });
    expect((await listContacts(db, { networkId: a.network.id, filters: { q: "zyxwvut" } })).total).toBe(1);
    await eraseContact(db, { ...scopeA(), id: person.id }, "other");
    expect((await listContacts(db, { networkId: a.network.id, filters: { q: "zyxwvut" } })).total).toBe(0);
    expect(await getContact(db, { networkId: a.network.id, id: person.id })).toBeNull();
  });

  it("refuses a second erasure of the same person and logs nothing more", async () => {
    const person = await insertContact(db, { networkId: a.network.id });
    await eraseContact(db, { ...scopeA(), id: person.id }, "request");
    const first = await contactRow(person.id);
    await expectNotFound(eraseContact(db, { ...scopeA(), id: person.id }, "request"));
    expect(await erasuresOf(person.id)).toHaveLength(1);
    expect((await contactRow(person.id)).erasedAt).toEqual(first.erasedAt);
  });

  it("erases and logs a person once when two erasures arrive at the same moment", async () => {
    const person = await insertContact(db, { networkId: a.network.id });
    const results = await Promise.allSettled([
      eraseContact(db, { ...scopeA(), id: person.id }, "request"),
      eraseContact(db, { ...scopeA(), id: person.id }, "other"),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await erasuresOf(person.id)).toHaveLength(1);
  });

  it("answers 'not found' for another network's contact and leaves it untouched", async () => {
    const foreign = await insertContact(db, { networkId: b.network.id, organisationId: orgB.id });
    await expectNotFound(eraseContact(db, { ...scopeA(), id: foreign.id }, "request"));
    expect(await contactRow(foreign.id)).toEqual(foreign);
    expect(await erasuresOf(foreign.id)).toHaveLength(0);
  });

  it("answers 'not found' for an id that does not exist", async () => {
    await expectNotFound(
      eraseContact(db, { ...scopeA(), id: "00000000-0000-4000-8000-000000000000" }, "request"),
    );
  });
});

describe("erasing a selection (retention review)", () => {
  it("erases all the selected people in one go and logs each erasure", async () => {
    const people = await Promise.all([1, 2, 3].map(() => insertContact(db, { networkId: a.network.id })));
    const bystander = await insertContact(db, { networkId: a.network.id });
    const result = await eraseContacts(db, scopeA(), { ids: people.map((p) => p.id), reason: "retention" });
    expect(result).toEqual({ erased: 3 });
    for (const p of people) {
      expect((await contactRow(p.id)).erasedAt).not.toBeNull();
      expect(await erasuresOf(p.id)).toEqual([
        expect.objectContaining({ reason: "retention", erasedById: a.coordinator.id }),
      ]);
    }
    expect(await contactRow(bystander.id)).toEqual(bystander);
  });

  it("erases none when one id belongs to another network", async () => {
    const mine = await Promise.all([1, 2].map(() => insertContact(db, { networkId: a.network.id })));
    const foreign = await insertContact(db, { networkId: b.network.id });
    const erasedBefore = await db.$count(contacts, isNotNull(contacts.erasedAt));
    const logBefore = await db.$count(contactErasures);
    await expectNotFound(
      eraseContacts(db, scopeA(), { ids: [mine[0]!.id, foreign.id, mine[1]!.id], reason: "retention" }),
    );
    expect(await db.$count(contacts, isNotNull(contacts.erasedAt))).toBe(erasedBefore);
    expect(await db.$count(contactErasures)).toBe(logBefore);
    for (const c of [...mine, foreign]) expect(await contactRow(c.id)).toEqual(c);
  });

  it("erases none when one of them was already erased", async () => {
    const [fresh, gone] = await Promise.all([1, 2].map(() => insertContact(db, { networkId: a.network.id })));
    await eraseContact(db, { ...scopeA(), id: gone!.id }, "request");
    await expectNotFound(eraseContacts(db, scopeA(), { ids: [fresh!.id, gone!.id], reason: "retention" }));
    expect(await contactRow(fresh!.id)).toEqual(fresh);
    expect(await erasuresOf(gone!.id)).toHaveLength(1);
  });

  it("counts a repeated id once", async () => {
    const person = await insertContact(db, { networkId: a.network.id });
    expect(await eraseContacts(db, scopeA(), { ids: [person.id, person.id], reason: "retention" })).toEqual({
      erased: 1,
    });
    expect(await erasuresOf(person.id)).toHaveLength(1);
  });
});
