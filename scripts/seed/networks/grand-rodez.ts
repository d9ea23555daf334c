// The exchange network of 8 communes (model: Grand Rodez, seed fiche 003): the exchange day of
// 25 November 2011 on 4 actions (5 communes of 8 present, 11 people), the half-day of June 2012
// on cleaning products, the fiches méthodes presented there, the objectives "one exchange
// meeting a year", "6 communes of 8 involved" and "1 action per commune per year", and the
// coordinator's 39 h of 2011 at 14.36 €/h (≈ 560 €). Every figure comes from these records.

import { eq } from "drizzle-orm";
import { eventAgendaItems, events, participations, toolResources } from "@/db/schema";
import type { Db } from "@/db/types";
import { createObjective } from "@/features/dashboards/mutations";
import { createTimeEntry, saveStaffSettings } from "@/features/dashboards/staff/mutations";
import { attachResource, createMethodSheet } from "@/features/tools/mutations";
import { parisToUtc } from "@/lib/domain/paris-time";
import type { CommuneSeed } from "../data/communes";
import { Rng } from "../data/generators";
import { Builder } from "../data/meetings-builder";
import type { DemoData } from "../demo-data";
import { addNetwork, coordinatorScope, peopleOf, personFinder, type OrgSeed } from "./build";

export const exchangeSlug = "echanges-demo";
const domain = "echanges-demo.test";

// INSEE and postal codes written from memory, for demonstration only (as in ../data/communes.ts).
const communes: CommuneSeed[] = [
  { name: "Rodez", inseeCode: "12202", postalCode: "12000" },
  { name: "Onet-le-Château", inseeCode: "12176", postalCode: "12850" },
  { name: "Le Monastère", inseeCode: "12150", postalCode: "12000" },
  { name: "Olemps", inseeCode: "12174", postalCode: "12510" },
  { name: "Luc-la-Primaube", inseeCode: "12133", postalCode: "12450" },
  { name: "Druelle", inseeCode: "12090", postalCode: "12510" },
  { name: "Sainte-Radegonde", inseeCode: "12241", postalCode: "12850" },
  { name: "Sébazac-Concourès", inseeCode: "12264", postalCode: "12740" },
];

const technician = "Responsable des services techniques";
const greens = "Agent des espaces verts|Agente des espaces verts";
const deputy = "Adjoint au maire chargé de l'environnement|Adjointe au maire chargée de l'environnement";

const mairie = (key: string, commune: string, people: OrgSeed["people"]): OrgSeed => ({
  key,
  name: `Mairie de ${commune}`,
  actorType: "municipality",
  commune,
  status: "engaged",
  description: "Commune membre de l'agglomération et du réseau d'échanges sur l'exemplarité.",
  people,
});

const organisations: OrgSeed[] = [
  {
    key: "agglo",
    name: "Agglomération — mission prévention des déchets",
    actorType: "internal_service",
    commune: "Rodez",
    status: "core",
    description: "Anime le réseau d'échanges des communes dans le cadre du programme local de prévention.",
    people: [
      ["Sophie", "Cabrol", "Chargé de mission prévention|Chargée de mission prévention", true],
      ["Alain", "Vernhes", "Vice-président chargé de l'environnement", false],
    ],
  },
  mairie("rodez", "Rodez", [
    ["Marc", "Bousquet", technician, false],
    ["Nadia", "Fabre", greens, true],
    ["Hélène", "Miquel", deputy, true],
  ]),
  mairie("onet", "Onet-le-Château", [
    ["Julien", "Alibert", technician, false],
    ["Claire", "Vidal", "Responsable de la restauration scolaire", true],
    ["Pierre", "Cayla", deputy, false],
  ]),
  mairie("monastere", "Le Monastère", [
    ["Thierry", "Delmas", technician, false],
    ["Anne", "Rouquette", deputy, true],
  ]),
  mairie("olemps", "Olemps", [
    ["Sylvie", "Calmels", "Responsable de la restauration scolaire", true],
    ["Jacques", "Mazars", deputy, false],
    ["Didier", "Carrié", technician, false],
  ]),
  mairie("luc", "Luc-la-Primaube", [
    ["Isabelle", "Vaysse", "Secrétaire de mairie", true],
    ["Laurent", "Bouyssou", technician, false],
    ["Martine", "Gineste", deputy, true],
  ]),
  mairie("druelle", "Druelle", [
    ["Bernard", "Lacombe", technician, false],
    ["Céline", "Costes", deputy, true],
  ]),
  mairie("radegonde", "Sainte-Radegonde", [
    ["Patrick", "Albouy", technician, false],
    ["Monique", "Tarayre", deputy, true],
  ]),
  mairie("sebazac", "Sébazac-Concourès", [
    ["Éric", "Marty", technician, false],
    ["Valérie", "Lagarrigue", "Agent d'entretien des bâtiments|Agente d'entretien des bâtiments", true],
    ["Gérard", "Issaly", deputy, false],
  ]),
];

export function buildExchangeNetwork(data: DemoData, now: Date) {
  const rng = new Rng(20_111_125);
  const { networkId } = addNetwork(data, rng, now, {
    slug: exchangeSlug,
    name: "Réseau d'échanges des communes (démo)",
    territoryLabel: "Agglomération de démonstration — 8 communes membres (modèle : Grand Rodez)",
    brandColor: "#7a3b12",
    kind: "exchange",
    communes,
    organisations,
    // 2010: the diagnostic interviews in every commune.
    since: new Date(Date.UTC(2010, 2, 1)),
    domain,
  });
  return { networkId };
}

/** Who came, by "organisation key/last name" (the seed's people), and who answered what. */
const day2011 = {
  present: [
    "rodez/Bousquet",
    "rodez/Fabre",
    "rodez/Miquel",
    "onet/Alibert",
    "onet/Vidal",
    "onet/Cayla",
    "olemps/Calmels",
    "olemps/Mazars",
    "luc/Vaysse",
    "luc/Bouyssou",
    "sebazac/Marty",
  ],
  excused: ["monastere/Delmas", "monastere/Rouquette", "druelle/Costes"],
  declined: ["radegonde/Albouy"],
};
const day2012 = {
  present: [
    "sebazac/Marty",
    "sebazac/Lagarrigue",
    "rodez/Bousquet",
    "rodez/Miquel",
    "monastere/Delmas",
    "monastere/Rouquette",
    "onet/Alibert",
  ],
  excused: ["olemps/Calmels", "luc/Vaysse"],
  declined: [],
};

const sheets = [
  {
    org: "onet",
    speaker: "onet/Alibert",
    title: "Fiche méthode : broyer et composter les déchets verts des espaces communaux",
  },
  {
    org: "olemps",
    speaker: "olemps/Calmels",
    title: "Fiche méthode : réduire le gaspillage alimentaire à la cantine",
  },
  {
    org: "rodez",
    speaker: "rodez/Fabre",
    title: "Fiche méthode : gobelets réutilisables pour les fêtes communales",
  },
  {
    org: "luc",
    speaker: "luc/Vaysse",
    title: "Fiche méthode : dématérialiser les convocations et comptes rendus",
  },
];
const sheet2012 = {
  speaker: "sebazac/Lagarrigue",
  title: "Fiche méthode : des produits d'entretien plus sûrs dans les bâtiments communaux",
};

export async function seedExchangeRecords(db: Db, { now }: { now: Date }) {
  const scope = await coordinatorScope(db, exchangeSlug, now);
  if (!scope) return;
  const { networkId } = scope;
  const rows = await peopleOf(db, networkId);
  const person = personFinder(organisations, domain, rows);
  const communeAgents = rows
    .filter((r) => r.actorType === "municipality")
    .map((r) => ({
      id: r.id,
      organisationId: r.organisationId,
      actorType: r.actorType,
      isAmbassador: false,
    }));

  const b = new Builder(new Rng(20_120_614), networkId);
  const meeting = (
    title: string,
    start: Date,
    end: Date,
    place: string,
    answers: typeof day2011,
    items: [string, number, string | null][],
  ) => {
    const id = b.event({
      eventType: "municipal_network_day",
      title,
      startsAt: start,
      endsAt: end,
      status: "held",
      place,
      organiserName: "Sophie Cabrol",
    });
    b.items(id, items);
    const listed = [...answers.present, ...answers.excused, ...answers.declined].map(person);
    const rest = communeAgents.filter((a) => !listed.some((l) => l.id === a.id));
    b.invite(
      id,
      start,
      [...listed, ...rest],
      { present: answers.present.length, excused: answers.excused.length, declined: answers.declined.length },
      true,
    );
    return id;
  };
  const first = meeting(
    "Journée du réseau d'échanges des communes : 4 actions exemplaires",
    parisToUtc(2011, 11, 25, 9, 0),
    parisToUtc(2011, 11, 25, 16, 30),
    "Salle du conseil de l'agglomération, Rodez",
    day2011,
    [
      ["Accueil et tour de table des communes", 30, null],
      ...sheets.map((s): [string, number, string | null] => [
        s.title.replace("Fiche méthode : ", ""),
        60,
        person(s.speaker).id,
      ]),
      ["Échanges et suites à donner", 45, null],
    ],
  );
  const second = meeting(
    "Demi-journée du réseau : les produits d'entretien dans la collectivité",
    parisToUtc(2012, 6, 14, 9, 0),
    parisToUtc(2012, 6, 14, 12, 30),
    "Mairie de Sébazac-Concourès",
    day2012,
    [
      ["Présentation de l'action par la commune porteuse", 60, person(sheet2012.speaker).id],
      ["Visite des locaux d'entretien", 60, null],
      ["Échanges", 45, null],
    ],
  );
  await db.insert(events).values(b.events);
  await db.insert(eventAgendaItems).values(b.agenda);
  await db.insert(participations).values(b.participations);

  // The fiches méthodes co-written with the agents, published on the day they were presented.
  for (const [s, eventId, day] of [
    ...sheets.map((s) => [s, first, parisToUtc(2011, 11, 25, 9, 0)] as const),
    [sheet2012, second, parisToUtc(2012, 6, 14, 9, 0)] as const,
  ]) {
    const sheet = await createMethodSheet(db, scope, {
      title: s.title,
      description: "Présentée par la commune porteuse à la journée du réseau, remise à toutes les communes.",
      themes: ["waste_prevention"],
      ownerOrganisationId: person(s.speaker).organisationId,
      sections: {
        context:
          "Une commune du réseau l'a mise en œuvre ; d'autres souhaitaient le faire sans savoir comment.",
        whatWasDone: "L'action telle que l'équipe communale l'a menée, étape par étape.",
        means: "Temps des agents communaux ; matériel existant.",
        results: "Présentée aux communes du réseau ; reprise envisagée par plusieurs d'entre elles.",
        tips: "Associer l'élu·e référent·e dès le départ ; commencer petit.",
        contact: "Mission prévention des déchets de l'agglomération",
      },
      coAuthorIds: [],
      publish: true,
    });
    // Demo history: the sheet was published on the day of its presentation, not on seeding day.
    await db
      .update(toolResources)
      .set({ publishedAt: day, createdAt: day })
      .where(eq(toolResources.id, sheet.id));
    await attachResource(db, scope, { resourceId: sheet.id, eventId });
  }

  // 39 h of the project officer in 2011 at 14.36 €/h: about 560 €.
  await saveStaffSettings(db, scope, {
    yearlyWorkingHours: 1607,
    hoursPerDay: 7,
    costs: [{ staffRole: "project_officer", hourlyCostEur: 14.36 }],
  });
  const base = { staffRole: "project_officer" as const, amountUnit: "hours" as const, editionId: null, trainingCycleId: null };
  for (const e of [
    {
      ...base,
      activityKind: "network" as const,
      activityLabel: "Sollicitation et rencontre des communes",
      startsOn: "2011-07-04",
      endsOn: "2011-09-30",
      amount: 12,
      eventId: null,
    },
    {
      ...base,
      activityKind: "tools" as const,
      activityLabel: "Préparation des fiches actions avec les agents",
      startsOn: "2011-09-12",
      endsOn: "2011-10-28",
      amount: 14,
      eventId: null,
    },
    {
      ...base,
      activityKind: "network" as const,
      activityLabel: "Diaporama et invitations aux maires",
      startsOn: "2011-10-03",
      endsOn: "2011-11-04",
      amount: 6,
      eventId: null,
    },
    {
      ...base,
      activityKind: "meeting" as const,
      activityLabel: "",
      startsOn: "2011-11-25",
      endsOn: "2011-11-25",
      amount: 7,
      eventId: first,
    },
  ]) {
    await createTimeEntry(db, scope, e);
  }

  const objective = (
    title: string,
    indicator: string,
    filter: string | null,
    target: number,
    periodStart: string,
    periodEnd: string,
  ) =>
    createObjective(db, scope, {
      title,
      indicator: `computed:${indicator}`,
      filterKey: filter ? "eventType" : null,
      filterValue: filter,
      target,
      baseline: null,
      direction: "at_least",
      periodStart,
      periodEnd,
    });
  await objective(
    "Une réunion d'échange de bonnes pratiques par an",
    "meetings.held",
    "municipal_network_day",
    1,
    "2011-01-01",
    "2012-12-31",
  );
  await objective(
    "6 communes sur 8 impliquées dans le réseau d'échange",
    "meetings.communesPresent",
    "municipal_network_day",
    6,
    "2011-01-01",
    "2011-12-31",
  );
  await objective(
    "1 action concrète par commune et par an (fiches méthodes)",
    "tools.published",
    null,
    8,
    "2011-01-01",
    "2011-12-31",
  );
}
