import { getTableColumns } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { contacts } from "@/db/schema";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles, createOrganisation } from "@/test/factories/index";
import { eraseContact } from "./mutations";
import { exportContactData, exportFileName } from "./queries";
import { insertContactWithEveryField as insertContact } from "@/test/factories/gdpr";


let a: Awaited<ReturnType<typeof createNetworkWithRoles>>;
let b: Awaited<ReturnType<typeof createNetworkWithRoles>>;
let org: { id: string; name: string };
beforeAll(async () => {
  a = await createNetworkWithRoles(db, { slug: "reseau-export-a", name: "PLP du Lac" });
  b = await createNetworkWithRoles(db, { slug: "reseau-export-b" });
  org = await createOrganisation(db, { networkId: a.network.id, name: "Écocyclerie du Lac" });
});

/** The export as the route handler sends it: JSON text, parsed back. */
async function exported(networkId: string, id: string) {
  const data = await exportContactData(db, { networkId, id });
  return data
    ? (JSON.parse(JSON.stringify(data)) as Record<string, unknown> & { contact: Record<string, unknown> })
    : null;
}

describe("exporting one person's data", () => {
  it("contains every field of the person, their organisation's name and their erasure state", async () => {
    const person = await insertContact(
      db,
      { networkId: a.network.id, organisationId: org.id, firstName: "Léa", lastName: "Martin-Özil" },
      org.name,
    );
    const data = await exported(a.network.id, person.id);
    expect(Object.keys(data!.contact).sort()).toEqual(Object.keys(getTableColumns(contacts)).sort());
    expect(data).toMatchObject({
      format: "relais.contact-data",
      version: 1,
      network: { id: a.network.id, name: "PLP du Lac" },
      contact: {
        id: person.id,
        firstName: "Léa",
        lastName: "Martin-Özil",
        email: person.email,
        phone: person.phone,
        jobTitle: person.jobTitle,
        source: person.source,
        legalBasis: "public_task",
        isRelayActor: true,
        consentNewsletterAt: "2024-01-10T10:00:00.000Z",
        consentPublicListingAt: "2024-01-10T10:00:00.000Z",
        consentPhotosAt: "2024-01-10T10:00:00.000Z",
        lastInteractionAt: "2025-05-01T10:00:00.000Z",
        erasedAt: null,
      },
      organisation: { id: org.id, name: "Écocyclerie du Lac" },
      erasure: { erased: false, erasedAt: null },
      erasures: [],
    });
  });

  it("contains nothing of the other people, of the same organisation or of another network", async () => {
    const person = await insertContact(db, { networkId: a.network.id, organisationId: org.id }, org.name);
    const colleague = await insertContact(db, { networkId: a.network.id, organisationId: org.id }, org.name);
    const stranger = await insertContact(db, { networkId: b.network.id });
    const text = JSON.stringify(await exported(a.network.id, person.id));
    for (const other of [colleague, stranger]) {
      for (const value of [other.id, other.firstName, other.lastName, other.email!, other.phone!]) {
        expect(text).not.toContain(value);
      }
    }
    expect(text).toContain(person.email);
  });

  it("returns nothing for another network's contact or an unknown id", async () => {
    const foreign = await insertContact(db, { networkId: b.network.id });
    expect(await exportContactData(db, { networkId: a.network.id, id: foreign.id })).toBeNull();
    expect(
      await exportContactData(db, { networkId: a.network.id, id: "00000000-0000-4000-8000-000000000000" }),
    ).toBeNull();
  });

  it("shows an erased person as erased, with the erasure's date and reason and no identity", async () => {
    const person = await insertContact(db, { networkId: a.network.id, organisationId: org.id }, org.name);
    await eraseContact(db, { networkId: a.network.id, userId: a.coordinator.id, id: person.id }, "request");
    const data = await exported(a.network.id, person.id);
    expect(data).toMatchObject({
      contact: { firstName: "Personne", lastName: "effacée", email: null, phone: null },
      erasure: { erased: true },
      erasures: [{ reason: "request" }],
    });
    expect(Object.keys((data!.erasures as object[])[0]!).sort()).toEqual(["erasedAt", "reason"]);
    const text = JSON.stringify(data);
    for (const value of [person.firstName, person.lastName, person.email!, a.coordinator.id]) {
      expect(text).not.toContain(value);
    }
  });
});

describe("the export's file name", () => {
  it("is ASCII, names the person and the day in Paris", () => {
    // 23:30 UTC on 14 March is already 15 March in Paris.
    expect(
      exportFileName({ firstName: "Léa", lastName: "Martin-Özil" }, new Date("2026-03-14T23:30:00Z")),
    ).toBe("donnees-lea-martin-ozil-2026-03-15.json");
    expect(
      exportFileName({ firstName: "Œdipe", lastName: "D'Aubigné" }, new Date("2026-07-01T08:00:00Z")),
    ).toBe("donnees-oedipe-d-aubigne-2026-07-01.json");
  });
});
