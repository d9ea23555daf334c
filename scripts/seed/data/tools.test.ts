import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { events, networks } from "@/db/schema";
import { and, desc } from "drizzle-orm";
import { listAttachedResources, listResources, toolFigures } from "@/features/tools/queries";
import { testDb as db } from "@/test/db";
import { seedDemo } from "../index";

const now = new Date("2026-12-07T09:00:00Z");
beforeAll(async () => {
  await seedDemo(db, { now });
});

async function networkId(slug: string) {
  const [n] = await db.select({ id: networks.id }).from(networks).where(eq(networks.slug, slug));
  return n!.id;
}

describe("tools demo data", () => {
  it("ambassadors' network: the SITTOM-MI tools, three kits with past, upcoming and one overdue loan", async () => {
    const id = await networkId("ambassadeurs-demo");
    const resources = await listResources(db, { networkId: id, userId: id, canModerate: false, filters: { q: "circuit dechets", kind: "link" } });
    expect(resources.map((r) => [r.title, r.kind, r.downloads])).toEqual([["Vidéo du circuit des déchets", "link", 5]]);
    const f = await toolFigures(db, { networkId: id, today: "2026-12-07" });
    expect(f.loansPerItem.map((i) => [i.itemName, i.loans])).toEqual([
      ["Exposition « Nos déchets, nos ressources »", 2],
      ["Jeu du tri", 1],
      ["Kit compostage", 2],
    ]);
    expect(f.overdue).toHaveLength(1);
    expect(f.overdue[0]!.itemName).toBe("Kit compostage");
    expect(f.downloads).toBe(8);
    expect(f.resourcesByOrganisationAndKind.reduce((a, r) => a + r.resources, 0)).toBe(5);
  });

  it("the latest ambassadors' meeting shows the fiche méthode and the video", async () => {
    const id = await networkId("ambassadeurs-demo");
    const [meeting] = await db
      .select({ id: events.id })
      .from(events)
      .where(and(eq(events.networkId, id), eq(events.eventType, "ambassadors_meeting")))
      .orderBy(desc(events.startsAt))
      .limit(1);
    const shown = await listAttachedResources(db, { networkId: id, eventId: meeting!.id });
    expect(shown.map((r) => r.kind).sort()).toEqual(["link", "method_sheet"]);
  });

  it("PLP network: the SERD guides", async () => {
    const id = await networkId("plp-demo");
    const resources = await listResources(db, { networkId: id, userId: id, canModerate: false, filters: { q: "serd" } });
    expect(resources.map((r) => r.title).sort()).toEqual(["Guide du partenaire SERD", "Kit de communication SERD (affiches et logos)"]);
  });
});
