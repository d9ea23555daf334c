// Demo data: two isolated networks, ~110 organisations with their engagement histories, ~280
// contacts and six demo accounts. Deterministic (seeded PRNG; only the row ids are random, and
// dates are relative to the seeding day), written in one transaction.

import { inArray, sql } from "drizzle-orm";
import {
  communes,
  contacts,
  memberships,
  networks,
  organisationStatusChanges,
  organisations,
  users,
} from "@/db/schema";
import type { Db } from "@/db/types";
import { hashPassword } from "@/server/auth/password";
import { seedAttendanceDemo } from "./data/attendance";
import { seedMeetingsDemo } from "./data/meetings";
import { seedSerdDemo } from "./data/serd";
import type { ActorType, EngagementStatus, Role } from "@/lib/domain/enums";
import {
  ambassadorCollectivityName,
  memberCollectivities,
  syndicate,
  technicianJobTitle,
} from "./data/ambassadors-network";
import { creationDaysAgo, daysBefore, engagementHistory } from "./data/engagement";
import { clock, gendered, newId, People, Rng } from "./data/generators";
import { type CommuneSeed, m2aCommunes, morbihanCommunes } from "./data/communes";
import {
  type OrganisationSeed,
  partnerOrganisationName,
  plpOrganisations,
  plpPersonaContacts,
  wasteDirectionName,
} from "./data/organisations";
import {
  ambassadorJobTitle,
  ambassadorsNetworkSources,
  bretonFemaleFirstNames,
  bretonLastNames,
  bretonMaleFirstNames,
  femaleFirstNames,
  jobTitlesByType,
  lastNames,
  maleFirstNames,
  mulhouseStreets,
  plpSources,
  relaySource,
  residentSources,
  villageStreets,
} from "./data/people";
import { contactSearchText, organisationSearchText } from "./data/search-text";

export const demoPassword = "relais-demo-2026";

export const demoAccounts: { email: string; name: string; label: string }[] = [
  {
    email: "admin@relais.test",
    name: "Administration Relais",
    label: "Administrateur·rice de la plateforme",
  },
  {
    email: "coordination@plp-demo.test",
    name: "Claire Moreau",
    label: "Coordinatrice du PLP de démonstration",
  },
  { email: "partenaire@plp-demo.test", name: "Karim Benali", label: "Partenaire (ressourcerie) du PLP" },
  {
    email: "ambassadeur@plp-demo.test",
    name: "Élodie Le Gall",
    label: "Ambassadrice, membre des deux réseaux",
  },
  { email: "elu@plp-demo.test", name: "Bernard Schmitt", label: "Élu référent du PLP" },
  {
    email: "coordination@ambassadeurs-demo.test",
    name: "Yann Le Floch",
    label: "Coordinateur du réseau des ambassadeurs",
  },
];

type NewUser = typeof users.$inferInsert;
type NewNetwork = typeof networks.$inferInsert;
type NewCommune = typeof communes.$inferInsert;
type NewOrganisation = typeof organisations.$inferInsert;
type NewContact = typeof contacts.$inferInsert;
type NewMembership = typeof memberships.$inferInsert;
type NewStatusChange = typeof organisationStatusChanges.$inferInsert;

type DemoData = {
  users: NewUser[];
  networks: NewNetwork[];
  communes: NewCommune[];
  organisations: NewOrganisation[];
  contacts: NewContact[];
  memberships: NewMembership[];
  statusChanges: NewStatusChange[];
};

const SEED_LOCK = 724_311_002; // advisory lock: two processes starting together seed once
const CHUNK = 500;
const PLP_ORG_CONTACTS = 240; // plus 10 residents without organisation
const PLP_RESIDENTS = 10;
const PLP_RELAY_ACTORS = 22;
const PLP_STALE_CONTACTS = 15; // no interaction for more than 3 years: GDPR retention review

/** Seeds the demo networks into an empty database; does nothing if any network exists. */
export async function seedDemo(db: Db, options: { now?: Date } = {}): Promise<{ created: boolean }> {
  if (await hasNetworks(db)) return { created: false };
  const passwordHash = await hashPassword(demoPassword);
  const now = options.now ?? new Date();
  const data = buildDemoData(now, passwordHash);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    if (await hasNetworks(tx)) return { created: false };
    // Order matters: foreign keys.
    // A user may already exist (e.g. created with `npm run admin:create`): keep it as it is.
    for (const rows of chunks(data.users)) await tx.insert(users).values(rows).onConflictDoNothing();
    const existing = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(
        inArray(
          users.email,
          demoAccounts.map((a) => a.email),
        ),
      );
    const actualId = new Map(existing.map((u) => [u.email, u.id]));
    const userIdOf = new Map(data.users.map((u) => [u.id, actualId.get(u.email) ?? u.id]));
    for (const m of data.memberships) m.userId = userIdOf.get(m.userId) ?? m.userId;
    for (const c of data.statusChanges)
      c.changedById = c.changedById && (userIdOf.get(c.changedById) ?? c.changedById);
    for (const rows of chunks(data.networks)) await tx.insert(networks).values(rows);
    for (const rows of chunks(data.communes)) await tx.insert(communes).values(rows);
    for (const rows of chunks(data.organisations)) await tx.insert(organisations).values(rows);
    for (const rows of chunks(data.statusChanges)) await tx.insert(organisationStatusChanges).values(rows);
    for (const rows of chunks(data.contacts)) await tx.insert(contacts).values(rows);
    for (const rows of chunks(data.memberships)) await tx.insert(memberships).values(rows);
    // Each area's demo data reads the networks, organisations and contacts written above.
    await seedMeetingsDemo(tx, { now });
    await seedAttendanceDemo(tx, { now });
    await seedSerdDemo(tx, { now });
    return { created: true };
  });
}

async function hasNetworks(db: Db): Promise<boolean> {
  const rows = await db.select({ id: networks.id }).from(networks).limit(1);
  return rows.length > 0;
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

// ---------------------------------------------------------------------------------------------
// The data

function buildDemoData(now: Date, passwordHash: string): DemoData {
  const data: DemoData = {
    users: [],
    networks: [],
    communes: [],
    organisations: [],
    contacts: [],
    memberships: [],
    statusChanges: [],
  };

  const userIds = new Map<string, string>();
  for (const account of demoAccounts) {
    const id = newId();
    userIds.set(account.email, id);
    data.users.push({
      id,
      email: account.email,
      name: account.name,
      passwordHash,
      isPlatformAdmin: account.email === "admin@relais.test",
    });
  }
  const member = (email: string, networkId: string, role: Role, organisationId: string | null = null) => {
    const userId = userIds.get(email);
    if (!userId) throw new Error(`unknown demo account ${email}`);
    data.memberships.push({ id: newId(), userId, networkId, role, organisationId });
  };

  const plp = buildPlpNetwork(data, now);
  member("coordination@plp-demo.test", plp.networkId, "coordinator");
  member("partenaire@plp-demo.test", plp.networkId, "partner", plp.partnerOrganisationId);
  member("ambassadeur@plp-demo.test", plp.networkId, "ambassador", plp.wasteDirectionId);
  member("elu@plp-demo.test", plp.networkId, "elected");

  const amb = buildAmbassadorsNetwork(data, now);
  member("ambassadeur@plp-demo.test", amb.networkId, "ambassador", amb.ambassadorCollectivityId);
  member("coordination@ambassadeurs-demo.test", amb.networkId, "coordinator");

  addDatesAndHistories(data, now, {
    [plp.networkId]: userIds.get("coordination@plp-demo.test") ?? null,
    [amb.networkId]: userIds.get("coordination@ambassadeurs-demo.test") ?? null,
  });
  addSearchText(data);
  return data;
}

/**
 * Creation dates (a contact is created before its last interaction, an organisation before its
 * people) and each organisation's engagement history up to its current status, recorded by the
 * network's coordinator. Its own PRNG: the rest of the demo data does not move when this does.
 */
function addDatesAndHistories(data: DemoData, now: Date, coordinatorOf: Record<string, string | null>) {
  const rng = new Rng(20_151_121);
  const firstContactAt = new Map<string, number>();
  for (const c of data.contacts) {
    const last = c.lastInteractionAt instanceof Date ? c.lastInteractionAt : now;
    const createdAt = daysBefore(last, rng.int(0, 700));
    c.createdAt = createdAt;
    c.updatedAt = last;
    if (c.organisationId) {
      const t = firstContactAt.get(c.organisationId);
      firstContactAt.set(c.organisationId, Math.min(t ?? Infinity, createdAt.getTime()));
    }
  }
  for (const o of data.organisations) {
    const status = o.status ?? "potential";
    const drawn = daysBefore(now, creationDaysAgo(rng, status)).getTime();
    const createdAt = new Date(
      Math.min(drawn, (firstContactAt.get(o.id as string) ?? Infinity) - rng.int(1, 30) * 86_400_000),
    );
    const steps = engagementHistory(rng, status, createdAt, now);
    o.createdAt = createdAt;
    o.updatedAt = steps[steps.length - 1]?.changedAt ?? createdAt;
    for (const step of steps) {
      data.statusChanges.push({
        networkId: o.networkId,
        organisationId: o.id as string,
        changedById: coordinatorOf[o.networkId] ?? null,
        ...step,
      });
    }
  }
}

/** The directory's search text of every organisation and contact, as the app computes it. */
function addSearchText(data: DemoData) {
  const communeName = new Map(data.communes.map((c) => [c.id as string, c.name]));
  const organisationName = new Map(data.organisations.map((o) => [o.id as string, o.name]));
  for (const o of data.organisations) {
    o.searchText = organisationSearchText(o, o.communeId ? communeName.get(o.communeId) : null);
  }
  for (const c of data.contacts) {
    c.searchText = contactSearchText(c, c.organisationId ? organisationName.get(c.organisationId) : null);
  }
}

function addCommunes(data: DemoData, networkId: string, list: CommuneSeed[]) {
  const byName = new Map<string, { id: string; postalCode: string }>();
  for (const c of list) {
    const id = newId();
    byName.set(c.name, { id, postalCode: c.postalCode });
    data.communes.push({ id, networkId, name: c.name, inseeCode: c.inseeCode });
  }
  return byName;
}

/** Engagement statuses: the fixed ones, then the others drawn to reach ~40/25/25/10 %. */
function drawStatuses(rng: Rng, seeds: OrganisationSeed[]): EngagementStatus[] {
  const share: Record<EngagementStatus, number> = {
    potential: 0.4,
    contacted: 0.25,
    engaged: 0.25,
    core: 0.1,
  };
  const remaining = { ...share };
  for (const status of Object.keys(share) as EngagementStatus[]) {
    const fixed = seeds.filter((s) => s.status === status).length;
    remaining[status] = Math.max(0, Math.round(share[status] * seeds.length) - fixed);
  }
  const pool: EngagementStatus[] = [];
  for (const status of Object.keys(remaining) as EngagementStatus[]) {
    for (let i = 0; i < remaining[status]; i++) pool.push(status);
  }
  const drawn = rng.shuffle(pool);
  return seeds.map((s) => s.status ?? drawn.pop() ?? "potential");
}

type PlannedContact = NewContact & { orgStatus: EngagementStatus | null; fixed: boolean };

function buildPlpNetwork(data: DemoData, now: Date) {
  const rng = new Rng(20_140_125);
  const at = clock(now, rng);
  const networkId = newId();
  data.networks.push({
    id: networkId,
    slug: "plp-demo",
    name: "PLP de démonstration",
    territoryLabel: "Agglomération de démonstration (modèle : Mulhouse Alsace Agglomération)",
    brandColor: "#1d5e4e",
  });
  const communeByName = addCommunes(data, networkId, m2aCommunes);

  // Organisations
  const statuses = drawStatuses(rng, plpOrganisations);
  const orgIds = plpOrganisations.map(() => newId());
  plpOrganisations.forEach((seed, i) => {
    const commune = seed.commune ? communeByName.get(seed.commune) : undefined;
    if (seed.commune && !commune) throw new Error(`unknown commune ${seed.commune}`);
    let address = seed.address ?? null;
    if (commune) {
      const street =
        seed.address ??
        (seed.actorType === "municipality"
          ? "1 place de la Mairie"
          : `${rng.int(1, 120)} ${rng.pick(seed.commune === "Mulhouse" ? mulhouseStreets : villageStreets)}`);
      address = `${street}, ${commune.postalCode} ${seed.commune}`;
    }
    const website =
      seed.website === false
        ? null
        : (seed.website ?? (rng.chance(0.6) ? `https://www.${seed.slug}.test` : null));
    data.organisations.push({
      id: orgIds[i],
      networkId,
      name: seed.name,
      actorType: seed.actorType,
      communeId: commune?.id ?? null,
      address,
      website,
      description: seed.description,
      tags: seed.tags,
      status: statuses[i],
      isInternalService: seed.actorType === "internal_service",
    });
  });
  const orgIndex = (name: string) => {
    const i = plpOrganisations.findIndex((s) => s.name === name);
    if (i < 0) throw new Error(`unknown organisation ${name}`);
    return i;
  };
  const wasteDirection = orgIndex(wasteDirectionName);
  const partnerOrg = orgIndex(partnerOrganisationName);

  // Demo users who also appear in the directory.
  const fixedPeople = plpPersonaContacts.map((p) => ({ ...p, org: orgIndex(p.organisation) }));

  // How many generated contacts each organisation gets (fixed roles, else by status).
  const range: Record<EngagementStatus, [number, number]> = {
    potential: [1, 2],
    contacted: [1, 3],
    engaged: [2, 4],
    core: [3, 5],
  };
  const maxFor = (s: OrganisationSeed) =>
    s.actorType === "artist" ? 1 : s.actorType === "reuse_repair_craft" || s.actorType === "resident" ? 2 : 5;
  const counts = plpOrganisations.map((s, i) => {
    if (s.roles) return s.roles.length;
    const [min, max] = range[statuses[i] ?? "potential"];
    return Math.min(maxFor(s), rng.int(min, max));
  });
  const adjustable = plpOrganisations.map((_, i) => i).filter((i) => !plpOrganisations[i]?.roles);
  const total = () => counts.reduce((a, b) => a + b, 0) + fixedPeople.length;
  while (total() < PLP_ORG_CONTACTS) {
    const i = rng.pick(adjustable);
    if ((counts[i] ?? 0) < maxFor(plpOrganisations[i] as OrganisationSeed)) counts[i] = (counts[i] ?? 0) + 1;
  }
  while (total() > PLP_ORG_CONTACTS) {
    const i = rng.pick(adjustable);
    if ((counts[i] ?? 0) > 1) counts[i] = (counts[i] ?? 0) - 1;
  }

  // Contacts
  const people = new People(rng, { female: femaleFirstNames, male: maleFirstNames, last: lastNames }, [
    "03 53 01",
    "06 39 98",
  ]);
  for (const p of fixedPeople) people.reserve(p.firstName, p.lastName, p.email);
  const planned: PlannedContact[] = [];
  for (const p of fixedPeople) {
    planned.push({
      networkId,
      organisationId: orgIds[p.org],
      firstName: p.firstName,
      lastName: p.lastName,
      email: p.email,
      phone: people.phone(),
      jobTitle: p.jobTitle,
      isAmbassador: p.jobTitle === ambassadorJobTitle,
      orgStatus: statuses[p.org] ?? null,
      fixed: true,
    });
  }
  plpOrganisations.forEach((seed, i) => {
    const titles = jobTitlesByType[seed.actorType];
    const domain = `${seed.slug}.test`;
    for (let n = 0; n < (counts[i] ?? 0); n++) {
      const person = people.person();
      const title = seed.roles?.[n] ?? (n === 0 ? titles[0] : rng.pick(titles)) ?? null;
      planned.push({
        networkId,
        organisationId: orgIds[i],
        firstName: person.firstName,
        lastName: person.lastName,
        email: rng.chance(0.95) ? people.email(person.firstName, person.lastName, domain) : null,
        phone: rng.chance(0.6) ? people.phone() : null,
        jobTitle: title ? gendered(title, person.female) : null,
        isAmbassador: title === ambassadorJobTitle,
        orgStatus: statuses[i] ?? null,
        fixed: false,
      });
    }
  });
  for (let n = 0; n < PLP_RESIDENTS; n++) {
    const person = people.person();
    planned.push({
      networkId,
      firstName: person.firstName,
      lastName: person.lastName,
      email: rng.chance(0.8)
        ? people.email(person.firstName, person.lastName, rng.pick(["courriel.test", "messagerie.test"]))
        : null,
      phone: rng.chance(0.4) ? people.phone() : null,
      source: rng.pick(residentSources),
      orgStatus: null,
      fixed: false,
    });
  }

  // Relay actors (trained) among engaged partners; stale contacts for the retention review.
  const orgIdsOfType = (...types: ActorType[]) =>
    new Set(plpOrganisations.flatMap((s, i) => (types.includes(s.actorType) ? [orgIds[i]] : [])));
  const serviceOrgIds = orgIdsOfType("internal_service");
  const notRelayOrgIds = orgIdsOfType("internal_service", "funder_institution");
  const partner = planned.find((c) => c.email === "partenaire@plp-demo.test");
  if (partner) partner.isRelayActor = true;
  const relayPool = planned.filter(
    (c) =>
      !c.fixed &&
      c.organisationId &&
      !notRelayOrgIds.has(c.organisationId) &&
      (c.orgStatus === "engaged" || c.orgStatus === "core"),
  );
  for (const c of rng.shuffle(relayPool).slice(0, PLP_RELAY_ACTORS - 1)) c.isRelayActor = true;
  const stalePool = planned.filter(
    (c) =>
      !c.fixed && !c.isRelayActor && !c.isAmbassador && c.orgStatus !== "core" && c.orgStatus !== "engaged",
  );
  const stale = new Set(rng.shuffle(stalePool).slice(0, PLP_STALE_CONTACTS));

  for (const c of planned) {
    let days: number;
    if (c.fixed) days = rng.int(1, 20);
    else if (stale.has(c)) days = rng.int(3 * 365 + 15, 4 * 365 - 5);
    else if (c.isRelayActor) days = rng.int(5, 300);
    else if (c.isAmbassador) days = rng.int(3, 120);
    else if (c.orgStatus === "core" || c.orgStatus === "engaged") days = rng.int(7, 500);
    else if (c.orgStatus === "contacted") days = rng.int(20, 900);
    else days = rng.int(60, 1050);
    c.lastInteractionAt = at(days);
    const consentAt = () => at(days + rng.int(1, 400));
    const trained = c.isRelayActor === true;
    if (rng.chance(trained ? 0.9 : 0.45)) c.consentNewsletterAt = consentAt();
    if (c.organisationId && rng.chance(trained ? 0.7 : 0.3)) c.consentPublicListingAt = consentAt();
    if (rng.chance(trained ? 0.5 : 0.2)) c.consentPhotosAt = consentAt();
    if (c.source === undefined) {
      c.source = trained
        ? relaySource
        : stale.has(c)
          ? rng.pick(["import fichier 2013", "rencontres têtes de réseau 2013"])
          : c.organisationId && serviceOrgIds.has(c.organisationId)
            ? "annuaire des services"
            : rng.pick(plpSources);
    }
    const { orgStatus: _status, fixed: _fixed, ...row } = c;
    data.contacts.push({ ...row, legalBasis: "public_task" });
  }

  return {
    networkId,
    partnerOrganisationId: orgIds[partnerOrg] as string,
    wasteDirectionId: orgIds[wasteDirection] as string,
  };
}

function buildAmbassadorsNetwork(data: DemoData, now: Date) {
  const rng = new Rng(20_120_101);
  const at = clock(now, rng);
  const networkId = newId();
  data.networks.push({
    id: networkId,
    slug: "ambassadeurs-demo",
    name: "Réseau des ambassadeurs (démo)",
    territoryLabel: "Syndicat de traitement de démonstration — 9 collectivités membres (modèle : SITTOM-MI)",
    brandColor: "#6b2f7a",
  });
  const communeByName = addCommunes(data, networkId, morbihanCommunes);
  const people = new People(
    rng,
    { female: bretonFemaleFirstNames, male: bretonMaleFirstNames, last: bretonLastNames },
    ["02 61 91", "06 39 98"],
  );
  people.reserve("Élodie", "Le Gall", "ambassadeur@plp-demo.test");
  people.reserve("Yann", "Le Floch", "coordination@ambassadeurs-demo.test");

  const addOrganisation = (
    seed: { name: string; commune: string; slug: string; address: string; description: string },
    status: EngagementStatus,
    internal: boolean,
  ) => {
    const commune = communeByName.get(seed.commune);
    if (!commune) throw new Error(`unknown commune ${seed.commune}`);
    const id = newId();
    data.organisations.push({
      id,
      networkId,
      name: seed.name,
      actorType: internal ? "internal_service" : "municipality",
      communeId: commune.id,
      address: `${seed.address}, ${commune.postalCode} ${seed.commune}`,
      website: internal ? null : `https://www.${seed.slug}.test`,
      description: seed.description,
      tags: internal
        ? ["sensibilisation"]
        : ["sensibilisation", rng.pick(["compostage", "réemploi", "zéro déchet"])],
      status,
      isInternalService: internal,
    });
    return id;
  };
  const addContact = (
    organisationId: string,
    domain: string,
    jobTitle: string,
    fixed?: { firstName: string; lastName: string; email: string },
  ) => {
    const person = fixed ? { ...fixed, female: fixed.firstName === "Élodie" } : people.person();
    const isAmbassador = jobTitle === ambassadorJobTitle;
    const days = fixed ? rng.int(1, 15) : rng.int(3, 240);
    const consentAt = () => at(days + rng.int(1, 400));
    data.contacts.push({
      networkId,
      organisationId,
      firstName: person.firstName,
      lastName: person.lastName,
      email: fixed?.email ?? people.email(person.firstName, person.lastName, `${domain}.test`),
      phone: people.phone(),
      jobTitle: gendered(jobTitle, person.female),
      isAmbassador,
      legalBasis: "public_task",
      consentNewsletterAt: rng.chance(0.5) ? consentAt() : null,
      consentPublicListingAt: rng.chance(0.6) ? consentAt() : null,
      consentPhotosAt: rng.chance(isAmbassador ? 0.6 : 0.3) ? consentAt() : null,
      lastInteractionAt: at(days),
      source: rng.pick(ambassadorsNetworkSources),
    });
  };

  const syndicateId = addOrganisation(syndicate, "core", true);
  addContact(syndicateId, syndicate.slug, "Chargé de mission Contrat territorial déchets", {
    firstName: "Yann",
    lastName: "Le Floch",
    email: "coordination@ambassadeurs-demo.test",
  });
  for (const role of syndicate.roles) addContact(syndicateId, syndicate.slug, role);

  let ambassadorCollectivityId: string | undefined;
  for (const seed of memberCollectivities) {
    const id = addOrganisation(seed, seed.status, false);
    const isElodies = seed.name === ambassadorCollectivityName;
    if (isElodies) {
      ambassadorCollectivityId = id;
      addContact(id, seed.slug, ambassadorJobTitle, {
        firstName: "Élodie",
        lastName: "Le Gall",
        email: "ambassadeur@plp-demo.test",
      });
    }
    for (let n = isElodies ? 1 : 0; n < seed.ambassadors; n++) addContact(id, seed.slug, ambassadorJobTitle);
    addContact(id, seed.slug, technicianJobTitle);
  }
  if (!ambassadorCollectivityId) throw new Error(`unknown collectivity ${ambassadorCollectivityName}`);
  return { networkId, ambassadorCollectivityId };
}
