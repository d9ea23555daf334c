// SERD demo data for plp-demo, modelled on the Mulhouse fiche: 2014 (74 occurrences of 56
// labelled actions by 50 organisations), 2015 (more than 110 occurrences, 34,700 € of valued
// contributions) and the running 2026 edition with actions in every review state.

import { asc, eq, inArray } from "drizzle-orm";
import {
  communes,
  contributions,
  networks,
  organisations,
  serdActionCoorganisers,
  serdActionHistory,
  serdActions,
  serdEditions,
  serdOccurrences,
  users,
} from "@/db/schema";
import type { Db } from "@/db/types";
import { serdFormats, serdPublics, serdThemes, type SerdReviewStatus } from "@/lib/domain/enums";
import { newId, Rng } from "./generators";
import { partnerOrganisationName } from "./organisations";

type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"];
type Rows = {
  editions: Insert<typeof serdEditions>[];
  actions: Insert<typeof serdActions>[];
  coorganisers: Insert<typeof serdActionCoorganisers>[];
  occurrences: Insert<typeof serdOccurrences>[];
  history: Insert<typeof serdActionHistory>[];
  contributions: Insert<typeof contributions>[];
};

const titles = [
  "Atelier de réparation de petits appareils",
  "Stand « Stop pub » au marché",
  "Disco soupe avec les invendus du marché",
  "Visite de la ressourcerie",
  "Atelier cosmétiques maison",
  "Troc de vêtements",
  "Compostage en pied d'immeuble : démonstration",
  "Collecte de jouets pour le réemploi",
  "Exposition « Nos déchets, nos ressources »",
  "Jeu de l'oie du tri et de la prévention",
  "Conférence sur le gaspillage alimentaire",
  "Repair café du quartier",
  "Nettoyage des berges de l'Ill",
  "Atelier couches lavables",
  "Collecte de piles et petits déchets dangereux",
  "Zéro déchet au bureau : défi des services",
];

export async function seedSerdDemo(tx: Db, { now }: { now: Date }): Promise<void> {
  const [network] = await tx.select({ id: networks.id }).from(networks).where(eq(networks.slug, "plp-demo"));
  if (!network) return;
  const networkId = network.id;
  const rng = new Rng(2014_2015);
  const orgs = await tx
    .select({ id: organisations.id, name: organisations.name, internal: organisations.isInternalService })
    .from(organisations)
    .where(eq(organisations.networkId, networkId))
    .orderBy(asc(organisations.name));
  const communeIds = (
    await tx
      .select({ id: communes.id })
      .from(communes)
      .where(eq(communes.networkId, networkId))
      .orderBy(asc(communes.name))
  ).map((c) => c.id);
  const people = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, ["coordination@plp-demo.test", "partenaire@plp-demo.test"]));
  const coordinatorId = people.find((p) => p.email === "coordination@plp-demo.test")?.id ?? null;
  const partnerUserId = people.find((p) => p.email === "partenaire@plp-demo.test")?.id ?? null;
  const partnerOrg = orgs.find((o) => o.name === partnerOrganisationName);
  if (orgs.length < 60 || communeIds.length === 0 || !partnerOrg)
    throw new Error("plp-demo directory missing");

  const rows: Rows = {
    editions: [],
    actions: [],
    coorganisers: [],
    occurrences: [],
    history: [],
    contributions: [],
  };
  const edition = (year: number, startsOn: string, endsOn: string, closesOn: string) => {
    const id = newId();
    rows.editions.push({
      id,
      networkId,
      year,
      startsOn,
      endsOn,
      registrationOpensOn: `${year}-09-01`,
      registrationClosesOn: closesOn,
      nationalTheme: year >= 2026 ? "Le réemploi et la réparation" : "Dématérialisation et réemploi",
      ewwrFocus: year >= 2026 ? "Textiles" : null,
      createdAt: new Date(`${year}-06-01T08:00:00Z`),
    });
    return { id, startsOn, endsOn };
  };
  const dayOf = (e: { startsOn: string }) => {
    const d = new Date(`${e.startsOn}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + rng.int(0, 8));
    return d.toISOString().slice(0, 10);
  };

  /** One action with its occurrences and the history that brought it to `status`. */
  const action = (
    e: { id: string; startsOn: string; endsOn: string },
    args: {
      lead: string;
      coorganisers?: string[];
      occurrences: number;
      status: SerdReviewStatus;
      at: Date;
      authorId: string | null;
      actual: boolean;
      comment?: string;
    },
  ) => {
    const id = newId();
    const themes = rng.shuffle(serdThemes).slice(0, rng.int(1, 2));
    rows.actions.push({
      id,
      networkId,
      editionId: e.id,
      title: rng.pick(titles),
      description:
        "Action ouverte à toutes et tous, gratuite, pour découvrir des gestes qui réduisent les déchets.",
      themes: args.status === "draft" && rng.chance(0.5) ? [] : themes,
      format: rng.pick(serdFormats),
      targetPublics: rng.shuffle(serdPublics).slice(0, rng.int(1, 3)),
      leadOrganisationId: args.lead,
      freeEntry: true,
      nonProfit: true,
      awardsOptIn: rng.chance(0.1),
      status: args.status,
      version: 1 + (args.status === "draft" ? 0 : args.status === "submitted" ? 1 : 2),
      resultAccount: args.actual ? "Bonne fréquentation, public curieux et nombreux échanges." : null,
      createdById: args.authorId,
      submittedAt: args.status === "draft" ? null : args.at,
      createdAt: args.at,
      updatedAt: args.at,
    });
    for (const organisationId of args.coorganisers ?? [])
      if (organisationId !== args.lead) rows.coorganisers.push({ networkId, actionId: id, organisationId });
    for (let i = 0; i < args.occurrences; i++)
      rows.occurrences.push({
        networkId,
        actionId: id,
        date: dayOf(e),
        startTime: `${rng.int(9, 16)}:00`,
        endTime: `${rng.int(17, 19)}:00`,
        place: rng.pick([
          "Médiathèque",
          "Salle polyvalente",
          "Place du marché",
          "Locaux de la structure",
          "Maison de quartier",
        ]),
        communeId: rng.pick(communeIds),
        expectedParticipants: rng.int(10, 120),
        actualParticipants: args.actual ? rng.int(5, 150) : null,
      });
    const step = (
      kind: Insert<typeof serdActionHistory>["kind"],
      from: SerdReviewStatus | null,
      to: SerdReviewStatus,
      ms: number,
      comment?: string,
    ) =>
      rows.history.push({
        networkId,
        actionId: id,
        kind,
        fromStatus: from,
        toStatus: to,
        comment: comment ?? null,
        byUserId: kind === "created" || kind === "submitted" ? args.authorId : coordinatorId,
        at: new Date(args.at.getTime() + ms),
      });
    step("created", null, "draft", 0);
    if (args.status !== "draft") step("submitted", "draft", "submitted", 1000);
    if (args.status === "labelled" || args.status === "rejected" || args.status === "changes_requested")
      step(args.status, "submitted", args.status, 86_400_000, args.comment);
    return id;
  };

  // 2014: 50 organisations (every internal service among them) lead or co-organise 56 actions, 74 occurrences.
  const internal = orgs.filter((o) => o.internal);
  const others = rng.shuffle(orgs.filter((o) => !o.internal && o.id !== partnerOrg.id));
  const org50 = [...internal, partnerOrg, ...others].slice(0, 50).map((o) => o.id);
  const e2014 = edition(2014, "2014-11-22", "2014-11-30", "2014-11-15");
  const extra2014 = new Map<number, number>();
  for (let i = 0; i < 18; i++) {
    const k = rng.int(0, 55);
    extra2014.set(k, (extra2014.get(k) ?? 0) + 1);
  }
  for (let i = 0; i < 56; i++) {
    // The first 44 actions' leads and 6 co-organisers cover the 50; the rest reuse them.
    const lead = i < 44 ? org50[i]! : rng.pick(org50.slice(0, 44));
    const coorganisers = i < 6 ? [org50[44 + i]!] : rng.chance(0.2) ? [rng.pick(org50)] : [];
    action(e2014, {
      lead,
      coorganisers,
      occurrences: 1 + (extra2014.get(i) ?? 0),
      status: "labelled",
      at: new Date("2014-10-15T09:00:00Z"),
      authorId: coordinatorId,
      actual: true,
    });
  }

  // 2015: 84 labelled actions, 116 occurrences; partners valued 34,700 € of spending.
  const e2015 = edition(2015, "2015-11-21", "2015-11-29", "2015-11-14");
  const ids2015: { id: string; lead: string }[] = [];
  for (let i = 0; i < 84; i++) {
    const lead = i === 0 ? partnerOrg.id : rng.pick(orgs).id;
    const id = action(e2015, {
      lead,
      coorganisers: rng.chance(0.25) ? [rng.pick(orgs).id] : [],
      occurrences: i < 32 ? 2 : 1,
      status: "labelled",
      at: new Date("2015-10-10T09:00:00Z"),
      authorId: coordinatorId,
      actual: true,
    });
    ids2015.push({ id, lead });
  }
  let total = 0;
  for (let i = 0; i < 40; i++) {
    const { id, lead } = ids2015[i * 2]!;
    const amount = i < 39 ? rng.int(4, 16) * 50 : 34_700 - total;
    total += amount;
    const kind = rng.pick(["staff", "material", "cash"] as const);
    rows.contributions.push({
      networkId,
      organisationId: lead,
      editionId: e2015.id,
      actionId: id,
      kind,
      amountEur: amount.toFixed(2),
      days: kind === "staff" ? (Math.round(amount / 100) / 2).toFixed(2) : null,
      description: null,
      createdById: coordinatorId,
      createdAt: new Date("2015-12-05T10:00:00Z"),
    });
  }

  // 2026: the week is running; registration closed on 14 November.
  const e2026 = edition(2026, "2026-11-21", "2026-11-29", "2026-11-14");
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000);
  const states: SerdReviewStatus[] = [
    "draft",
    "draft",
    "submitted",
    "submitted",
    "submitted",
    "changes_requested",
    "changes_requested",
    "rejected",
    ...Array<SerdReviewStatus>(14).fill("labelled"),
  ];
  states.forEach((status, i) => {
    const own = i === 0 || i === 2 || i === 5 || i === 8 || i === 9;
    action(e2026, {
      lead: own ? partnerOrg.id : rng.pick(orgs.filter((o) => o.id !== partnerOrg.id)).id,
      coorganisers: i === 10 ? [partnerOrg.id] : [],
      occurrences: rng.int(1, 3),
      status,
      at: at(30 - i),
      authorId: own ? partnerUserId : coordinatorId,
      actual: false,
      comment:
        status === "changes_requested"
          ? "Merci de préciser le lieu exact et l'horaire de fin."
          : status === "rejected"
            ? "Action payante : elle ne respecte pas les règles de la SERD."
            : undefined,
    });
  });

  await insertAll(tx, rows);
}

async function insertAll(tx: Db, rows: Rows) {
  const chunks = <T>(list: T[], size = 500) =>
    Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, i * size + size));
  await tx.insert(serdEditions).values(rows.editions);
  for (const c of chunks(rows.actions)) await tx.insert(serdActions).values(c);
  for (const c of chunks(rows.coorganisers))
    await tx.insert(serdActionCoorganisers).values(c).onConflictDoNothing();
  for (const c of chunks(rows.occurrences)) await tx.insert(serdOccurrences).values(c);
  for (const c of chunks(rows.history)) await tx.insert(serdActionHistory).values(c);
  for (const c of chunks(rows.contributions)) await tx.insert(contributions).values(c);
}
