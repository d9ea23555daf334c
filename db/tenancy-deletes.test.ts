import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "@/test/db";
import { createNetwork, createUser } from "@/test/factories";
import { executeRows } from "./execute";
import {
  errorCode,
  FOREIGN_KEY_VIOLATION,
  insertParents,
  RESTRICT_VIOLATIONS,
  type Parents,
} from "./tenancy/parents";

// The composite keys delete and update as the single-column keys they replaced did.

const db = testDb;
let b: Parents;

beforeAll(async () => {
  b = await insertParents(db, (await createNetwork(db)).id);
});

describe("delete actions are those of the single-column keys they replace", () => {
  it("deleting an organisation empties the optional links to it but keeps their network", async () => {
    const p = await insertParents(db, (await createNetwork(db)).id);
    const member = await createUser(db);
    await db.execute(sql`insert into memberships (user_id, network_id, role, organisation_id)
      values (${member.id}, ${p.networkId}, 'partner', ${p.organisationId})`);
    await db.execute(
      sql`update contacts set organisation_id = ${p.organisationId} where id = ${p.contactId}`,
    );
    await db.execute(sql`delete from serd_actions where id = ${p.actionId}`); // its lead organisation is "restrict"
    await db.execute(sql`delete from tool_items where id = ${p.itemId}`); // its owner is "restrict" too
    await db.execute(sql`delete from organisations where id = ${p.organisationId}`);

    const [membership] = await executeRows<{ network_id: string; organisation_id: string | null }>(
      db,
      sql`select network_id, organisation_id from memberships where user_id = ${member.id}`,
    );
    expect(membership).toEqual({ network_id: p.networkId, organisation_id: null });
    const [contact] = await executeRows<{ network_id: string; organisation_id: string | null }>(
      db,
      sql`select network_id, organisation_id from contacts where id = ${p.contactId}`,
    );
    expect(contact).toEqual({ network_id: p.networkId, organisation_id: null });
  });

  it("deleting an event deletes its participations and their signatures", async () => {
    const p = await insertParents(db, (await createNetwork(db)).id);
    await db.execute(sql`insert into signatures (network_id, participation_id, half_day, method)
      values (${p.networkId}, ${p.participationId}, 'pm', 'paper')`);
    await db.execute(sql`delete from events where id = ${p.eventId}`);

    const [left] = await executeRows<{ participations: number; signatures: number }>(
      db,
      sql`select (select count(*)::int from participations where id = ${p.participationId}) as participations,
                 (select count(*)::int from signatures where participation_id = ${p.participationId}) as signatures`,
    );
    expect(left).toEqual({ participations: 0, signatures: 0 });
  });

  it("an organisation that leads a SERD action cannot be deleted", async () => {
    const p = await insertParents(db, (await createNetwork(db)).id);
    expect(RESTRICT_VIOLATIONS).toContain(
      await errorCode(db.execute(sql`delete from organisations where id = ${p.organisationId}`)),
    );
    const [left] = await executeRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from organisations where id = ${p.organisationId}`,
    );
    expect(left?.n).toBe(1);
  });

  it("a parent cannot move to another network while it has children", async () => {
    const p = await insertParents(db, (await createNetwork(db)).id);
    expect(
      await errorCode(db.execute(sql`update events set network_id = ${b.networkId} where id = ${p.eventId}`)),
    ).toBe(FOREIGN_KEY_VIOLATION);
  });
});
