// Demo data: four isolated networks (the two main ones and two small ones from the seed fiches), ~110 organisations with their engagement histories, ~280
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
import { seedToolsDemo } from "./data/tools";
import { seedDashboardsDemo } from "./data/dashboards";
import { seedTrainingDemo } from "./data/training";
import { seedExchangeRecords } from "./networks/grand-rodez";
import { seedInternalRecords } from "./networks/marseille-provence";

import { demoAccounts, demoPassword } from "./accounts";
import { buildDemoData } from "./directory";

export { demoAccounts, demoPassword } from "./accounts";

const SEED_LOCK = 724_311_002; // advisory lock: two processes starting together seed once
const CHUNK = 500;

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
    await seedToolsDemo(tx, { now });
    await seedDashboardsDemo(tx, { now });
    await seedTrainingDemo(tx, { now });
    await seedExchangeRecords(tx, { now });
    await seedInternalRecords(tx, { now });
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
