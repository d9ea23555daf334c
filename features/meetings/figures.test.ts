import { beforeAll, describe, expect, it } from "vitest";
import { communes, contacts, events, participations } from "@/db/schema";
import type { ParticipationStatus } from "@/lib/domain/enums";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles, createOrganisation } from "@/test/factories/index";
import { getMeetingFigures, median } from "./figures";
import { parseParisDateTime } from "@/lib/domain/paris-time";

let a: Awaited<ReturnType<typeof createNetworkWithRoles>>;
let b: Awaited<ReturnType<typeof createNetworkWithRoles>>;
const orgs: Record<string, { id: string; name: string }> = {};
const people: Record<string, string> = {};

async function meeting(
  networkId: string,
  eventType: typeof events.$inferInsert.eventType,
  at: string,
  status: "planned" | "held" | "cancelled" = "held",
) {
  const startsAt = parseParisDateTime(at)!;
  const [row] = await db
    .insert(events)
    .values({
      networkId,
      eventType,
      title: `${eventType} ${at}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 7_200_000),
      status,
    })
    .returning();
  return row!.id;
}

/** Participations of one event: [person key, status]. */
async function attend(eventId: string, networkId: string, rows: [string, ParticipationStatus][]) {
  await db.insert(participations).values(
    rows.map(([key, status]) => ({
      networkId,
      eventId,
      contactId: people[key]!,
      organisationId: orgs[key]!.id,
      status,
    })),
  );
}

beforeAll(async () => {
  a = await createNetworkWithRoles(db, { slug: "chiffres-a" });
  b = await createNetworkWithRoles(db, { slug: "chiffres-b" });
  const towns = await db
    .insert(communes)
    .values(
      ["Rodez", "Onet", "Olemps", "Luc", "Druelle", "Sebazac", "Le Monastère", "Sainte-Radegonde"].map(
        (name, i) => ({ networkId: a.network.id, name, inseeCode: `1200${i}` }),
      ),
    )
    .returning();
  // Five organisations, one person each; "ville" in Rodez, "asso" in Onet, "ecole" in Olemps, "ess" and "bailleur" without commune.
  const communeOf: Record<string, string | null> = {
    ville: towns[0]!.id,
    asso: towns[1]!.id,
    ecole: towns[2]!.id,
    ess: null,
    bailleur: null,
  };
  for (const key of Object.keys(communeOf)) {
    orgs[key] = await createOrganisation(db, {
      networkId: a.network.id,
      name: `Structure ${key}`,
      communeId: communeOf[key],
    });
    const [c] = await db
      .insert(contacts)
      .values({ networkId: a.network.id, firstName: key, lastName: "Test", organisationId: orgs[key]!.id })
      .returning();
    people[key] = c!.id;
  }

  // 2025: three held councils, a held SERD preparation, a held training (ignored by intervals), a cancelled council.
  const c1 = await meeting(a.network.id, "actors_council", "2025-01-14T18:00");
  const c2 = await meeting(a.network.id, "actors_council", "2025-03-25T18:00");
  const c3 = await meeting(a.network.id, "actors_council", "2025-10-07T18:00");
  await meeting(a.network.id, "serd_prep", "2025-04-15T14:00");
  await meeting(a.network.id, "training_session", "2025-02-01T09:00");
  await meeting(a.network.id, "actors_council", "2025-06-10T18:00", "cancelled");
  // 2026: one held council (the latest), one planned.
  const c4 = await meeting(a.network.id, "actors_council", "2026-02-03T18:00");
  await meeting(a.network.id, "actors_council", "2026-11-03T18:00", "planned");

  // c1 is the oldest: "ess" came only then, so it stopped coming (invited to c2, c3, c4, present at none).
  await attend(c1, a.network.id, [
    ["ville", "present"],
    ["asso", "present"],
    ["ess", "present"],
    ["ecole", "excused"],
  ]);
  await attend(c2, a.network.id, [
    ["ville", "late"],
    ["asso", "excused"],
    ["ess", "declined"],
    ["ecole", "excused"],
  ]);
  await attend(c3, a.network.id, [
    ["ville", "present"],
    ["asso", "absent"],
    ["ess", "excused"],
    ["ecole", "excused"],
    ["bailleur", "absent"],
  ]);
  await attend(c4, a.network.id, [
    ["ville", "present"],
    ["asso", "present"],
    ["ess", "absent"],
    ["ecole", "invited"],
    ["bailleur", "absent"],
  ]);

  // Network B's meetings must not count in A.
  const other = await meeting(b.network.id, "actors_council", "2025-05-05T18:00");
  const bOrg = await createOrganisation(db, { networkId: b.network.id, communeId: null });
  const [bPerson] = await db
    .insert(contacts)
    .values({ networkId: b.network.id, firstName: "B", lastName: "B", organisationId: bOrg.id })
    .returning();
  await db.insert(participations).values({
    networkId: b.network.id,
    eventId: other,
    contactId: bPerson!.id,
    organisationId: bOrg.id,
    status: "present",
  });
});

describe("meeting figures", () => {
  it("counts meetings by type and Paris year, cancelled ones aside", async () => {
    const f = await getMeetingFigures(db, { networkId: a.network.id });
    expect(f.byTypeAndYear).toEqual([
      { year: 2026, eventType: "actors_council", count: 2 },
      { year: 2025, eventType: "actors_council", count: 3 },
      { year: 2025, eventType: "serd_prep", count: 1 },
      { year: 2025, eventType: "training_session", count: 1 },
    ]);
  });

  it("averages present (present or late) and excused over held councils", async () => {
    const f = await getMeetingFigures(db, { networkId: a.network.id });
    // Present: c1 3, c2 1, c3 1, c4 2 → 7/4 = 1.75 → 1.8; excused: 1, 2, 2, 0 → 5/4 = 1.25 → 1.3.
    expect(f.councils).toEqual({ held: 4, averagePresent: 1.8, averageExcused: 1.3 });
  });

  it("gives the median interval between held network meetings per year, trainings aside", async () => {
    const f = await getMeetingFigures(db, { networkId: a.network.id });
    // 2025: 14 Jan → 25 Mar (70 days, across the spring change) → 15 Apr (21) → 7 Oct (175): median 70.
    expect(f.medianIntervalByYear).toEqual([
      { year: 2026, meetings: 1, medianDays: null },
      { year: 2025, meetings: 4, medianDays: 70 },
    ]);
    expect(median([1, 3, 10, 20])).toBe(6.5);
  });

  it("finds organisations invited to the last three held councils and present at none", async () => {
    const f = await getMeetingFigures(db, { networkId: a.network.id });
    // Last three held: c4, c3, c2. ecole: excused/invited throughout; ess: present only at c1.
    // bailleur: not invited to c2. ville, asso: present at least once.
    expect(f.stoppedComing).toEqual([
      { id: orgs.ecole!.id, name: "Structure ecole" },
      { id: orgs.ess!.id, name: "Structure ess" },
    ]);
  });

  it("counts member communes with someone present, over the network's communes", async () => {
    const f = await getMeetingFigures(db, { networkId: a.network.id });
    // ville (Rodez) and asso (Onet) were present; ecole (Olemps) never; ess has no commune.
    expect(f.communes).toEqual({ present: 2, total: 8 });
  });

  it("needs three held councils for the organisations that stopped coming; B sees only its own", async () => {
    const f = await getMeetingFigures(db, { networkId: b.network.id });
    expect(f.stoppedComing).toBeNull();
    expect(f.councils).toEqual({ held: 1, averagePresent: 1, averageExcused: 0 });
    expect(f.byTypeAndYear).toEqual([{ year: 2025, eventType: "actors_council", count: 1 }]);
    expect(f.communes).toEqual({ present: 0, total: 0 });
  });
});
