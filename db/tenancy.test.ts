import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "@/test/db";
import { createNetwork, createUser } from "@/test/factories";
import { executeRows } from "./execute";
import { cases } from "./tenancy/cases";
import { errorCode, FOREIGN_KEY_VIOLATION, insertParents, type Parents } from "./tenancy/parents";

// The database itself must refuse a row whose parent belongs to another network, whatever the
// application code does: these inserts bypass every query helper on purpose.

const db = testDb;
let a: Parents;
let b: Parents;
let userId: string;

beforeAll(async () => {
  a = await insertParents(db, (await createNetwork(db)).id);
  b = await insertParents(db, (await createNetwork(db)).id);
  userId = (await createUser(db)).id;
});

describe("composite foreign keys keep every child in its parent's network", () => {
  it.each(cases)("$table: refuses a parent of another network", async ({ insert }) => {
    expect(await errorCode(db.execute(insert(a.networkId, b, { a, userId })))).toBe(FOREIGN_KEY_VIOLATION);
  });

  it.each(cases)("$table: accepts a parent of the same network", async ({ insert }) => {
    expect(await errorCode(db.execute(insert(a.networkId, a, { a, userId })))).toBeUndefined();
  });

  it("covers every foreign key to a network-scoped table, including tables added later", async () => {
    // A foreign key to a table that has network_id must include network_id, or it could cross networks.
    const loose = await executeRows<{ name: string }>(
      db,
      sql`select c.conname as name
          from pg_constraint c
          where c.contype = 'f' and c.connamespace = 'public'::regnamespace
            and exists (select 1 from pg_attribute pa
                        where pa.attrelid = c.confrelid and pa.attname = 'network_id' and not pa.attisdropped)
            and not exists (select 1 from unnest(c.conkey) k
                            join pg_attribute ca on ca.attrelid = c.conrelid and ca.attnum = k
                            where ca.attname = 'network_id')`,
    );
    expect(loose).toEqual([]);
  });
});
