// Shared tools demo data, entered through the tools area's own code. In ambassadeurs-demo
// (SITTOM-MI fiche): the waste-circuit video (a link), the cahier de texte (a PDF), the SERD
// animation programmes, a fiche méthode, and three kits lent between member collectivities with
// past, current (one overdue) and upcoming loans. In plp-demo: the guides partners use for the SERD.

import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { events, memberships, networks, organisations, users } from "@/db/schema";
import type { Db } from "@/db/types";
import {
  addCollection,
  addItem,
  addResource,
  attachResource,
  checkOut,
  createMethodSheet,
  decideReservation,
  recordDownloadOf,
  requestReservation,
  returnLoan,
  type Actor,
} from "@/features/tools/mutations";
import type { ResourceInput } from "@/features/tools/schemas";
import { addDays, parisToday } from "@/lib/domain/paris-time";

/** A small real PDF (one page of text), so that the demo download opens in a viewer. */
function demoPdf(title: string): File {
  const text = `BT /F1 18 Tf 72 720 Td (${title.replace(/[()\\]/g, "")}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new File([body], `${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.pdf`, { type: "application/pdf" });
}

const resource = (over: Partial<ResourceInput> & Pick<ResourceInput, "kind" | "title">): ResourceInput => ({
  description: null,
  themes: [],
  publics: [],
  formats: [],
  tags: [],
  ownerOrganisationId: null,
  collectionId: null,
  url: null,
  body: null,
  file: undefined,
  ...over,
});

async function networkOf(db: Db, slug: string) {
  const [n] = await db.select({ id: networks.id }).from(networks).where(eq(networks.slug, slug));
  return n!.id;
}

async function memberOf(db: Db, networkId: string, email: string) {
  const [m] = await db
    .select({ userId: users.id, organisationId: memberships.organisationId, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.networkId, networkId), eq(users.email, email)));
  return m!;
}

export async function seedToolsDemo(db: Db, { now }: { now: Date }) {
  const today = parisToday(now);
  await seedAmbassadors(db, today);
  await seedPlp(db);
}

async function seedAmbassadors(db: Db, today: string) {
  const networkId = await networkOf(db, "ambassadeurs-demo");
  const coordinatorMember = await memberOf(db, networkId, "coordination@ambassadeurs-demo.test");
  const elodie = await memberOf(db, networkId, "ambassadeur@plp-demo.test");
  const collectivities = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.networkId, networkId), inArray(organisations.actorType, ["epci", "municipality"])))
    .orderBy(asc(organisations.name));
  const others = collectivities.filter((c) => c.id !== elodie.organisationId);
  const coordinator: Actor = { networkId, userId: coordinatorMember.userId, organisationId: null, isCoordinator: true };
  const ambassador: Actor = { networkId, userId: elodie.userId, organisationId: elodie.organisationId, isCoordinator: false };
  const scope = { networkId, userId: elodie.userId, publish: true, defaultOrganisationId: elodie.organisationId };

  const { id: serdFolder } = await addCollection(db, coordinator, { name: "Programmes d'animation SERD" });
  const video = await addResource(db, scope, resource({
    kind: "link",
    title: "Vidéo du circuit des déchets",
    description: "De la poubelle au centre de tri, à l'incinérateur et au centre de stockage : la vidéo tournée pendant la journée de visites.",
    url: "https://video.example.org/sittom-circuit-des-dechets",
    themes: ["waste_prevention"],
    formats: ["video", "animation"],
    publics: ["pupils", "general_public"],
    tags: ["circuit", "visite"],
  }));
  const cahier = await addResource(db, scope, resource({
    kind: "document",
    title: "Cahier de texte des ambassadeurs",
    description: "Les séances en classe, semaine par semaine, avec le matériel à prévoir.",
    file: demoPdf("Cahier de texte des ambassadeurs"),
    themes: ["waste_prevention", "composting"],
    formats: ["guide", "training_material"],
    publics: ["pupils"],
  }));
  for (const [title, body] of [
    ["Programme SERD : stand anti-gaspillage", "Stand au marché : quiz, pesée des restes, recettes."],
    ["Programme SERD : atelier compostage", "Démonstration de compostage en pied d'immeuble, 2 heures."],
  ] as const) {
    await addResource(db, { ...scope, userId: coordinator.userId }, resource({
      kind: "note",
      title,
      body,
      collectionId: serdFolder,
      themes: ["food_waste", "composting"],
      formats: ["animation"],
      ownerOrganisationId: others[0]?.id ?? null,
    }));
  }
  const fiche = await createMethodSheet(db, { networkId, userId: elodie.userId }, {
    title: "Fiche méthode : animer une classe sur le tri",
    description: "Co-écrite par les ambassadeurs et présentée à la réunion de réseau.",
    themes: ["waste_prevention"],
    ownerOrganisationId: elodie.organisationId,
    sections: {
      context: "Les ambassadeurs des 9 collectivités interviennent dans les écoles sans support commun.",
      whatWasDone: "Une séance d'une heure : circuit des déchets en vidéo, jeu du tri, consignes locales.",
      means: "Une vidéo, le jeu du tri prêté par le syndicat, un ambassadeur.",
      results: "Séance reprise par plusieurs collectivités du réseau.",
      tips: "Prévoir le jeu deux semaines à l'avance ; réserver sur le calendrier du kit.",
      contact: "Coordination du réseau des ambassadeurs",
    },
    coAuthorIds: [coordinatorMember.userId],
    publish: true,
  });
  // "Outil partagé du mois" of the network's latest ambassadors' meeting: the fiche and the video.
  const [meeting] = await db
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.networkId, networkId), eq(events.eventType, "ambassadors_meeting")))
    .orderBy(desc(events.startsAt))
    .limit(1);
  if (meeting) {
    await attachResource(db, coordinator, { resourceId: fiche.id, eventId: meeting.id });
    await attachResource(db, coordinator, { resourceId: video.id, eventId: meeting.id });
  }
  for (const [id, n] of [[video.id, 5], [cahier.id, 3]] as const) {
    for (let i = 0; i < n; i++) await recordDownloadOf(db, { networkId, userId: coordinator.userId, resourceId: id });
  }

  // Three kits, each owned by a collectivity; loans between the others.
  const owners = [elodie.organisationId!, others[0]!.id, others[1]!.id];
  const ownerActor = (i: number): Actor => ({ ...coordinator, organisationId: owners[i]! });
  const kit = (name: string, i: number, components: string[], maxLoanDays: number) =>
    addItem(db, ownerActor(i), {
      name,
      description: null,
      components,
      ownerOrganisationId: owners[i]!,
      location: "Local technique",
      condition: "good",
      maxLoanDays,
      lendable: true,
      instructionsResourceId: null,
    });
  const exhibition = await kit("Exposition « Nos déchets, nos ressources »", 1, ["10 panneaux", "Pieds", "Housse"], 21);
  const game = await kit("Jeu du tri", 0, ["Plateau", "60 cartes", "4 bacs miniatures"], 14);
  const compost = await kit("Kit compostage", 2, ["Composteur de démonstration", "Bioseau", "Loupe"], 14);

  /** A loan from `start` (days from today) for `days` days, returned if `returned`. */
  const lend = async (itemId: string, borrower: string, start: number, days: number, returned: boolean) => {
    const startsOn = addDays(today, start);
    const endsOn = addDays(startsOn, days - 1);
    const asked = addDays(startsOn, -7);
    const r = await requestReservation(db, coordinator, { itemId, startsOn, endsOn, borrowerOrganisationId: borrower, eventId: null, serdActionId: null }, asked);
    await decideReservation(db, coordinator, { id: r.id, decision: "confirm", note: null });
    if (start > 0) return;
    const loan = await checkOut(db, coordinator, { reservationId: r.id, checkedOutOn: startsOn, condition: "good", remark: null });
    if (returned) await returnLoan(db, coordinator, { loanId: loan.id, returnedOn: endsOn, condition: "good", remark: null });
  };
  await lend(exhibition.id, others[2]!.id, -60, 14, true);
  await lend(exhibition.id, owners[0]!, -30, 10, true);
  await lend(game.id, others[1]!.id, -45, 7, true);
  await lend(compost.id, others[3]!.id, -20, 7, true);
  await lend(compost.id, owners[0]!, -10, 7, false); // overdue since 4 days ago
  await lend(game.id, others[2]!.id, 14, 5, false); // upcoming
  await lend(exhibition.id, others[3]!.id, 20, 14, false); // upcoming
  // A request waiting for the owner.
  await requestReservation(db, ambassador, { itemId: exhibition.id, startsOn: addDays(today, 40), endsOn: addDays(today, 45), borrowerOrganisationId: null, eventId: null, serdActionId: null }, today);
}

async function seedPlp(db: Db) {
  const networkId = await networkOf(db, "plp-demo");
  const coordinator = await memberOf(db, networkId, "coordination@plp-demo.test");
  const scope = { networkId, userId: coordinator.userId, publish: true, defaultOrganisationId: null };
  await addResource(db, scope, resource({
    kind: "document",
    title: "Guide du partenaire SERD",
    description: "Inscrire une action, obtenir le label, rendre compte des résultats.",
    file: demoPdf("Guide du partenaire SERD"),
    formats: ["guide"],
    themes: ["waste_prevention"],
  }));
  await addResource(db, scope, resource({
    kind: "link",
    title: "Kit de communication SERD (affiches et logos)",
    url: "https://serd.example.org/kit-communication",
    formats: ["guide"],
  }));
}
