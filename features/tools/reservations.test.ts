import { drizzle } from "drizzle-orm/postgres-js";
import { eq } from "drizzle-orm";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import { toolReservations } from "@/db/schema";
import type { Db } from "@/db/types";
import { addDays } from "@/lib/domain/paris-time";
import { rawEnv } from "@/server/env";
import { runAction } from "@/test/actions";
import { testHandle, testDb as db } from "@/test/db";
import { addMember, createNetworkWithRoles, createOrganisation, createUser } from "@/test/factories";
import { checkOutAction, decideReservationAction, requestReservationAction, returnLoanAction } from "./actions";
import { addItem } from "./items";
import { toolFigures } from "./figures";
import { listReservations } from "./queries";
import { checkOut, decideReservation, requestReservation, returnLoan, type Actor } from "./reservations";

const onPostgres = Boolean(rawEnv("TEST_DATABASE_URL"));
const today = "2026-12-07";

/** A network whose ambassador's organisation owns a sorting game, and a borrowing commune with its partner. */
async function setUp() {
  const n = await createNetworkWithRoles(db);
  const commune = await createOrganisation(db, { networkId: n.network.id, name: "Commune de Riom", actorType: "municipality" });
  const borrower = await createUser(db, { name: "Agent de Riom" });
  await addMember(db, { userId: borrower.id, networkId: n.network.id, role: "ambassador", organisationId: commune.id });
  const owner: Actor = { networkId: n.network.id, userId: n.ambassador.id, organisationId: n.organisation.id, isCoordinator: false };
  const { id: itemId } = await addItem(db, owner, {
    name: "Jeu du tri",
    description: null,
    components: ["Plateau", "Cartes"],
    ownerOrganisationId: null,
    location: "Siège",
    condition: "good",
    maxLoanDays: 10,
    lendable: true,
    instructionsResourceId: null,
  });
  const borrowerActor: Actor = { networkId: n.network.id, userId: borrower.id, organisationId: commune.id, isCoordinator: false };
  return { n, commune, borrower, owner, borrowerActor, itemId };
}

const ask = (itemId: string, startsOn: string, endsOn: string) => ({
  itemId,
  startsOn,
  endsOn,
  borrowerOrganisationId: null,
  eventId: null,
  serdActionId: null,
});

describe("reservations", () => {
  it("a member asks, the owner confirms; an overlapping request is refused, a later one accepted", async () => {
    const s = await setUp();
    const first = await requestReservation(db, s.borrowerActor, ask(s.itemId, "2026-12-14", "2026-12-18"), today);
    const second = await requestReservation(db, s.owner, ask(s.itemId, "2026-12-16", "2026-12-20"), today);
    expect(await decideReservation(db, s.owner, { id: first.id, decision: "confirm", note: null })).toEqual({ status: "confirmed" });
    // The second request was made before the first was confirmed: confirming it now hits the constraint.
    await expect(decideReservation(db, s.owner, { id: second.id, decision: "confirm", note: null })).rejects.toMatchObject({
      messageKey: "tools.errors.periodTaken",
    });
    // A new request over taken days is refused at once, with the field to fix.
    await expect(requestReservation(db, s.borrowerActor, ask(s.itemId, "2026-12-18", "2026-12-19"), today)).rejects.toMatchObject({
      fieldKeys: { startsOn: "tools.validation.periodTaken" },
    });
    const later = await requestReservation(db, s.borrowerActor, ask(s.itemId, "2026-12-19", "2026-12-20"), today);
    expect(await decideReservation(db, s.owner, { id: later.id, decision: "confirm", note: null })).toEqual({ status: "confirmed" });
  });

  it("refuses past dates, periods over the maximum, a borrower deciding, and an item of another network", async () => {
    const s = await setUp();
    const other = await setUp();
    await expect(requestReservation(db, s.borrowerActor, ask(s.itemId, "2026-12-01", "2026-12-02"), today)).rejects.toMatchObject({
      fieldKeys: { startsOn: "tools.validation.pastDate" },
    });
    await expect(requestReservation(db, s.borrowerActor, ask(s.itemId, "2026-12-10", "2026-12-25"), today)).rejects.toMatchObject({
      fieldKeys: { endsOn: "tools.validation.tooLong" },
    });
    await expect(requestReservation(db, s.borrowerActor, ask(s.itemId, "2026-12-10", "2026-12-09"), today)).rejects.toMatchObject({
      fieldKeys: { endsOn: "tools.validation.endBeforeStart" },
    });
    await expect(requestReservation(db, s.borrowerActor, ask(other.itemId, "2026-12-10", "2026-12-11"), today)).rejects.toMatchObject({
      code: "not_found",
    });
    const r = await requestReservation(db, s.borrowerActor, ask(s.itemId, "2026-12-10", "2026-12-11"), today);
    await expect(decideReservation(db, s.borrowerActor, { id: r.id, decision: "confirm", note: null })).rejects.toMatchObject({
      code: "forbidden",
    });
    const elected = await runAction(requestReservationAction, {
      db,
      userId: s.n.elected.id,
      networkSlug: s.n.network.slug,
      input: ask(s.itemId, addDays(today, 30), addDays(today, 31)),
    });
    expect(elected).toMatchObject({ ok: false, code: "forbidden" });
    const foreign = await runAction(decideReservationAction, {
      db,
      userId: other.n.coordinator.id,
      networkSlug: other.n.network.slug,
      input: { id: r.id, decision: "confirm" },
    });
    expect(foreign).toMatchObject({ ok: false, code: "not_found" });
  });

  it("checks out and takes back; a return before the check-out is refused; figures count the days", async () => {
    const s = await setUp();
    const r = await requestReservation(db, s.borrowerActor, ask(s.itemId, "2026-12-08", "2026-12-10"), today);
    await decideReservation(db, s.owner, { id: r.id, decision: "confirm", note: null });
    const loan = await checkOut(db, s.owner, { reservationId: r.id, checkedOutOn: "2026-12-08", condition: "good", remark: null });
    const early = await runAction(returnLoanAction, {
      db,
      userId: s.n.ambassador.id,
      networkSlug: s.n.network.slug,
      input: { loanId: loan.id, returnedOn: "2026-12-07", condition: "good" },
    });
    expect(early).toMatchObject({ ok: false, fieldErrors: { returnedOn: [expect.any(String)] } });
    await returnLoan(db, s.owner, { loanId: loan.id, returnedOn: "2026-12-11", condition: "worn", remark: "Une carte manque" });
    const again = await runAction(checkOutAction, {
      db,
      userId: s.n.ambassador.id,
      networkSlug: s.n.network.slug,
      input: { reservationId: r.id, checkedOutOn: "2026-12-08", condition: "good" },
    });
    expect(again).toMatchObject({ ok: false, code: "conflict" });
    const rows = await listReservations(db, { networkId: s.n.network.id, from: "2026-12-01", to: "2026-12-31", borrowerOrganisationId: s.commune.id });
    expect(rows.map((x) => [x.startsOn, x.status, x.returnedOn, x.conditionOnReturn])).toEqual([
      ["2026-12-08", "confirmed", "2026-12-11", "worn"],
    ]);
    const f = await toolFigures(db, { networkId: s.n.network.id, today: "2026-12-20" });
    expect(f.loansPerItem).toEqual([{ itemId: s.itemId, itemName: "Jeu du tri", loans: 1, daysLent: 4 }]);
    expect(f.loansPerBorrower).toEqual([{ organisationName: "Commune de Riom", loans: 1, daysLent: 4 }]);
    expect(f.overdue).toEqual([]);
  });
});

describe("reservations at the same moment", () => {
  it.skipIf(!onPostgres)("50 overlapping requests confirmed at once for one item: exactly one confirmed", async () => {
    const s = await setUp();
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) {
      const start = addDays("2026-12-14", i % 5);
      ids.push((await requestReservation(db, s.borrowerActor, ask(s.itemId, start, addDays(start, 4)), today)).id);
    }
    const sql = postgres(testHandle.url!, { max: 50, onnotice: () => {} });
    const pool = drizzle(sql, { schema, casing: "snake_case" }) as unknown as Db;
    try {
      const results = await Promise.allSettled(
        ids.map((id) => decideReservation(pool, s.owner, { id, decision: "confirm", note: null })),
      );
      const fulfilled = results.filter((r) => r.status === "fulfilled");
      const refused = results.filter(
        (r) => r.status === "rejected" && (r.reason as { messageKey?: string }).messageKey === "tools.errors.periodTaken",
      );
      expect(fulfilled).toHaveLength(1);
      expect(refused).toHaveLength(49);
    } finally {
      await sql.end();
    }
    const confirmed = await db.select().from(toolReservations).where(eq(toolReservations.status, "confirmed"));
    expect(confirmed.filter((r) => r.itemId === s.itemId)).toHaveLength(1);
  });

  it.skipIf(!onPostgres)("50 members asking and confirming their own overlapping requests at once: one wins", async () => {
    const s = await setUp();
    const sql = postgres(testHandle.url!, { max: 50, onnotice: () => {} });
    const pool = drizzle(sql, { schema, casing: "snake_case" }) as unknown as Db;
    try {
      const results = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) =>
          requestReservation(pool, s.owner, ask(s.itemId, addDays("2026-12-14", i % 3), addDays("2026-12-16", i % 3)), today).then(
            ({ id }) => decideReservation(pool, s.owner, { id, decision: "confirm", note: null }),
          ),
        ),
      );
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      for (const r of results) {
        if (r.status === "rejected") expect(["tools.errors.periodTaken", "tools.validation.periodTaken"]).toContain(r.reason.messageKey);
      }
    } finally {
      await sql.end();
    }
  });
});
