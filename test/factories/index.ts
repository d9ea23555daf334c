import { randomUUID } from "node:crypto";
import { communes, contacts, memberships, networks, organisations, users } from "@/db/schema";
import type { Db } from "@/db/types";
import { hashPassword } from "@/server/auth/password";
import type { ActorType, Role } from "@/lib/domain/enums";
import { normaliseForSearch } from "@/lib/domain/search";
import { contactSearchText } from "@/features/directory/mutations";

const unique = () => randomUUID().slice(0, 8);
let passwordHash: Promise<string> | undefined;
export const factoryPassword = "correct horse battery";

export async function createUser(db: Db, over: Partial<typeof users.$inferInsert> = {}) {
  passwordHash ??= hashPassword(factoryPassword);
  const [row] = await db
    .insert(users)
    .values({
      email: `user-${unique()}@example.test`,
      name: "Camille Test",
      passwordHash: await passwordHash,
      ...over,
    })
    .returning();
  return row!;
}

export async function createNetwork(db: Db, over: Partial<typeof networks.$inferInsert> = {}) {
  const slug = over.slug ?? `reseau-${unique()}`;
  const [row] = await db
    .insert(networks)
    .values({ name: `Réseau ${slug}`, slug, ...over })
    .returning();
  return row!;
}

export async function createOrganisation(
  db: Db,
  over: Partial<typeof organisations.$inferInsert> & { networkId: string },
) {
  const name = over.name ?? `Structure ${unique()}`;
  const [row] = await db
    .insert(organisations)
    .values({
      name,
      actorType: "env_association" as ActorType,
      searchText: normaliseForSearch(name),
      ...over,
    })
    .returning();
  return row!;
}

export async function addMember(
  db: Db,
  args: { userId: string; networkId: string; role: Role; organisationId?: string | null },
) {
  const [row] = await db.insert(memberships).values(args).returning();
  return row!;
}

/** A network with one user per role (the partner and ambassador tied to an organisation). */
export async function createNetworkWithRoles(db: Db, over: Partial<typeof networks.$inferInsert> = {}) {
  const network = await createNetwork(db, over);
  const organisation = await createOrganisation(db, { networkId: network.id });
  const people = {} as Record<Role, Awaited<ReturnType<typeof createUser>>>;
  for (const role of ["coordinator", "partner", "ambassador", "elected"] as const) {
    people[role] = await createUser(db, { name: `${role} ${network.slug}` });
    await addMember(db, {
      userId: people[role].id,
      networkId: network.id,
      role,
      organisationId: role === "partner" || role === "ambassador" ? organisation.id : null,
    });
  }
  return { network, organisation, ...people };
}

let contactCount = 0;

/** A contact of the directory, numbered (Léa1 Martin1, Léa2 Martin2…) and searchable like one saved by the app. */
export async function insertContact(
  db: Db,
  over: Partial<typeof contacts.$inferInsert> & { networkId: string },
  organisationName?: string | null,
) {
  contactCount += 1;
  const values = {
    firstName: `Léa${contactCount}`,
    lastName: `Martin${contactCount}`,
    email: `lea.martin${contactCount}-${unique()}@exemple.test`,
    ...over,
  };
  const [row] = await db
    .insert(contacts)
    .values({
      ...values,
      searchText: contactSearchText(
        { jobTitle: null, ...values, email: values.email ?? null },
        organisationName,
      ),
    })
    .returning();
  return row!;
}

/** Communes of a network, by name (INSEE codes 68000, 68001… unless given). */
export async function insertCommunes(
  db: Db,
  networkId: string,
  specs: (string | { name: string; inseeCode: string })[],
) {
  return db
    .insert(communes)
    .values(
      specs.map((spec, i) =>
        typeof spec === "string" ? { networkId, name: spec, inseeCode: String(68_000 + i) } : { networkId, ...spec },
      ),
    )
    .returning();
}
