// Shared by the small demo networks modelled on a seed fiche (Grand Rodez, Marseille Provence):
// their directory rows in memory, with creation dates set before the fiche's first event so that
// the yearly directory figures hold them, and the records written afterwards through the features.

import { and, eq } from "drizzle-orm";
import { contacts, memberships, networks, organisations, users } from "@/db/schema";
import type { Db } from "@/db/types";
import type { ActorType, EngagementStatus, NetworkKind } from "@/lib/domain/enums";
import { parisToday } from "@/lib/domain/paris-time";
import type { CommuneSeed } from "../data/communes";
import { gendered, newId, type Rng } from "../data/generators";
import { addCommunes, type DemoData } from "../demo-data";

export type OrgSeed = {
  key: string;
  name: string;
  actorType: ActorType;
  commune: string;
  status: EngagementStatus;
  description: string;
  /** People: [first name, last name, job title "masculine|feminine", female]. */
  people: [string, string, string, boolean][];
};

const slug = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, "-");

/** A demo person's address: first.last@organisation-key.domain. */
export const emailFor = (orgKey: string, firstName: string, lastName: string, domain: string) =>
  `${slug(firstName)}.${slug(lastName)}@${orgKey}.${domain}`;

/** Finds the seeded contact of "organisation key/last name" among `rows` (by their address). */
export function personFinder(
  organisations: OrgSeed[],
  domain: string,
  rows: { id: string; email: string | null; organisationId: string | null; actorType: string | null }[],
) {
  const byEmail = new Map(rows.map((r) => [r.email, r]));
  return (key: string) => {
    const [orgKey, last] = key.split("/");
    const seed = organisations.find((o) => o.key === orgKey)?.people.find((p) => p[1] === last);
    const row = seed && byEmail.get(emailFor(orgKey!, seed[0], seed[1], domain));
    if (!row) throw new Error(`demo: unknown person ${key}`);
    return { id: row.id, organisationId: row.organisationId, actorType: row.actorType, isAmbassador: false };
  };
}

/** Pushes a network, its communes, organisations and people; returns their ids by key. */
export function addNetwork(
  data: DemoData,
  rng: Rng,
  now: Date,
  n: {
    slug: string;
    name: string;
    territoryLabel: string;
    brandColor: string;
    kind: NetworkKind;
    communes: CommuneSeed[];
    organisations: OrgSeed[];
    /** When the directory was started (organisations and people are created from then on). */
    since: Date;
    domain: string;
  },
) {
  const networkId = newId();
  data.networks.push({
    id: networkId,
    slug: n.slug,
    name: n.name,
    territoryLabel: n.territoryLabel,
    brandColor: n.brandColor,
    kind: n.kind,
  });
  const communeByName = addCommunes(data, networkId, n.communes);
  const orgIds = new Map<string, string>();
  const emails = new Set<string>();
  for (const o of n.organisations) {
    const commune = communeByName.get(o.commune);
    if (!commune) throw new Error(`unknown commune ${o.commune}`);
    const id = newId();
    orgIds.set(o.key, id);
    const createdAt = new Date(n.since.getTime() + rng.int(0, 40) * 86_400_000);
    data.organisations.push({
      id,
      networkId,
      name: o.name,
      actorType: o.actorType,
      communeId: commune.id,
      address: `${rng.int(1, 40)} place de la Mairie, ${commune.postalCode} ${o.commune}`,
      website: null,
      description: o.description,
      tags: [],
      status: o.status,
      isInternalService: o.actorType === "internal_service",
      createdAt,
    });
    for (const [firstName, lastName, jobTitle, female] of o.people) {
      const email = emailFor(o.key, firstName, lastName, n.domain);
      if (emails.has(email)) throw new Error(`duplicate demo email ${email}`);
      emails.add(email);
      data.contacts.push({
        networkId,
        organisationId: id,
        firstName,
        lastName,
        email,
        jobTitle: gendered(jobTitle, female),
        legalBasis: "public_task",
        source: "annuaire des services",
        createdAt: new Date(createdAt.getTime() + rng.int(1, 20) * 86_400_000),
        // Still in touch with the network today: nobody is due for the GDPR retention review.
        lastInteractionAt: new Date(now.getTime() - rng.int(5, 200) * 86_400_000),
      });
    }
  }
  return { networkId, orgIds };
}

/** Coordinator scope of a seeded network, for the features' mutations. */
export async function coordinatorScope(db: Db, slug: string, now: Date) {
  const [row] = await db
    .select({ networkId: networks.id, userId: memberships.userId })
    .from(networks)
    .innerJoin(memberships, and(eq(memberships.networkId, networks.id), eq(memberships.role, "coordinator")))
    .where(eq(networks.slug, slug))
    .limit(1);
  if (!row) return null;
  return { networkId: row.networkId, userId: row.userId, today: parisToday(now), personId: null };
}

/** The network's people keyed by "organisation key/last name" (emails are built from both). */
export async function peopleOf(db: Db, networkId: string) {
  const rows = await db
    .select({
      id: contacts.id,
      organisationId: contacts.organisationId,
      email: contacts.email,
      lastName: contacts.lastName,
      actorType: organisations.actorType,
      isAmbassador: contacts.isAmbassador,
    })
    .from(contacts)
    .leftJoin(organisations, eq(organisations.id, contacts.organisationId))
    .where(eq(contacts.networkId, networkId))
    .orderBy(contacts.email);
  return rows;
}

/** The user id of a demo account. */
export async function userIdOf(db: Db, email: string) {
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return u!.id;
}
