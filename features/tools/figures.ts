import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { organisations, toolItems, toolLoans, toolReservations, toolResourceDownloads, toolResources } from "@/db/schema";
import type { Db } from "@/db/types";
import { executeRows } from "@/db/execute";

// Figures of the shared tools for the dashboards: each is a count over recorded rows. Days lent
// count from check-out to return (or to `today` for a loan still out), both days included.

export type ToolFigureParams = { networkId: string; today: string };

export async function toolFigures(db: Db, { networkId, today }: ToolFigureParams) {
  const resourcesByOrganisationAndKind = await db
    .select({
      organisationName: sql<string | null>`${organisations.name}`,
      kind: toolResources.kind,
      resources: sql<number>`count(*)::int`,
    })
    .from(toolResources)
    .leftJoin(
      organisations,
      and(eq(organisations.id, toolResources.ownerOrganisationId), eq(organisations.networkId, toolResources.networkId)),
    )
    .where(and(eq(toolResources.networkId, networkId), eq(toolResources.status, "published")))
    .groupBy(organisations.name, toolResources.kind)
    .orderBy(organisations.name, toolResources.kind);

  const [{ downloads }] = (await db
    .select({ downloads: sql<number>`count(*)::int` })
    .from(toolResourceDownloads)
    .where(eq(toolResourceDownloads.networkId, networkId))) as [{ downloads: number }];

  const daysLent = sql<number>`coalesce(sum((coalesce(${toolLoans.returnedOn}, least(${today}::date, greatest(${toolLoans.checkedOutOn}, ${today}::date))) - ${toolLoans.checkedOutOn}) + 1), 0)::int`;

  const loansPerItem = await db
    .select({
      itemId: toolItems.id,
      itemName: toolItems.name,
      loans: sql<number>`count(${toolLoans.id})::int`,
      daysLent,
    })
    .from(toolItems)
    .leftJoin(toolLoans, eq(toolLoans.itemId, toolItems.id))
    .where(eq(toolItems.networkId, networkId))
    .groupBy(toolItems.id, toolItems.name)
    .orderBy(toolItems.name);

  const loansPerBorrower = await db
    .select({
      organisationName: organisations.name,
      loans: sql<number>`count(*)::int`,
      daysLent,
    })
    .from(toolLoans)
    .innerJoin(toolReservations, eq(toolReservations.id, toolLoans.reservationId))
    .innerJoin(
      organisations,
      and(
        eq(organisations.id, toolReservations.borrowerOrganisationId),
        eq(organisations.networkId, toolReservations.networkId),
      ),
    )
    .where(eq(toolLoans.networkId, networkId))
    .groupBy(organisations.name)
    .orderBy(organisations.name);

  const overdue = await executeRows<{ itemName: string; dueOn: string; borrowerName: string }>(
    db,
    sql`select i.name as "itemName", l.due_on::text as "dueOn", o.name as "borrowerName"
        from tool_loans l
        join tool_items i on i.id = l.item_id
        join tool_reservations r on r.id = l.reservation_id
        join organisations o on o.id = r.borrower_organisation_id
        where l.network_id = ${networkId} and l.returned_on is null and l.due_on < ${today}::date
        order by l.due_on`,
  );

  return {
    resourcesByOrganisationAndKind,
    downloads,
    loansPerItem,
    loansPerBorrower,
    itemsNeverLent: loansPerItem.filter((i) => i.loans === 0).map((i) => i.itemName),
    overdue,
  };
}
