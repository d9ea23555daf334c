// Loads the demo networks into the database (migrating it first).
// Usage: npx tsx --conditions=react-server scripts/db-seed.ts
// Reads DATABASE_URL (PostgreSQL) or PGLITE_DIR (embedded PGlite, default .data/pglite).

import { openDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { communes, contacts, memberships, networks, organisations, users } from "@/db/schema";
import { seedDemo } from "@/scripts/seed/index";
import type { Db } from "@/db/types";

async function countRows(db: Db) {
  return {
    networks: await db.$count(networks),
    communes: await db.$count(communes),
    organisations: await db.$count(organisations),
    contacts: await db.$count(contacts),
    users: await db.$count(users),
    memberships: await db.$count(memberships),
  };
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL || undefined;
  const handle = openDb({ url, pgliteDir: process.env.PGLITE_DIR ?? ".data/pglite" });
  try {
    await migrateDatabase(handle, url);
    const started = Date.now();
    const { created } = await seedDemo(handle.db);
    const ms = Date.now() - started;
    const c = await countRows(handle.db);
    const counts =
      `${c.networks} réseaux/networks, ${c.communes} communes, ${c.organisations} structures/organisations, ` +
      `${c.contacts} personnes/contacts, ${c.users} comptes/users, ${c.memberships} adhésions/memberships`;
    console.log(
      created
        ? `Données de démonstration créées / Demo data created in ${ms} ms: ${counts}.`
        : `Base déjà initialisée, rien à faire / Already seeded, nothing to do: ${counts}.`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error("Échec du chargement des données de démonstration / Demo seed failed:", error);
  process.exitCode = 1;
});
