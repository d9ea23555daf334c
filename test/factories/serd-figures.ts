// Test data for the SERD figures, exports and public agenda: plain inserts (the registration
// workflow is tested elsewhere) and a data set built so that every figure is known in advance.
import {
  contributions,
  organisations,
  serdActionCoorganisers,
  serdActions,
  serdEditions,
  serdOccurrences,
} from "@/db/schema";
import type { Db } from "@/db/types";
import { serdPublics, serdThemes, type ActorType, type SerdReviewStatus } from "@/lib/domain/enums";
import { normaliseForSearch } from "@/lib/domain/search";
import { createNetwork, insertCommunes } from "@/test/factories/index";

export async function insertEdition(
  db: Db,
  {
    networkId,
    year,
    startsOn,
    endsOn,
  }: { networkId: string; year: number; startsOn?: string; endsOn?: string },
) {
  const [row] = await db
    .insert(serdEditions)
    .values({
      networkId,
      year,
      startsOn: startsOn ?? `${year}-11-21`,
      endsOn: endsOn ?? `${year}-11-29`,
      registrationOpensOn: `${year}-09-01`,
      registrationClosesOn: `${year}-11-10`,
    })
    .returning();
  return row!;
}

export async function insertOrganisations(
  db: Db,
  networkId: string,
  specs: {
    name: string;
    actorType: ActorType;
    ewwrCategoryOverride?: typeof organisations.$inferInsert.ewwrCategoryOverride;
    website?: string;
  }[],
) {
  return db
    .insert(organisations)
    .values(
      specs.map((s) => ({
        networkId,
        ...s,
        isInternalService: s.actorType === "internal_service",
        searchText: normaliseForSearch(s.name),
      })),
    )
    .returning();
}

export type OccurrenceSpec = Partial<Omit<typeof serdOccurrences.$inferInsert, "networkId" | "actionId">> & {
  date: string;
};

export async function insertAction(
  db: Db,
  args: {
    networkId: string;
    editionId: string;
    leadOrganisationId: string;
    title?: string;
    description?: string | null;
    status?: SerdReviewStatus;
    themes?: string[];
    targetPublics?: string[];
    format?: typeof serdActions.$inferInsert.format;
    coorganiserIds?: string[];
    occurrences: OccurrenceSpec[];
  },
) {
  const { networkId, coorganiserIds = [], occurrences, ...rest } = args;
  const [action] = await db
    .insert(serdActions)
    .values({
      networkId,
      title: "Action",
      status: "labelled",
      themes: ["waste_prevention"],
      freeEntry: true,
      nonProfit: true,
      ...rest,
    })
    .returning();
  if (coorganiserIds.length)
    await db
      .insert(serdActionCoorganisers)
      .values(coorganiserIds.map((organisationId) => ({ networkId, actionId: action!.id, organisationId })));
  const rows = occurrences.length
    ? await db
        .insert(serdOccurrences)
        .values(occurrences.map((o) => ({ networkId, actionId: action!.id, ...o })))
        .returning()
    : [];
  return { action: action!, occurrences: rows };
}

const categories: ActorType[] = [
  "internal_service",
  "env_association",
  "school",
  "large_company",
  "resident",
];

/**
 * Mulhouse's SERD 2014 as a data set: 74 occurrences of 56 labelled actions by 50 organisations
 * (45 leads, 5 more only as co-organisers, one co-organiser also a lead), plus what must NOT count:
 * actions in other review states, another network's edition. The previous edition (2013) has
 * 50 occurrences of 40 actions. `expected` is computed from the specs, not from the database.
 */
export async function buildFiguresDataSet(db: Db) {
  const network = await createNetwork(db, { slug: `serd-figures-${Math.random().toString(36).slice(2, 8)}` });
  const networkId = network.id;
  const towns = await insertCommunes(db, networkId, ["Mulhouse", "Wittenheim", "Illzach", "Riedisheim"]);
  const orgs = await insertOrganisations(
    db,
    networkId,
    Array.from({ length: 51 }, (_, i) => ({
      name: `Structure ${String(i).padStart(2, "0")}`,
      actorType: categories[i % 5]!,
      // One override: an association counted as a business.
      ewwrCategoryOverride: i === 6 ? ("business_industry" as const) : undefined,
    })),
  );
  const previous = await insertEdition(db, {
    networkId,
    year: 2013,
    startsOn: "2013-11-16",
    endsOn: "2013-11-24",
  });
  const edition = await insertEdition(db, {
    networkId,
    year: 2014,
    startsOn: "2014-11-22",
    endsOn: "2014-11-30",
  });

  const expected = {
    occurrences: 74,
    actions: 56,
    organisations: 50,
    byTheme: {} as Record<string, { actions: number; occurrences: number }>,
    byPublic: {} as Record<string, { actions: number; occurrences: number }>,
    byCategory: {} as Record<string, { organisations: number; actionsLed: number }>,
    byCommune: {} as Record<string, { actions: number; occurrences: number }>,
    actualParticipants: 0,
    expectedParticipants: 0,
    contributionsEur: 34_700,
    staffDays: 39.5,
    growth: { occurrences: 48, actions: 40 },
  };
  const add = (map: Record<string, { actions: number; occurrences: number }>, key: string, n: number) => {
    const entry = (map[key] ??= { actions: 0, occurrences: 0 });
    entry.actions += 1;
    entry.occurrences += n;
  };
  // The expected category, written out rather than derived from ewwrCategoryOf.
  const categoryNames: Record<string, string> = {
    internal_service: "public_administration",
    env_association: "association_ngo",
    school: "educational_establishment",
    large_company: "business_industry",
    resident: "citizen",
  };
  const categoryOf = (i: number): string =>
    i === 6 ? "business_industry" : categoryNames[categories[i % 5]!]!;
  for (let i = 0; i < 50; i++) {
    const entry = (expected.byCategory[categoryOf(i)] ??= { organisations: 0, actionsLed: 0 });
    entry.organisations += 1;
  }

  const labelled: Awaited<ReturnType<typeof insertAction>>[] = [];
  for (let i = 0; i < 56; i++) {
    const lead = i % 45;
    const themes = [serdThemes[i % 6]!, ...(i % 4 === 0 && i % 6 !== 3 ? ["composting"] : [])];
    const publics = [serdPublics[i % 3]!];
    const coorganiserIds = i < 10 ? [orgs[45 + (i % 5)]!.id] : i === 20 ? [orgs[3]!.id] : [];
    const n = i < 18 ? 2 : 1;
    const occurrences: OccurrenceSpec[] = Array.from({ length: n }, (_, k) => {
      const town = towns[(i + k) % 4]!;
      const actual = 10 + ((i + k) % 7);
      expected.actualParticipants += actual;
      expected.expectedParticipants += 20;
      return {
        date: `2014-11-${22 + ((i + k) % 9)}`,
        startTime: "14:00",
        endTime: "17:00",
        communeId: town.id,
        expectedParticipants: 20,
        actualParticipants: actual,
      };
    });
    for (const th of themes) add(expected.byTheme, th, n);
    for (const p of publics) add(expected.byPublic, p, n);
    const communeNames = new Set(occurrences.map((o) => towns.find((tw) => tw.id === o.communeId)!.name));
    for (const name of communeNames) add(expected.byCommune, name, 0);
    for (const o of occurrences)
      expected.byCommune[towns.find((tw) => tw.id === o.communeId)!.name]!.occurrences += 1;
    expected.byCategory[categoryOf(lead)]!.actionsLed += 1;
    labelled.push(
      await insertAction(db, {
        networkId,
        editionId: edition.id,
        leadOrganisationId: orgs[lead]!.id,
        title: `Action ${i}`,
        themes,
        targetPublics: publics,
        coorganiserIds,
        occurrences,
      }),
    );
  }
  // Not labelled: none of these counts, nor their organisation (index 50).
  const others: SerdReviewStatus[] = ["draft", "submitted", "changes_requested", "rejected"];
  const unlabelled = [];
  for (const status of others)
    unlabelled.push(
      await insertAction(db, {
        networkId,
        editionId: edition.id,
        leadOrganisationId: orgs[50]!.id,
        status,
        title: `Pas labellisée ${status}`,
        themes: ["clean_up"],
        coorganiserIds: [orgs[0]!.id],
        occurrences: [{ date: "2014-11-23", communeId: towns[0]!.id, actualParticipants: 500 }],
      }),
    );
  // The previous edition: 40 actions, 50 occurrences.
  for (let i = 0; i < 40; i++)
    await insertAction(db, {
      networkId,
      editionId: previous.id,
      leadOrganisationId: orgs[i]!.id,
      title: `Action 2013 ${i}`,
      occurrences: Array.from({ length: i < 10 ? 2 : 1 }, () => ({ date: "2013-11-20" })),
    });
  // Contributions: 20,000 € of staff (33.5 + 6 days), 8,700 € of material, 6,000 € cash = 34,700 €;
  // one on a draft action does not count.
  await db.insert(contributions).values([
    {
      networkId,
      organisationId: orgs[0]!.id,
      editionId: edition.id,
      actionId: labelled[0]!.action.id,
      kind: "staff",
      amountEur: "17000.00",
      days: "33.50",
    },
    {
      networkId,
      organisationId: orgs[1]!.id,
      editionId: edition.id,
      kind: "staff",
      amountEur: "3000.00",
      days: "6.00",
    },
    { networkId, organisationId: orgs[2]!.id, editionId: edition.id, kind: "material", amountEur: "8700.00" },
    {
      networkId,
      organisationId: orgs[3]!.id,
      editionId: edition.id,
      actionId: labelled[3]!.action.id,
      kind: "cash",
      amountEur: "6000.00",
    },
    {
      networkId,
      organisationId: orgs[50]!.id,
      editionId: edition.id,
      actionId: unlabelled[0]!.action.id,
      kind: "cash",
      amountEur: "999.00",
      days: "2.00",
    },
  ]);

  // Another network's edition of the same year: never counted in this network's figures.
  const other = await createNetwork(db, { slug: `serd-other-${Math.random().toString(36).slice(2, 8)}` });
  const [otherOrg] = await insertOrganisations(db, other.id, [
    { name: "Ailleurs", actorType: "env_association" },
  ]);
  const otherEdition = await insertEdition(db, { networkId: other.id, year: 2014 });
  await insertAction(db, {
    networkId: other.id,
    editionId: otherEdition.id,
    leadOrganisationId: otherOrg!.id,
    occurrences: [{ date: "2014-11-22" }, { date: "2014-11-23" }],
  });
  await db.insert(contributions).values({
    networkId: other.id,
    organisationId: otherOrg!.id,
    editionId: otherEdition.id,
    kind: "cash",
    amountEur: "5000.00",
  });

  return { network, edition, previous, orgs, towns, labelled, unlabelled, other, otherEdition, expected };
}
