import "server-only";
import { and, asc, desc, eq, gte, inArray, sql } from "drizzle-orm";
import { events, serdActions, serdEditions, toolResources } from "@/db/schema";
import type { Db } from "@/db/types";

// Where a kit or a resource is used: the meetings, SERD actions and training modules a loan or
// an attachment may name. Read straight from those tables (ids and titles only) so that the
// tools area needs nothing more from meetings, serd or training than their schema.

/** Meetings from a month ago on, SERD actions of editions not over, for the loan form. */
export async function listUseTargets(db: Db, { networkId, today }: { networkId: string; today: string }) {
  const since = new Date(Date.parse(`${today}T00:00:00Z`) - 31 * 86_400_000);
  const [meetingRows, actionRows] = await Promise.all([
    db
      .select({ id: events.id, title: events.title, startsAt: events.startsAt })
      .from(events)
      .where(and(eq(events.networkId, networkId), gte(events.startsAt, since), sql`${events.status} <> 'cancelled'`))
      .orderBy(asc(events.startsAt))
      .limit(100),
    db
      .select({ id: serdActions.id, title: serdActions.title, year: serdEditions.year })
      .from(serdActions)
      .innerJoin(
        serdEditions,
        and(eq(serdEditions.id, serdActions.editionId), eq(serdEditions.networkId, serdActions.networkId)),
      )
      .where(
        and(
          eq(serdActions.networkId, networkId),
          gte(serdEditions.endsOn, today),
          inArray(serdActions.status, ["submitted", "changes_requested", "labelled"]),
        ),
      )
      .orderBy(desc(serdEditions.year), asc(serdActions.title))
      .limit(200),
  ]);
  return { events: meetingRows, serdActions: actionRows };
}

/** The published resources one may attach (title order). */
export async function listResourceChoices(db: Db, { networkId }: { networkId: string }) {
  return db
    .select({ id: toolResources.id, title: toolResources.title, kind: toolResources.kind })
    .from(toolResources)
    .where(and(eq(toolResources.networkId, networkId), eq(toolResources.status, "published")))
    .orderBy(asc(toolResources.title))
    .limit(500);
}

