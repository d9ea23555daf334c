// The internal mobilisation of a métropole's departments (model: Marseille Provence, seed fiches
// 000 and 001): the managers' seminar of November 2011, 4 working groups (exemplary authority,
// reduction, collective housing, finance) meeting twice a year from 2012 to 2016, the yearly
// meetings between the waste and housing departments on the ressourceries from 2014, and two
// indicators the authority records: agents reached (800+) and jobs created by the ressourceries (18).

import { eventAgendaItems, eventSeries, events, participations } from "@/db/schema";
import type { Db } from "@/db/types";
import { createRecordedIndicator, recordValues } from "@/features/dashboards/mutations";
import { parisToUtc } from "@/lib/domain/paris-time";
import { planOccurrences, type SeriesPlan } from "@/lib/domain/recurrence";
import type { CommuneSeed } from "../data/communes";
import { newId, Rng } from "../data/generators";
import { Builder } from "../data/meetings-builder";
import type { DemoData } from "../demo-data";
import { addNetwork, coordinatorScope, peopleOf, personFinder, type OrgSeed } from "./build";

export const internalSlug = "directions-demo";
const domain = "directions-demo.test";

// The 18 communes of the Marseille Provence territory; INSEE and postal codes written from
// memory, for demonstration only.
const communes: CommuneSeed[] = [
  { name: "Allauch", inseeCode: "13002", postalCode: "13190" },
  { name: "Carnoux-en-Provence", inseeCode: "13119", postalCode: "13470" },
  { name: "Carry-le-Rouet", inseeCode: "13021", postalCode: "13620" },
  { name: "Cassis", inseeCode: "13022", postalCode: "13260" },
  { name: "Ceyreste", inseeCode: "13023", postalCode: "13600" },
  { name: "Châteauneuf-les-Martigues", inseeCode: "13026", postalCode: "13220" },
  { name: "Ensuès-la-Redonne", inseeCode: "13033", postalCode: "13820" },
  { name: "Gémenos", inseeCode: "13042", postalCode: "13420" },
  { name: "Gignac-la-Nerthe", inseeCode: "13043", postalCode: "13180" },
  { name: "La Ciotat", inseeCode: "13028", postalCode: "13600" },
  { name: "Le Rove", inseeCode: "13088", postalCode: "13740" },
  { name: "Marignane", inseeCode: "13054", postalCode: "13700" },
  { name: "Marseille", inseeCode: "13055", postalCode: "13007" },
  { name: "Plan-de-Cuques", inseeCode: "13075", postalCode: "13380" },
  { name: "Roquefort-la-Bédoule", inseeCode: "13085", postalCode: "13830" },
  { name: "Saint-Victoret", inseeCode: "13102", postalCode: "13730" },
  { name: "Sausset-les-Pins", inseeCode: "13104", postalCode: "13960" },
  { name: "Septèmes-les-Vallons", inseeCode: "13106", postalCode: "13240" },
];

const head = "Directeur|Directrice";
const officer = "Chargé de mission|Chargée de mission";
const direction = (key: string, name: string, description: string, people: OrgSeed["people"]): OrgSeed => ({
  key,
  name,
  actorType: "internal_service",
  commune: "Marseille",
  status: "engaged",
  description,
  people,
});

const organisations: OrgSeed[] = [
  direction(
    "mission",
    "Mission Réduction et tri des déchets",
    "Rattachée à la direction générale des services ; anime la démarche transversale.",
    [
      ["Vincent", "Arnaud", "Responsable de missions Réduction et tri", false],
      ["Laure", "Giraud", "Élue déléguée à la propreté et aux déchets", true],
    ],
  ),
  direction("dgs", "Direction générale des services", "Porte le projet auprès de toutes les directions.", [
    ["Philippe", "Roux", "Directeur général des services", false],
  ]),
  direction(
    "proprete",
    "Direction générale adjointe Propreté et Déchets",
    "Collecte, déchèteries, programme local de prévention.",
    [
      ["Michel", "Pons", "Directeur général adjoint Propreté", false],
      ["Sandrine", "Blanc", officer, true],
      ["Karim", "Haddad", "Responsable de la régie de collecte", false],
    ],
  ),
  direction(
    "habitat",
    "Direction de l'Habitat et de la Cohésion sociale",
    "Contrat de ville ; emploi dans les quartiers prioritaires.",
    [
      ["Nathalie", "Ferrand", head, true],
      ["Samir", "Benyahia", officer, false],
    ],
  ),
  direction("economie", "Direction de l'Économie", "Zones d'activité ; implantation des ressourceries.", [
    ["Olivier", "Martel", head, false],
    ["Fanny", "Orsini", officer, true],
  ]),
  direction("achats", "Direction de la Commande publique", "Clauses de réemploi dans les marchés.", [
    ["Christophe", "Gautier", head, false],
  ]),
  direction(
    "dsi",
    "Direction des Systèmes d'information",
    "Dématérialisation des courriers ; parc informatique.",
    [
      ["Émilie", "Castel", head, true],
      ["Romain", "Vial", "Responsable du parc informatique", false],
    ],
  ),
  direction("courrier", "Service Information et Courrier", "Dématérialisation des courriers internes.", [
    ["Agnès", "Mercier", "Cheffe de service", true],
  ]),
  direction("climat", "Mission Plan climat", "Plan climat-air-énergie territorial.", [
    ["Julien", "Estève", officer, false],
  ]),
  direction(
    "com",
    "Direction de la Communication",
    "Intranet : campagnes piles, compostage, tri au bureau.",
    [["Sophie", "Lambert", "Chargée de communication interne", true]],
  ),
  {
    key: "habitat-med",
    name: "Habitat Méditerranée",
    actorType: "social_landlord",
    commune: "Marseille",
    status: "engaged",
    description: "Bailleur social : met à disposition des rez-de-chaussée pour une ressourcerie.",
    people: [
      ["Patrice", "Rinaldi", "Responsable de la gestion locative", false],
      ["Leïla", "Mansouri", "Chargée de développement social", true],
    ],
  },
  {
    key: "logis-littoral",
    name: "Logis du Littoral",
    actorType: "social_landlord",
    commune: "La Ciotat",
    status: "contacted",
    description: "Bailleur social : gestion des encombrants, compostage dans les jardins partagés.",
    people: [["Franck", "Sanchez", "Responsable de secteur", false]],
  },
  {
    key: "ressourcerie-nord",
    name: "Ressourcerie des quartiers Nord",
    actorType: "social_economy",
    commune: "Marseille",
    status: "core",
    description: "Ressourcerie en chantier d'insertion, ouverte en 2014.",
    people: [
      ["Aïcha", "Belkacem", "Directrice", true],
      ["Thomas", "Reynaud", "Encadrant technique", false],
    ],
  },
  {
    key: "ressourcerie-est",
    name: "Ressourcerie de l'Est marseillais",
    actorType: "social_economy",
    commune: "Marseille",
    status: "engaged",
    description: "Ressourcerie ouverte en 2015 en pied d'immeuble.",
    people: [["Mathieu", "Carbonel", "Coordinateur", false]],
  },
];

export function buildInternalNetwork(data: DemoData, now: Date) {
  const rng = new Rng(20_111_117);
  return addNetwork(data, rng, now, {
    slug: internalSlug,
    name: "Mobilisation des directions (démo)",
    territoryLabel: "Métropole de démonstration — 18 communes (modèle : Marseille Provence)",
    brandColor: "#0b5d8a",
    kind: "internal",
    communes,
    organisations,
    since: new Date(Date.UTC(2010, 5, 1)),
    domain,
  });
}

const groups: { title: string; members: string[]; nth: number; weekday: number }[] = [
  {
    title: "Groupe de travail Collectivité exemplaire",
    members: [
      "mission/Arnaud",
      "dgs/Roux",
      "achats/Gautier",
      "dsi/Castel",
      "courrier/Mercier",
      "climat/Estève",
      "com/Lambert",
    ],
    nth: 1,
    weekday: 2,
  },
  {
    title: "Groupe de travail Réduction des déchets",
    members: [
      "mission/Arnaud",
      "proprete/Blanc",
      "proprete/Haddad",
      "com/Lambert",
      "ressourcerie-nord/Belkacem",
    ],
    nth: 2,
    weekday: 4,
  },
  {
    title: "Groupe de travail Habitat collectif",
    members: [
      "mission/Arnaud",
      "habitat/Benyahia",
      "proprete/Blanc",
      "habitat-med/Rinaldi",
      "habitat-med/Mansouri",
      "logis-littoral/Sanchez",
    ],
    nth: 3,
    weekday: 2,
  },
  {
    title: "Groupe de travail Financier",
    members: ["mission/Arnaud", "dgs/Roux", "economie/Martel", "habitat/Ferrand", "achats/Gautier"],
    nth: 4,
    weekday: 1,
  },
];

export async function seedInternalRecords(db: Db, { now }: { now: Date }) {
  const scope = await coordinatorScope(db, internalSlug, now);
  if (!scope) return;
  const { networkId } = scope;
  const rows = await peopleOf(db, networkId);
  const person = personFinder(organisations, domain, rows);
  const agents = rows
    .filter((r) => r.actorType === "internal_service")
    .map((r) => ({
      id: r.id,
      organisationId: r.organisationId,
      actorType: r.actorType,
      isAmbassador: false,
    }));
  const b = new Builder(new Rng(20_121_001), networkId);

  // November 2011: the managers' seminar with a round table on the project.
  const seminar = parisToUtc(2011, 11, 17, 9, 0);
  const seminarId = b.event({
    eventType: "thematic_workshop",
    title: "Séminaire des cadres : table ronde « Réduction et tri des déchets »",
    startsAt: seminar,
    endsAt: parisToUtc(2011, 11, 17, 12, 30),
    status: "held",
    place: "Le Pharo, Marseille",
    organiserName: "Vincent Arnaud",
  });
  b.items(seminarId, [
    ["Le Livre blanc et ses quatre axes", 45, person("mission/Arnaud").id],
    ["Table ronde des directions", 90, person("dgs/Roux").id],
    ["Lancement des groupes de travail", 45, null],
  ]);
  b.invite(seminarId, seminar, agents, { present: agents.length - 2, excused: 2 }, true);

  // Four working groups, each a series meeting twice a year from 2012 to 2016.
  const series: (typeof eventSeries.$inferInsert)[] = [];
  for (const g of groups) {
    const plan: SeriesPlan = {
      rule: { kind: "monthly_weekday", interval: 6, nth: g.nth, weekday: g.weekday },
      startDate: "2012-03-01",
      time: "14:00",
      durationMinutes: 120,
      count: 10,
    };
    const seriesId = newId();
    series.push({ id: seriesId, networkId, title: g.title, eventType: "working_group", rule: { ...plan } });
    const members = g.members.map(person);
    for (const o of planOccurrences(plan)) {
      const id = b.event({
        eventType: "working_group",
        seriesId,
        title: g.title,
        startsAt: o.startsAt,
        endsAt: o.endsAt,
        status: "held",
        place: "Siège de la métropole, Marseille",
        organiserName: "Vincent Arnaud",
      });
      const present = members.length - b.rng.int(0, 2);
      b.invite(id, o.startsAt, members, { present, excused: members.length - present }, true);
    }
  }

  // From 2014, the waste and housing departments and the social landlords meet on the ressourceries.
  const ressourceries = [
    "proprete/Pons",
    "habitat/Ferrand",
    "economie/Orsini",
    "habitat-med/Rinaldi",
    "ressourcerie-nord/Belkacem",
    "ressourcerie-est/Carbonel",
  ];
  for (const [year, month] of [
    [2014, 3],
    [2014, 10],
    [2015, 4],
    [2016, 3],
    [2016, 11],
  ] as const) {
    const start = parisToUtc(year, month, 12, 10, 0);
    const id = b.event({
      eventType: "thematic_workshop",
      title: "Réunion Propreté – Habitat – Économie : le déploiement des ressourceries",
      startsAt: start,
      endsAt: parisToUtc(year, month, 12, 12, 0),
      status: "held",
      place: "Direction de l'Habitat, Marseille",
      organiserName: "Michel Pons",
    });
    const people = ressourceries.filter((k) => year >= 2015 || !k.startsWith("ressourcerie-est")).map(person);
    b.invite(id, start, people, { present: people.length - 1, excused: 1 }, true);
  }

  await db.insert(eventSeries).values(series);
  await db.insert(events).values(b.events);
  await db.insert(eventAgendaItems).values(b.agenda);
  await db.insert(participations).values(b.participations);

  // What the authority counts itself and records with its source.
  const agentsReached = await createRecordedIndicator(db, scope, {
    name: "Agents mobilisés par les actions de sensibilisation",
    unit: "count",
    definition:
      "Agents de la collectivité ayant participé à une action (séminaire des cadres, visites de sites…), cumul depuis 2011.",
  });
  await recordValues(db, scope, {
    indicatorId: agentsReached.id,
    rows: [
      { date: "2011-12-31", value: 310, source: "Feuilles d'émargement du séminaire et des visites" },
      { date: "2012-12-31", value: 820, source: "Bilan de la mission Réduction et tri" },
    ],
  });
  const jobs = await createRecordedIndicator(db, scope, {
    name: "Emplois créés par les ressourceries",
    unit: "count",
    definition: "Emplois (en insertion ou non) créés par les ressourceries soutenues, cumul depuis 2014.",
  });
  await recordValues(db, scope, {
    indicatorId: jobs.id,
    rows: [
      { date: "2014-12-31", value: 6, source: "Rapports d'activité des ressourceries" },
      { date: "2015-12-31", value: 12, source: "Rapports d'activité des ressourceries" },
      { date: "2016-12-31", value: 18, source: "Rapports d'activité des ressourceries" },
    ],
  });
}
