import "server-only";
import { and, eq } from "drizzle-orm";
import { events } from "@/db/schema";
import { ActionError } from "@/lib/action-result";
import type { NetworkContext } from "@/server/access/context";

// An ambassador edits, cancels and invites only on the meetings they organise (the ones they
// created); the coordinator on every meeting ("events.writeAny"). THE check, for every action.

/** Whether the caller may manage this meeting, given who created it. */
export function mayManageEvent(
  ctx: Pick<NetworkContext, "can" | "userId">,
  createdById: string | null,
): boolean {
  return ctx.can("events.write") && (ctx.can("events.writeAny") || createdById === ctx.userId);
}

/** Throws "not found" for a meeting of another network, "forbidden" for one the caller does not organise. */
export async function assertManagesEvent(ctx: NetworkContext, eventId: string): Promise<void> {
  if (ctx.can("events.writeAny")) return;
  const [row] = await ctx.db
    .select({ createdById: events.createdById })
    .from(events)
    .where(and(eq(events.id, eventId), eq(events.networkId, ctx.network.id)));
  if (!row) throw new ActionError("not_found");
  if (!mayManageEvent(ctx, row.createdById))
    throw new ActionError("forbidden", "meetings.errors.notOrganiser");
}
