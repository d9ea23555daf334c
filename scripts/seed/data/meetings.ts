// Demo meetings: in plp-demo, two years of conseils d'acteurs (150-200 invited, 40-60 present,
// ~40 excused), SERD preparation meetings, a thematic workshop, a yearly exchange day of the
// communes, and upcoming meetings to answer; in ambassadeurs-demo, a series of ambassadors'
// meetings every two months and a day of site visits. Deterministic; dates relative to `now`.

import { and, asc, eq, isNull } from "drizzle-orm";
import {
  communes,
  contacts,
  eventAgendaItems,
  eventSeries,
  events,
  networks,
  organisations,
  participations,
} from "@/db/schema";
import type { Db } from "@/db/types";
import type { EventType } from "@/lib/domain/enums";
// These two modules are pure (no database, no server code): the demo must use the app's own date rules.
import { parisParts, parisToUtc } from "@/lib/domain/paris-time";
import { nthWeekdayOfMonth, planOccurrences, type SeriesPlan } from "@/lib/domain/recurrence";
import { newId, Rng } from "./generators";

import { Builder, DAY, type Person } from "./meetings-builder";

/** A Paris date and time `monthsAgo` months before `now`, on the nth weekday of that month. */
function monthly(now: Date, monthsAgo: number, nth: number, weekday: number, hour: number, minute = 0): Date {
  const p = parisParts(now);
  const index = p.year * 12 + p.month - 1 - monthsAgo;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const d = nthWeekdayOfMonth(year, month, nth, weekday)!;
  return parisToUtc(d.year, d.month, d.day, hour, minute);
}

/** `days` days after `now` (Paris calendar) at a Paris time. */
function inDays(now: Date, days: number, hour: number, minute = 0): Date {
  const p = parisParts(new Date(now.getTime() + days * DAY));
  return parisToUtc(p.year, p.month, p.day, hour, minute);
}

const hours = (start: Date, h: number) => new Date(start.getTime() + h * 3_600_000);

async function loadNetwork(tx: Db, slug: string) {
  const [network] = await tx.select({ id: networks.id }).from(networks).where(eq(networks.slug, slug));
  if (!network) return null;
  const people: Person[] = await tx
    .select({
      id: contacts.id,
      organisationId: contacts.organisationId,
      actorType: organisations.actorType,
      isAmbassador: contacts.isAmbassador,
    })
    .from(contacts)
    .leftJoin(organisations, eq(organisations.id, contacts.organisationId))
    .where(and(eq(contacts.networkId, network.id), isNull(contacts.erasedAt), isNull(contacts.archivedAt)))
    .orderBy(asc(contacts.lastName), asc(contacts.firstName), asc(contacts.email));
  const towns = await tx
    .select({ id: communes.id, name: communes.name })
    .from(communes)
    .where(eq(communes.networkId, network.id))
    .orderBy(asc(communes.name));
  return { id: network.id, people, towns };
}

async function write(tx: Db, b: Builder, series: (typeof eventSeries.$inferInsert)[] = []) {
  if (series.length) await tx.insert(eventSeries).values(series);
  for (let i = 0; i < b.events.length; i += 500) await tx.insert(events).values(b.events.slice(i, i + 500));
  if (b.agenda.length) await tx.insert(eventAgendaItems).values(b.agenda);
  for (let i = 0; i < b.participations.length; i += 1000)
    await tx.insert(participations).values(b.participations.slice(i, i + 1000));
}

export async function seedMeetingsDemo(tx: Db, { now }: { now: Date }): Promise<void> {
  await seedPlp(tx, now);
  await seedAmbassadors(tx, now);
}

async function seedPlp(tx: Db, now: Date) {
  const net = await loadNetwork(tx, "plp-demo");
  if (!net) return;
  const rng = new Rng(4_2026);
  const b = new Builder(rng, net.id);
  const members = net.people.filter((p) => p.organisationId);
  const town = (name: string) => net.towns.find((t) => t.name === name)?.id ?? net.towns[0]?.id ?? null;
  const speaker = () => rng.pick(members).id;
  const place = {
    place: "Salle du conseil, Maison de l'agglomération",
    address: "2 rue Pierre-et-Marie-Curie",
    communeId: town("Mulhouse"),
  };

  // Conseils d'acteurs: three a year for two years (first Tuesday, 18:00), the latest two months ago.
  for (const monthsAgo of [23, 19, 14, 10, 6, 2]) {
    const startsAt = monthly(now, monthsAgo, 1, 2, 18);
    const id = b.event({
      eventType: "actors_council",
      title: "Conseil d'acteurs de la prévention",
      startsAt,
      endsAt: hours(startsAt, 2.5),
      status: "held",
      organiserName: "Claire Moreau",
      ...place,
    });
    b.items(id, [
      ["Accueil et tour de table", 15, null],
      ["Bilan des actions du trimestre", 40, speaker()],
      ["Retour d'expérience d'un partenaire", 30, speaker()],
      ["Préparation des prochaines échéances", 45, null],
    ]);
    const invited = rng.shuffle(members).slice(0, rng.int(150, 200));
    const present = rng.int(40, 60);
    b.invite(
      id,
      startsAt,
      invited,
      {
        present: present - 3,
        late: 3,
        excused: rng.int(36, 44),
        declined: rng.int(10, 20),
        absent: rng.int(5, 12),
      },
      true,
    );
  }

  // SERD preparation meetings: September of the last two years, and one in October.
  for (const [monthsAgo, nth] of [
    [14, 3],
    [3, 2],
    [2, 4],
  ] as const) {
    const startsAt = monthly(now, monthsAgo, nth, 4, 14);
    const id = b.event({
      eventType: "serd_prep",
      title: "Préparation de la Semaine européenne de réduction des déchets",
      startsAt,
      endsAt: hours(startsAt, 2),
      status: "held",
      organiserName: "Claire Moreau",
      ...place,
    });
    b.items(id, [
      ["Thème de l'édition et calendrier", 20, null],
      ["Présentation des actions prévues", 60, null],
      ["Communication commune", 30, speaker()],
    ]);
    b.invite(
      id,
      startsAt,
      rng.shuffle(members).slice(0, rng.int(55, 70)),
      { present: rng.int(30, 40), excused: rng.int(8, 12), declined: 4 },
      true,
    );
  }

  // A thematic workshop on food waste.
  const workshop = monthly(now, 5, 2, 3, 9, 30);
  const workshopId = b.event({
    eventType: "thematic_workshop",
    title: "Concertation : gaspillage alimentaire en restauration collective",
    startsAt: workshop,
    endsAt: hours(workshop, 3),
    status: "held",
    place: "Centre socio-culturel Papin",
    communeId: town("Mulhouse"),
  });
  b.invite(
    workshopId,
    workshop,
    rng.shuffle(members).slice(0, 28),
    { present: 17, late: 1, excused: 5, declined: 2 },
    true,
  );

  // The yearly exchange day of the communes' agents (June), last year and the year before.
  const agents = members.filter((p) => p.actorType === "municipality" || p.actorType === "internal_service");
  for (const monthsAgo of [17, 5]) {
    const startsAt = monthly(now, monthsAgo, 2, 4, 9);
    const id = b.event({
      eventType: "municipal_network_day",
      title: "Journée d'échange des communes",
      startsAt,
      endsAt: hours(startsAt, 7),
      status: "held",
      place: "Salle des fêtes",
      communeId: town("Riedisheim"),
    });
    b.items(id, [
      ["Fiches méthodes des communes", 120, null],
      ["Déjeuner", 60, null],
      ["Ateliers : compostage partagé, zéro déchet en mairie", 150, null],
    ]);
    const list = rng.shuffle(agents);
    b.invite(
      id,
      startsAt,
      list,
      {
        present: Math.min(list.length, Math.round(list.length * 0.55)),
        excused: Math.round(list.length * 0.2),
      },
      true,
    );
  }

  // Upcoming: a conseil in three weeks (60 seats, invitations sent, answers coming in) and a SERD meeting.
  const next = inDays(now, 21, 18);
  const nextId = b.event({
    eventType: "actors_council",
    title: "Conseil d'acteurs de la prévention",
    startsAt: next,
    endsAt: hours(next, 2.5),
    status: "planned",
    capacity: 60,
    organiserName: "Claire Moreau",
    description: "Bilan de l'année et programme d'actions de l'an prochain.",
    ...place,
  });
  b.items(nextId, [
    ["Bilan de l'année", 40, speaker()],
    ["Programme d'actions", 60, null],
    ["Questions diverses", 20, null],
  ]);
  b.invite(
    nextId,
    next,
    rng.shuffle(members).slice(0, 170),
    { present: 34, excused: 12, declined: 9 },
    false,
  );
  const prep = inDays(now, 45, 14);
  b.event({
    eventType: "serd_prep",
    title: "Préparation de la SERD : point d'étape",
    startsAt: prep,
    endsAt: hours(prep, 2),
    status: "planned",
    ...place,
  });

  await write(tx, b);
}

async function seedAmbassadors(tx: Db, now: Date) {
  const net = await loadNetwork(tx, "ambassadeurs-demo");
  if (!net) return;
  const rng = new Rng(5_2026);
  const b = new Builder(rng, net.id);
  const ambassadors = net.people.filter((p) => p.isAmbassador);
  const everyone = net.people.filter((p) => p.organisationId);
  const seat = net.towns.find((t) => t.name === "Pontivy")?.id ?? net.towns[0]?.id ?? null;

  // Every two months, first Tuesday at 14:00, from a year ago: ten meetings.
  const first = parisParts(new Date(now.getTime() - 365 * DAY));
  const plan: SeriesPlan = {
    rule: { kind: "monthly_weekday", interval: 2, nth: 1, weekday: 2 },
    startDate: `${first.year}-${String(first.month).padStart(2, "0")}-01`,
    time: "14:00",
    durationMinutes: 180,
    count: 10,
  };
  const seriesId = newId();
  const title = "Réunion du réseau des ambassadeurs";
  for (const o of planOccurrences(plan)) {
    const held = o.endsAt < now;
    const id = b.event({
      eventType: "ambassadors_meeting",
      seriesId,
      title,
      startsAt: o.startsAt,
      endsAt: o.endsAt,
      status: held ? "held" : "planned",
      place: "Siège du syndicat",
      communeId: seat,
      organiserName: "Yann Le Floch",
    });
    b.items(id, [
      ["Nouvelles des collectivités", 45, null],
      ["Outil partagé du mois", 60, rng.pick(ambassadors.length ? ambassadors : everyone).id],
      ["Calendrier des animations", 45, null],
    ]);
    const list = rng.shuffle(ambassadors);
    const present = Math.round(list.length * (0.6 + rng.float() * 0.3));
    b.invite(
      id,
      o.startsAt,
      list,
      held
        ? { present, excused: Math.max(0, list.length - present - 1), absent: 1 }
        : { present: Math.round(list.length / 3), excused: 1 },
      held,
    );
  }

  // A day of site visits four months ago: sorting centre, incinerator, landfill.
  const day = monthly(now, 4, 3, 4, 9);
  const visits: [string, "sorting_centre" | "incinerator" | "landfill", number, number, string][] = [
    ["Visite du centre de tri", "sorting_centre", 0, 1.5, "Centre de tri de Gueltas"],
    [
      "Visite de l'unité de valorisation énergétique",
      "incinerator",
      2.25,
      1.5,
      "Unité de valorisation énergétique de Pontivy",
    ],
    [
      "Visite de l'installation de stockage",
      "landfill",
      5,
      1.5,
      "Installation de stockage des déchets non dangereux",
    ],
  ];
  const group = rng.shuffle(ambassadors).slice(0, Math.max(1, ambassadors.length - 2));
  for (const [visitTitle, siteType, offset, length, placeName] of visits) {
    const startsAt = hours(day, offset);
    const id = b.event({
      eventType: "site_visit" as EventType,
      title: visitTitle,
      siteType,
      startsAt,
      endsAt: hours(startsAt, length),
      status: "held",
      place: placeName,
      communeId: seat,
      organiserName: "Yann Le Floch",
    });
    b.invite(id, startsAt, group, { present: group.length - 1, absent: 1, excused: 0 }, true);
  }

  await write(tx, b, [
    { id: seriesId, networkId: net.id, title, eventType: "ambassadors_meeting", rule: { ...plan } },
  ]);
}
