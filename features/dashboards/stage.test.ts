import { beforeAll, describe, expect, it } from "vitest";
import {
  contacts,
  events,
  organisationStatusChanges,
  participations,
  serdActions,
  serdEditions,
} from "@/db/schema";
import { parseParisDateTime } from "@/lib/domain/paris-time";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles, createOrganisation } from "@/test/factories/index";
import { getDashboard } from "./queries";

// The indicators and comparison rule added with the dashboard pages: organisations that stopped
// coming, organisations by status at the end of each year, an open SERD edition against the
// previous one at the same day of registrations.

let a: Awaited<ReturnType<typeof createNetworkWithRoles>>;
const today = "2026-10-11";

async function heldMeeting(at: string, orgs: { org: string; person: string }[]) {
  const startsAt = parseParisDateTime(at)!;
  const [event] = await db
    .insert(events)
    .values({
      networkId: a.network.id,
      eventType: "actors_council",
      title: `Conseil ${at}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      status: "held",
    })
    .returning();
  for (const { org, person } of orgs)
    await db.insert(participations).values({
      networkId: a.network.id,
      eventId: event!.id,
      contactId: person,
      organisationId: org,
      status: "present",
    });
}

beforeAll(async () => {
  a = await createNetworkWithRoles(db, { slug: "etapes-a" });
  const people: { org: string; person: string }[] = [];
  for (let i = 0; i < 3; i++) {
    const org = await createOrganisation(db, {
      networkId: a.network.id,
      name: `Structure ${i}`,
      createdAt: new Date("2023-05-01T10:00:00Z"),
    });
    const [person] = await db
      .insert(contacts)
      .values({ networkId: a.network.id, firstName: `P${i}`, lastName: "X", organisationId: org.id })
      .returning();
    people.push({ org: org.id, person: person!.id });
  }
  // 2024: structures 0, 1, 2; 2025: structure 0 only (1 and 2 stopped coming); 2026: 0 and 1 (none stopped).
  await heldMeeting("2024-03-05T09:00", people);
  await heldMeeting("2025-03-05T09:00", [people[0]!]);
  await heldMeeting("2026-03-05T09:00", [people[0]!, people[1]!]);
  // Structure 0: contacted in 2024, engaged in 2025 (status history), whatever its current status.
  await db.insert(organisationStatusChanges).values([
    {
      networkId: a.network.id,
      organisationId: people[0]!.org,
      toStatus: "contacted",
      changedAt: new Date("2024-06-01T10:00:00Z"),
    },
    {
      networkId: a.network.id,
      organisationId: people[0]!.org,
      fromStatus: "contacted",
      toStatus: "engaged",
      changedAt: new Date("2025-06-01T10:00:00Z"),
    },
  ]);
  // SERD 2025 (finished): registrations opened 1 Sept; 2 actions submitted by day 40, 5 in all.
  // SERD 2026 (open on 11 Oct = day 40): 3 submitted so far.
  const [e25, e26] = await db
    .insert(serdEditions)
    .values([
      {
        networkId: a.network.id,
        year: 2025,
        startsOn: "2025-11-22",
        endsOn: "2025-11-30",
        registrationOpensOn: "2025-09-01",
        registrationClosesOn: "2025-11-10",
      },
      {
        networkId: a.network.id,
        year: 2026,
        startsOn: "2026-11-21",
        endsOn: "2026-11-29",
        registrationOpensOn: "2026-09-01",
        registrationClosesOn: "2026-11-10",
      },
    ])
    .returning();
  const action = (editionId: string, submitted: string, status: "labelled" | "submitted" = "labelled") => ({
    networkId: a.network.id,
    editionId,
    title: `Action ${submitted}`,
    leadOrganisationId: people[0]!.org,
    status,
    submittedAt: new Date(`${submitted}T10:00:00Z`),
  });
  await db
    .insert(serdActions)
    .values([
      action(e25!.id, "2025-09-15"),
      action(e25!.id, "2025-10-10"),
      action(e25!.id, "2025-10-12"),
      action(e25!.id, "2025-10-30"),
      action(e25!.id, "2025-11-05"),
      action(e26!.id, "2026-09-10", "submitted"),
      action(e26!.id, "2026-09-20"),
      action(e26!.id, "2026-10-11", "submitted"),
    ]);
});

const figure = (d: Awaited<ReturnType<typeof getDashboard>>, id: string) =>
  d.figures.find((f) => f.indicator.id === id)!;

describe("indicators added with the pages", () => {
  it("organisations that stopped coming: came in N−1, not in N; not computed the first year", async () => {
    const d = await getDashboard(db, { networkId: a.network.id, year: 2025, today });
    expect(figure(d, "meetings.organisationsStopped").series.map((p) => [p.year, p.value])).toEqual([
      [2024, null],
      [2025, 2],
      [2026, 0],
    ]);
  });

  it("organisations by their status at the end of each year", async () => {
    const d = await getDashboard(db, { networkId: a.network.id, year: 2025, today });
    const at = (id: string, year: number) => figure(d, id).series.find((p) => p.year === year)?.value;
    expect(at("directory.statusContacted", 2024)).toBe(1);
    expect(at("directory.statusEngaged", 2024)).toBe(0);
    expect(at("directory.statusEngaged", 2025)).toBe(1);
    expect(at("directory.statusContacted", 2025)).toBe(0);
    // The two others never changed: their current status (the factory's) counts every year.
    const total = ["Potential", "Contacted", "Engaged", "Core"].reduce(
      (s, st) => s + (at(`directory.status${st}`, 2025) ?? 0),
      0,
    );
    expect(total).toBe(at("directory.organisations", 2025));
  });

  it("an open edition is set against the previous one on the same day of registrations, not its total", async () => {
    const d = await getDashboard(db, { networkId: a.network.id, year: 2026, today });
    expect(figure(d, "serd.actions").comparison).toEqual({
      kind: "sameStage",
      previousYear: 2025,
      day: 40,
      current: 3,
      previous: 2,
      delta: 1,
      percent: 50,
    });
    // Other SERD figures of the open edition are not compared at all.
    expect(figure(d, "serd.occurrences").comparison.kind).toBe("open");
    // Once both are over, the totals are compared (labelled actions: 1 in 2026 against 5).
    const later = await getDashboard(db, { networkId: a.network.id, year: 2026, today: "2026-12-15" });
    expect(figure(later, "serd.actions").comparison).toMatchObject({
      kind: "previous",
      previous: 5,
      delta: -4,
    });
  });
});
