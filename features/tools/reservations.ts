import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { events, organisations, serdActions, toolItems, toolLoans, toolReservations } from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import { addDays, parisToday } from "@/lib/domain/paris-time";
import type { ItemCondition } from "@/lib/domain/tools";
import { maxDaysAhead } from "./constants";
import type { ReservationRequestInput } from "./schemas";

// Reservations and loans of kits. Confirmed periods of one item never overlap: the exclusion
// constraint tool_reservations_no_overlap decides, so two owners confirming at the same moment
// cannot both succeed; the loser is told which period is already taken.

type Scope = { networkId: string; userId: string | null };
/** Who acts: the coordinator acts for any organisation, others for their own. */
export type Actor = Scope & { organisationId: string | null; isCoordinator: boolean };

const field = (name: string, key: string) =>
  new ActionError("invalid_input", `tools.validation.${key}`, { [name]: `tools.validation.${key}` });

const EXCLUSION_VIOLATION = "23P01";
function isExclusionViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === EXCLUSION_VIOLATION) return true;
  }
  return false;
}

/** Number of days of [start, end], both included. */
export function dayCount(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
}

async function itemOf(db: Db, networkId: string, itemId: string) {
  const [item] = await db
    .select()
    .from(toolItems)
    .where(and(eq(toolItems.id, itemId), eq(toolItems.networkId, networkId)));
  if (!item) throw new ActionError("not_found");
  return item;
}

function assertOwner(actor: Actor, ownerOrganisationId: string) {
  if (!actor.isCoordinator && actor.organisationId !== ownerOrganisationId)
    throw new ActionError("forbidden", "tools.errors.notOwner");
}

/** A confirmed reservation of the item that overlaps [startsOn, endsOn], if any. */
async function overlapping(db: Db, networkId: string, itemId: string, startsOn: string, endsOn: string) {
  const [row] = await db
    .select({ startsOn: toolReservations.startsOn, endsOn: toolReservations.endsOn })
    .from(toolReservations)
    .where(
      and(
        eq(toolReservations.networkId, networkId),
        eq(toolReservations.itemId, itemId),
        eq(toolReservations.status, "confirmed"),
        sql`daterange(${toolReservations.startsOn}, ${toolReservations.endsOn}, '[]') && daterange(${startsOn}::date, ${endsOn}::date, '[]')`,
      ),
    )
    .limit(1);
  return row;
}

/** A member asks for an item over whole days; the owner will confirm or refuse. */
export async function requestReservation(
  db: Db,
  actor: Actor,
  input: ReservationRequestInput,
  today = parisToday(),
): Promise<{ id: string }> {
  const item = await itemOf(db, actor.networkId, input.itemId);
  const borrower = actor.isCoordinator ? (input.borrowerOrganisationId ?? actor.organisationId) : actor.organisationId;
  if (!borrower) throw field("borrowerOrganisationId", "borrowerRequired");
  if (!item.lendable) throw new ActionError("conflict", "tools.errors.notLendable");
  if (input.startsOn < today) throw field("startsOn", "pastDate");
  if (input.startsOn > addDays(today, maxDaysAhead)) throw field("startsOn", "tooFarAhead");
  if (input.endsOn < input.startsOn) throw field("endsOn", "endBeforeStart");
  if (dayCount(input.startsOn, input.endsOn) > item.maxLoanDays) throw field("endsOn", "tooLong");
  const [org] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.id, borrower), eq(organisations.networkId, actor.networkId)));
  if (!org) throw field("borrowerOrganisationId", "unknownOrganisation");
  if (input.eventId) {
    const [e] = await db
      .select({ id: events.id })
      .from(events)
      .where(and(eq(events.id, input.eventId), eq(events.networkId, actor.networkId)));
    if (!e) throw field("eventId", "unknownEvent");
  }
  if (input.serdActionId) {
    const [a] = await db
      .select({ id: serdActions.id })
      .from(serdActions)
      .where(and(eq(serdActions.id, input.serdActionId), eq(serdActions.networkId, actor.networkId)));
    if (!a) throw field("serdActionId", "unknownSerdAction");
  }
  const taken = await overlapping(db, actor.networkId, item.id, input.startsOn, input.endsOn);
  if (taken) throw field("startsOn", "periodTaken");
  const [row] = await db
    .insert(toolReservations)
    .values({
      networkId: actor.networkId,
      itemId: item.id,
      borrowerOrganisationId: borrower,
      requestedById: actor.userId,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      eventId: input.eventId,
      serdActionId: input.serdActionId,
    })
    .returning({ id: toolReservations.id });
  return row!;
}

/**
 * The owner confirms or refuses a request. Confirming a period that overlaps an already
 * confirmed one is refused by the database; the request stays open and the owner is told.
 */
export async function decideReservation(
  db: Db,
  actor: Actor,
  { id, decision, note }: { id: string; decision: "confirm" | "refuse"; note: string | null },
): Promise<{ status: "confirmed" | "refused" }> {
  const [r] = await db
    .select({ id: toolReservations.id, itemId: toolReservations.itemId, status: toolReservations.status })
    .from(toolReservations)
    .where(and(eq(toolReservations.id, id), eq(toolReservations.networkId, actor.networkId)));
  if (!r) throw new ActionError("not_found");
  const item = await itemOf(db, actor.networkId, r.itemId);
  assertOwner(actor, item.ownerOrganisationId);
  const status = decision === "confirm" ? ("confirmed" as const) : ("refused" as const);
  try {
    const [row] = await db
      .update(toolReservations)
      .set({ status, decisionNote: note, decidedById: actor.userId, decidedAt: new Date() })
      .where(
        and(
          eq(toolReservations.id, id),
          eq(toolReservations.networkId, actor.networkId),
          eq(toolReservations.status, "requested"),
        ),
      )
      .returning({ id: toolReservations.id });
    if (!row) throw new ActionError("conflict", "tools.errors.alreadyDecided");
  } catch (error) {
    if (isExclusionViolation(error)) throw new ActionError("conflict", "tools.errors.periodTaken");
    throw error;
  }
  return { status };
}

/**
 * A member's request confirmed at once (the owner asking for their own kit, or the coordinator
 * lending on behalf of the owner): one insert, the database refuses an overlap.
 */
export async function reserveConfirmed(db: Db, actor: Actor, input: ReservationRequestInput, today?: string) {
  const { id } = await requestReservation(db, actor, input, today);
  return decideReservation(db, actor, { id, decision: "confirm", note: null }).then((r) => ({ id, ...r }));
}

/** The kit leaves its owner for a confirmed reservation. */
export async function checkOut(
  db: Db,
  actor: Actor,
  input: { reservationId: string; checkedOutOn: string; condition: ItemCondition; remark: string | null },
): Promise<{ id: string }> {
  const [r] = await db
    .select()
    .from(toolReservations)
    .where(and(eq(toolReservations.id, input.reservationId), eq(toolReservations.networkId, actor.networkId)));
  if (!r) throw new ActionError("not_found");
  const item = await itemOf(db, actor.networkId, r.itemId);
  assertOwner(actor, item.ownerOrganisationId);
  if (r.status !== "confirmed") throw new ActionError("conflict", "tools.errors.notConfirmed");
  if (input.checkedOutOn > r.endsOn) throw field("checkedOutOn", "afterEnd");
  const [row] = await db
    .insert(toolLoans)
    .values({
      networkId: actor.networkId,
      reservationId: r.id,
      itemId: r.itemId,
      checkedOutOn: input.checkedOutOn,
      dueOn: r.endsOn,
      conditionOut: input.condition,
      remark: input.remark,
      nextReminderOn: addDays(r.endsOn, -1),
      checkedOutById: actor.userId,
    })
    .onConflictDoNothing()
    .returning({ id: toolLoans.id });
  if (!row) throw new ActionError("conflict", "tools.errors.alreadyOut");
  return row;
}

/** The kit comes back: its condition on return becomes the item's condition. */
export async function returnLoan(
  db: Db,
  actor: Actor,
  input: { loanId: string; returnedOn: string; condition: ItemCondition; remark: string | null },
): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const [loan] = await tx
      .select()
      .from(toolLoans)
      .where(and(eq(toolLoans.id, input.loanId), eq(toolLoans.networkId, actor.networkId)))
      .for("update");
    if (!loan) throw new ActionError("not_found");
    const item = await itemOf(tx, actor.networkId, loan.itemId);
    assertOwner(actor, item.ownerOrganisationId);
    if (loan.returnedOn) throw new ActionError("conflict", "tools.errors.alreadyReturned");
    if (input.returnedOn < loan.checkedOutOn) throw field("returnedOn", "returnBeforeCheckOut");
    await tx
      .update(toolLoans)
      .set({
        returnedOn: input.returnedOn,
        conditionOnReturn: input.condition,
        remark: input.remark ?? loan.remark,
        nextReminderOn: null,
        returnedById: actor.userId,
      })
      .where(eq(toolLoans.id, loan.id));
    await tx.update(toolItems).set({ condition: input.condition }).where(eq(toolItems.id, item.id));
    return { id: loan.id };
  });
}
