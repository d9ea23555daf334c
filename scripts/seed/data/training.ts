// The demo relay-actor training, entered through the training feature itself (cycles, modules,
// sessions that are meetings, enrolment) and the meetings' check-in, so that the cycle's figures,
// among them the 73 % conversion to the SERD 2014, come out of the same queries as in the app.

import { and, asc, eq, isNotNull, isNull } from "drizzle-orm";
import { contacts, networks, participations, serdEditions } from "@/db/schema";
import type { Db } from "@/db/types";
import { recordCheckIn } from "@/features/meetings/attendance/mutations";
import { setEventStatus } from "@/features/meetings/mutations";
import { listLabelledActingOrganisations } from "@/features/serd/queries";
import { createCycle, createModule, createSession, enrolContacts } from "@/features/training/mutations";
import type { siteTypes } from "@/lib/domain/enums";

type SiteType = (typeof siteTypes)[number];
import { parisInstant } from "@/lib/domain/paris-time";
import { createMailer } from "@/server/mail/mailer";
import { Rng } from "./generators";

type Session = { day: string; from: string; to: string; kind: "theory" | "site_visit"; place: string; siteType?: SiteType };
type ModulePlan = { theme: string; hours: number; designDays: number; sessions: Session[] };

const plpModules: ModulePlan[] = [
  { theme: "Prévention des déchets : enjeux et gestes", hours: 3, designDays: 4, sessions: [
    { day: "2014-02-13", from: "14:00", to: "17:00", kind: "theory", place: "Maison de la prévention" },
  ] },
  { theme: "Tri et devenir des déchets", hours: 6, designDays: 8, sessions: [
    { day: "2014-03-20", from: "09:00", to: "12:00", kind: "theory", place: "Maison de la prévention" },
    { day: "2014-04-10", from: "09:00", to: "12:00", kind: "site_visit", place: "Centre de tri", siteType: "sorting_centre" },
  ] },
  { theme: "Réemploi et réparation", hours: 3, designDays: 6, sessions: [
    { day: "2014-05-15", from: "14:00", to: "17:00", kind: "site_visit", place: "Ressourcerie", siteType: "reuse_centre" },
    { day: "2014-05-22", from: "14:00", to: "17:00", kind: "site_visit", place: "Ressourcerie", siteType: "reuse_centre" },
  ] },
  { theme: "Compostage et jardinage au naturel", hours: 3, designDays: 5, sessions: [
    { day: "2014-06-12", from: "09:00", to: "12:00", kind: "site_visit", place: "Plateforme de compostage", siteType: "composting_site" },
  ] },
  { theme: "Animer une action pendant la SERD", hours: 3, designDays: 15, sessions: [
    { day: "2014-09-25", from: "14:00", to: "17:00", kind: "theory", place: "Maison de la prévention" },
  ] },
];

const ambassadorModules: ModulePlan[] = [
  { theme: "Le circuit des déchets", hours: 3, designDays: 3, sessions: [
    { day: "2024-03-14", from: "09:00", to: "12:00", kind: "theory", place: "Siège du syndicat" },
  ] },
  { theme: "Visites de sites", hours: 6, designDays: 2, sessions: [
    { day: "2024-04-11", from: "09:00", to: "16:00", kind: "site_visit", place: "Centre de tri", siteType: "sorting_centre" },
  ] },
];

async function buildCycle(
  tx: Db,
  networkId: string,
  cycle: { title: string; objectives: string; startsOn: string; endsOn: string; capacity: number },
  modules: ModulePlan[],
) {
  const scope = { networkId, userId: null };
  const { id } = await createCycle(tx, scope, {
    ...cycle,
    description: null,
    completionRule: "every_module",
    completionPercent: null,
    absenceThreshold: 2,
    status: "closed",
  });
  const sessions: string[] = [];
  for (const m of modules) {
    const mod = await createModule(tx, scope, { cycleId: id, theme: m.theme, objectives: null, designDays: m.designDays, plannedHours: m.hours });
    for (const s of m.sessions)
      sessions.push(
        (
          await createSession(tx, scope, {
            moduleId: mod.id,
            kind: s.kind,
            trainerId: null,
            title: m.theme,
            startsAt: parisInstant(s.day, s.from),
            endsAt: parisInstant(s.day, s.to),
            place: s.place,
            address: null,
            communeId: null,
            siteType: s.siteType ?? null,
            capacity: null,
            description: null,
          })
        ).id,
      );
  }
  return { id, sessions };
}

/** Very assiduous trainees: each present at most sessions, excused or absent now and then. */
async function recordAttendance(tx: Db, rng: Rng, networkId: string, sessions: string[], people: { id: string; organisationId: string | null }[], now: Date) {
  for (const [i, eventId] of sessions.entries()) {
    for (const [j, p] of people.entries()) {
      // The first session of each trainee is always attended: everyone trained counts as trained.
      const roll = (i + j) % sessions.length === 0 ? 0 : rng.int(0, 9);
      const status = roll <= 7 ? "present" : roll === 8 ? "excused" : "absent";
      const [row] = await tx
        .insert(participations)
        .values({ networkId, eventId, contactId: p.id, organisationId: p.organisationId, status: status === "excused" ? "excused" : "registered", invitedAt: new Date("2014-01-20T09:00:00Z") })
        .returning({ id: participations.id });
      if (status !== "excused") await recordCheckIn(tx, { networkId, eventId, participationId: row!.id, status }, now);
    }
    // The sessions took place: closed as held, as the coordinator does after each one.
    await setEventStatus(tx, { networkId, userId: null, id: eventId }, "held");
  }
}

export async function seedTrainingDemo(tx: Db, { now }: { now: Date }): Promise<void> {
  const mail = { mailer: createMailer({ from: "Relais <demo@relais.test>" }), locale: "fr", appUrl: "http://localhost:3000", now };
  const rng = new Rng(2014_0213);
  const [plp] = await tx.select({ id: networks.id }).from(networks).where(eq(networks.slug, "plp-demo"));
  const [edition] = plp
    ? await tx.select({ id: serdEditions.id }).from(serdEditions).where(and(eq(serdEditions.networkId, plp.id), eq(serdEditions.year, 2014)))
    : [];
  if (plp && edition) {
    const acting = new Set((await listLabelledActingOrganisations(tx, { networkId: plp.id, editionId: edition.id })).map((r) => r.organisationId));
    const pool = await tx
      .select({ id: contacts.id, organisationId: contacts.organisationId })
      .from(contacts)
      .where(and(eq(contacts.networkId, plp.id), isNull(contacts.archivedAt), isNull(contacts.erasedAt), isNotNull(contacts.email), isNotNull(contacts.organisationId)))
      .orderBy(asc(contacts.lastName), asc(contacts.firstName));
    // One trainee per organisation: 16 whose organisation acts in a labelled SERD 2014 action, 6 whose does not.
    const seen = new Set<string>();
    const did: typeof pool = [];
    const didNot: typeof pool = [];
    for (const c of pool) {
      if (seen.has(c.organisationId!)) continue;
      if (acting.has(c.organisationId!) && did.length < 16) did.push(c);
      else if (!acting.has(c.organisationId!) && didNot.length < 6) didNot.push(c);
      else continue;
      seen.add(c.organisationId!);
    }
    const trainees = [...did, ...didNot];
    const cycle = await buildCycle(tx, plp.id, {
      title: "Formation des acteurs relais 2014",
      objectives: "Connaître les enjeux de la prévention des déchets ; savoir présenter les gestes de prévention à son public ; concevoir et animer une action pendant la SERD.",
      startsOn: "2014-02-01",
      endsOn: "2014-12-15",
      capacity: 25,
    }, plpModules);
    await enrolContacts(tx, { networkId: plp.id }, { cycleId: cycle.id, contactIds: trainees.map((t) => t.id), segmentId: null }, mail);
    await recordAttendance(tx, rng, plp.id, cycle.sessions, trainees, now);
  }

  const [amb] = await tx.select({ id: networks.id }).from(networks).where(eq(networks.slug, "ambassadeurs-demo"));
  if (amb) {
    const ambassadors = await tx
      .select({ id: contacts.id, organisationId: contacts.organisationId })
      .from(contacts)
      .where(and(eq(contacts.networkId, amb.id), eq(contacts.isAmbassador, true), isNull(contacts.erasedAt)))
      .orderBy(asc(contacts.lastName))
      .limit(12);
    const cycle = await buildCycle(tx, amb.id, {
      title: "Parcours des ambassadeurs 2024",
      objectives: "Connaître le circuit des déchets du territoire et savoir l'expliquer aux habitants.",
      startsOn: "2024-03-01",
      endsOn: "2024-06-30",
      capacity: 15,
    }, ambassadorModules);
    await enrolContacts(tx, { networkId: amb.id }, { cycleId: cycle.id, contactIds: ambassadors.map((a) => a.id), segmentId: null }, mail);
    await recordAttendance(tx, rng, amb.id, cycle.sessions, ambassadors, now);
  }
}
