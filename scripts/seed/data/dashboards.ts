// Dashboard demo data, entered through the dashboards' own mutations so that the fiches' figures
// come out of its queries: plp-demo (Mulhouse fiche) 2014, 33.5 days of project officer and 6 days
// of intern over network-head meetings, SERD preparation and training design, a household-waste
// tonnage series with a −10 % objective; ambassadeurs-demo (SITTOM fiche): 10 % of an FTE of
// coordination over 2015.

import { and, eq } from "drizzle-orm";
import { memberships, networks, serdEditions } from "@/db/schema";
import type { Db } from "@/db/types";
import { createObjective, createRecordedIndicator, recordValues } from "@/features/dashboards/mutations";
import { createTimeEntry, saveStaffSettings } from "@/features/dashboards/staff/mutations";
import { parisToday } from "@/lib/domain/paris-time";

async function scopeOf(db: Db, slug: string, now: Date) {
  const [row] = await db
    .select({ networkId: networks.id, userId: memberships.userId })
    .from(networks)
    .innerJoin(memberships, and(eq(memberships.networkId, networks.id), eq(memberships.role, "coordinator")))
    .where(eq(networks.slug, slug))
    .limit(1);
  return { networkId: row!.networkId, userId: row!.userId, today: parisToday(now), personId: null };
}

const entry = (
  staffRole: "project_officer" | "intern",
  activityKind: "network" | "serd_edition" | "training",
  activityLabel: string,
  startsOn: string,
  endsOn: string,
  amount: number,
  amountUnit: "days" | "hours" = "days",
  editionId: string | null = null,
) => ({
  staffRole,
  activityKind,
  activityLabel,
  startsOn,
  endsOn,
  amount,
  amountUnit,
  eventId: null,
  editionId,
  trainingCycleId: null,
});

export async function seedDashboardsDemo(db: Db, { now }: { now: Date }) {
  const plp = await scopeOf(db, "plp-demo", now);
  await saveStaffSettings(db, plp, {
    yearlyWorkingHours: 1607,
    hoursPerDay: 7,
    costs: [{ staffRole: "project_officer", hourlyCostEur: 14.36 }],
  });
  const [edition] = await db
    .select({ id: serdEditions.id })
    .from(serdEditions)
    .where(and(eq(serdEditions.networkId, plp.networkId), eq(serdEditions.year, 2014)));
  for (const e of [
    entry("project_officer", "network", "Rencontres têtes de réseaux", "2014-01-06", "2014-06-27", 15),
    entry("project_officer", "serd_edition", "", "2014-09-01", "2014-11-21", 12, "days", edition?.id ?? null),
    entry(
      "project_officer",
      "training",
      "Conception des modules de formation",
      "2014-02-03",
      "2014-04-30",
      6.5,
    ),
    entry("intern", "training", "Conception des modules de formation", "2014-03-03", "2014-04-30", 6),
  ]) {
    await createTimeEntry(
      db,
      plp,
      edition || e.activityKind !== "serd_edition" ? e : { ...e, activityKind: "network" },
    );
  }
  const tonnes = await createRecordedIndicator(db, plp, {
    name: "Ordures ménagères et assimilées (t)",
    unit: "tonnes",
    definition: "Tonnes collectées dans l'année, rapport annuel du service public de gestion des déchets.",
  });
  await recordValues(db, plp, {
    indicatorId: tonnes.id,
    rows: [
      [2010, 52000],
      [2011, 51200],
      [2012, 50100],
      [2013, 48900],
      [2014, 46500],
    ].map(([year, value]) => ({
      date: `${year}-12-31`,
      value: value!,
      source: "Rapport annuel du service déchets",
    })),
  });
  await createObjective(db, plp, {
    title: "−10 % d'ordures ménagères par rapport à 2010",
    indicator: `recorded:${tonnes.id}`,
    filterKey: null,
    filterValue: null,
    target: 46800,
    baseline: 52000,
    direction: "at_most",
    periodStart: "2011-01-01",
    periodEnd: "2014-12-31",
  });

  const sittom = await scopeOf(db, "ambassadeurs-demo", now);
  // 10 % of 1607 h: the SITTOM-MI officer's share of a year on the ambassadors' network.
  await createTimeEntry(
    db,
    sittom,
    entry(
      "project_officer",
      "network",
      "Coordination du réseau d'ambassadeurs",
      "2015-01-01",
      "2015-12-31",
      160.7,
      "hours",
    ),
  );
}
