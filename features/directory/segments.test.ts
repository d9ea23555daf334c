import { describe, expect, it } from "vitest";
import { runAction } from "@/test/actions";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles, createOrganisation, insertContact } from "@/test/factories/index";
import { createSegmentAction } from "./actions";
import { listSegmentsWithCounts } from "./queries";

// A segment's head-count is what an invitation of it would reach: active people, and how many of
// them have no email.

const a = await createNetworkWithRoles(db);
const b = await createNetworkWithRoles(db);
const networkId = a.network.id;
const school = await createOrganisation(db, { networkId, name: "École Jean Macé", actorType: "school" });
await insertContact(db, { networkId, isRelayActor: true, organisationId: school.id });
await insertContact(db, { networkId, isRelayActor: true, email: null });
await insertContact(db, { networkId, isRelayActor: true, archivedAt: new Date() });
await insertContact(db, { networkId, isRelayActor: false });
await insertContact(db, { networkId, organisationId: school.id, email: null });

describe("segment head-counts", () => {
  it("counts the active people a contact or organisation segment reaches, and those without email", async () => {
    for (const input of [
      { name: "Acteurs relais", kind: "contacts", query: "relay=1" },
      { name: "Écoles", kind: "organisations", query: "type=school" },
    ]) {
      const r = await runAction(createSegmentAction, { db, userId: a.coordinator.id, networkSlug: a.network.slug, input });
      expect(r.ok).toBe(true);
    }
    const counts = await listSegmentsWithCounts(db, { networkId });
    expect(counts.map((s) => [s.name, s.people, s.noEmail])).toEqual([
      ["Acteurs relais", 2, 1],
      ["Écoles", 2, 1],
    ]);
    expect(await listSegmentsWithCounts(db, { networkId: b.network.id })).toEqual([]);
  });

  it("lets only the coordinator save segments; another network's member finds nothing", async () => {
    const input = { name: "Tous", kind: "contacts", query: "" };
    for (const user of [a.partner, a.ambassador, a.elected]) {
      const r = await runAction(createSegmentAction, { db, userId: user.id, networkSlug: a.network.slug, input });
      expect(r.ok || r.code).toBe("forbidden");
    }
    const foreign = await runAction(createSegmentAction, {
      db,
      userId: b.coordinator.id,
      networkSlug: a.network.slug,
      input,
    });
    expect(foreign.ok || foreign.code).toBe("not_found");
  });
});
