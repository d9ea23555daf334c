import "server-only";
import { and, asc, eq, gte, isNotNull, isNull, lte, or } from "drizzle-orm";
import { organisations, toolItems, toolLoans, toolReservations } from "@/db/schema";
import type { Db } from "@/db/types";
import { addDays, daysInMonth, parisToday } from "@/lib/domain/paris-time";

// One kit's calendar month: what its page renders first and what the calendar refetches
// (GET /api/n/[network]/tools/kits/[id]/calendar) when the user changes month or reserves.

export type ReservationRow = Awaited<ReturnType<typeof listReservations>>[number];

/**
 * Reservations that touch [from, to] (whole days), with their loan if any: one item's calendar
 * (itemId), one borrower's (borrowerOrganisationId), or the whole network's.
 */
export async function listReservations(
  db: Db,
  params: { networkId: string; from: string; to: string; itemId?: string; borrowerOrganisationId?: string },
) {
  return db
    .select({
      id: toolReservations.id,
      itemId: toolReservations.itemId,
      itemName: toolItems.name,
      ownerOrganisationId: toolItems.ownerOrganisationId,
      borrowerOrganisationId: toolReservations.borrowerOrganisationId,
      borrowerName: organisations.name,
      startsOn: toolReservations.startsOn,
      endsOn: toolReservations.endsOn,
      status: toolReservations.status,
      decisionNote: toolReservations.decisionNote,
      loanId: toolLoans.id,
      checkedOutOn: toolLoans.checkedOutOn,
      dueOn: toolLoans.dueOn,
      returnedOn: toolLoans.returnedOn,
      conditionOnReturn: toolLoans.conditionOnReturn,
      remark: toolLoans.remark,
    })
    .from(toolReservations)
    .innerJoin(toolItems, and(eq(toolItems.id, toolReservations.itemId), eq(toolItems.networkId, toolReservations.networkId)))
    .innerJoin(
      organisations,
      and(
        eq(organisations.id, toolReservations.borrowerOrganisationId),
        eq(organisations.networkId, toolReservations.networkId),
      ),
    )
    .leftJoin(toolLoans, eq(toolLoans.reservationId, toolReservations.id))
    .where(
      and(
        eq(toolReservations.networkId, params.networkId),
        params.itemId ? eq(toolReservations.itemId, params.itemId) : undefined,
        params.borrowerOrganisationId
          ? eq(toolReservations.borrowerOrganisationId, params.borrowerOrganisationId)
          : undefined,
        lte(toolReservations.startsOn, params.to),
        // An unreturned loan stays on the calendar past its end.
        or(gte(toolReservations.endsOn, params.from), and(isNotNull(toolLoans.id), isNull(toolLoans.returnedOn))),
      ),
    )
    .orderBy(asc(toolReservations.startsOn), asc(toolReservations.createdAt));
}

export type KitMonthParams = { networkId: string; itemId: string; month?: string; today?: string };

/** The shape the client receives: dates as "YYYY-MM-DD" strings, statuses as keys. */
export type KitMonth = {
  month: string;
  today: string;
  reservations: {
    id: string;
    borrowerName: string;
    startsOn: string;
    endsOn: string;
    status: "requested" | "confirmed" | "refused" | "cancelled";
    loanId: string | null;
    returnedOn: string | null;
  }[];
};

/** The month's requested and confirmed reservations of a kit of the network; undefined when it is not the network's. */
export async function getKitMonth(db: Db, params: KitMonthParams): Promise<KitMonth | undefined> {
  const [item] = await db
    .select({ id: toolItems.id })
    .from(toolItems)
    .where(and(eq(toolItems.id, params.itemId), eq(toolItems.networkId, params.networkId)));
  if (!item) return undefined;
  const today = params.today ?? parisToday();
  const month = params.month ?? today.slice(0, 7);
  const [y, m] = month.split("-").map(Number) as [number, number];
  const from = `${month}-01`;
  const to = addDays(from, daysInMonth(y, m) - 1);
  const rows = await listReservations(db, { networkId: params.networkId, itemId: item.id, from, to });
  return {
    month,
    today,
    reservations: rows
      .filter((r) => r.status === "confirmed" || r.status === "requested")
      .map((r) => ({
        id: r.id,
        borrowerName: r.borrowerName,
        startsOn: r.startsOn,
        endsOn: r.endsOn,
        status: r.status,
        loanId: r.loanId,
        returnedOn: r.returnedOn,
      })),
  };
}

/**
 * One borrower's whole history (newest first): every request and loan of the organisation, past
 * and upcoming, a loan still out after its last day flagged overdue. Undefined: not the network's.
 */
export async function listBorrowerHistory(
  db: Db,
  { networkId, organisationId, today }: { networkId: string; organisationId: string; today: string },
) {
  const [org] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.id, organisationId), eq(organisations.networkId, networkId)));
  if (!org) return undefined;
  const rows = await listReservations(db, { networkId, borrowerOrganisationId: organisationId, from: "2000-01-01", to: "2999-12-31" });
  const owners = new Map(
    (
      await db
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(eq(organisations.networkId, networkId))
    ).map((o) => [o.id, o.name]),
  );
  return {
    organisationName: org.name,
    rows: rows
      .map((r) => ({
        ...r,
        ownerName: owners.get(r.ownerOrganisationId) ?? "",
        overdue: Boolean(r.loanId && !r.returnedOn && (r.dueOn ?? r.endsOn) < today),
      }))
      .reverse(),
  };
}
