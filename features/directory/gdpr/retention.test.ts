import { beforeAll, describe, expect, it } from "vitest";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles, createOrganisation } from "@/test/factories/index";
import { eraseContact, eraseContacts } from "./mutations";
import { listRetentionCandidates, retentionCutoff } from "./queries";
import { insertContactWithEveryField as insertContact } from "@/test/factories/gdpr";


// The review is computed for a fixed day; the cutoff is the same moment three years earlier.
const now = new Date("2026-06-15T12:00:00Z");
const d = (iso: string) => new Date(iso);

let a: Awaited<ReturnType<typeof createNetworkWithRoles>>;
const ids: Record<string, string> = {};
beforeAll(async () => {
  a = await createNetworkWithRoles(db, { slug: "reseau-conservation" });
  const b = await createNetworkWithRoles(db, { slug: "reseau-conservation-b" });
  const org = await createOrganisation(db, { networkId: a.network.id, name: "Jardins partagés" });
  const recent = d("2026-01-10T09:00:00Z");
  const people: Record<string, Parameters<typeof insertContact>[1]> = {
    // Past the three years:
    oldInteraction: {
      networkId: a.network.id,
      lastInteractionAt: d("2020-03-01T09:00:00Z"),
      createdAt: d("2019-01-01T09:00:00Z"),
    },
    neverSinceCreation: {
      networkId: a.network.id,
      lastInteractionAt: null,
      createdAt: d("2022-01-10T09:00:00Z"),
    },
    archivedOld: {
      networkId: a.network.id,
      organisationId: org.id,
      lastInteractionAt: d("2022-09-01T09:00:00Z"),
      archivedAt: d("2023-01-01T09:00:00Z"),
    },
    justBefore: { networkId: a.network.id, lastInteractionAt: d("2023-06-15T11:59:00Z") },
    // Not past the three years, erased, or not of this network:
    justAfter: { networkId: a.network.id, lastInteractionAt: d("2023-06-15T12:01:00Z") },
    neverButNew: { networkId: a.network.id, lastInteractionAt: null, createdAt: d("2024-02-01T09:00:00Z") },
    oldButActive: {
      networkId: a.network.id,
      lastInteractionAt: recent,
      createdAt: d("2018-05-05T09:00:00Z"),
    },
    erasedOld: { networkId: a.network.id, lastInteractionAt: d("2021-01-01T09:00:00Z") },
    otherNetwork: { networkId: b.network.id, lastInteractionAt: d("2019-01-01T09:00:00Z") },
  };
  for (const [key, values] of Object.entries(people)) ids[key] = (await insertContact(db, values)).id;
  await eraseContact(db, { networkId: a.network.id, userId: a.coordinator.id, id: ids.erasedOld! }, "other");
});

const expected = ["oldInteraction", "neverSinceCreation", "archivedOld", "justBefore"];

describe("the retention review", () => {
  it("puts the cutoff three years before today", () => {
    expect(retentionCutoff(now)).toEqual(d("2023-06-15T12:00:00Z"));
  });

  it("lists exactly the network's contacts without interaction for three years, oldest first", async () => {
    const list = await listRetentionCandidates(db, { networkId: a.network.id, now });
    expect(list.rows.map((r) => r.id)).toEqual(expected.map((k) => ids[k]));
    expect(list).toMatchObject({ total: 4, page: 1, pageCount: 1 });
    expect(list.rows.find((r) => r.id === ids.archivedOld)).toMatchObject({
      organisationName: "Jardins partagés",
    });
    expect(list.rows.find((r) => r.id === ids.archivedOld)?.archivedAt).toBeInstanceOf(Date);
  });

  it("pages through the list", async () => {
    const first = await listRetentionCandidates(db, { networkId: a.network.id, now, limit: 3 });
    const second = await listRetentionCandidates(db, { networkId: a.network.id, now, limit: 3, page: 2 });
    expect(first).toMatchObject({ total: 4, pageCount: 2 });
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(expected.map((k) => ids[k]));
  });

  it("no longer lists the people erased from it, all at once", async () => {
    const selected = [ids.oldInteraction!, ids.justBefore!];
    await eraseContacts(
      db,
      { networkId: a.network.id, userId: a.coordinator.id },
      { ids: selected, reason: "retention" },
    );
    const list = await listRetentionCandidates(db, { networkId: a.network.id, now });
    expect(list.rows.map((r) => r.id)).toEqual([ids.neverSinceCreation, ids.archivedOld]);
  });
});
