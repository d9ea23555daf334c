"use server";
import type { NetworkContext } from "@/server/access/context";
import { networkAction } from "@/server/access/server";
import { getMailer } from "@/server/mail/mailer";
import { promoteFromWaitlist } from "@/features/meetings/rsvp/seats";
import { assertManagesEvent } from "./organiser";
import { createEvent, createSeries, moveEvent, setEventStatus, updateEvent } from "./mutations";
import { eventSchema, eventUpdateSchema, idSchema, moveEventSchema, seriesSchema } from "./schemas";

const scopeOf = (ctx: NetworkContext) => ({ networkId: ctx.network.id, userId: ctx.userId });
/** Invitees are told by mail when a meeting moves, changes place, is cancelled or restored. */
const notifying = (ctx: NetworkContext) => ({
  ...scopeOf(ctx),
  notify: { mailer: getMailer(), locale: ctx.locale },
});
/** Meetings appear in the agenda, on their own pages and in the overview's figures. */
const revalidate = { revalidate: (ctx: NetworkContext) => `/n/${ctx.network.slug}` };

// POST (server action) – create a meeting (coordinator, ambassador)
export const createEventAction = networkAction(
  eventSchema,
  "events.write",
  async (ctx, input) => createEvent(ctx.db, scopeOf(ctx), input),
  revalidate,
);

// POST (server action) – edit a meeting, its agenda and status (coordinator, ambassador)
export const updateEventAction = networkAction(
  eventUpdateSchema,
  "events.write",
  async (ctx, { id, ...input }) => {
    await assertManagesEvent(ctx, id);
    await updateEvent(ctx.db, { ...notifying(ctx), id }, input);
    // A raised (or removed) capacity frees seats for the waiting list, who are told by email.
    await promoteFromWaitlist(ctx.db, getMailer(), {
      networkId: ctx.network.id,
      eventId: id,
      locale: ctx.locale,
    });
    return { id };
  },
  revalidate,
);

// POST (server action) – move one meeting (an occurrence of a series alone) to another time
export const moveEventAction = networkAction(
  moveEventSchema,
  "events.write",
  async (ctx, { id, ...times }) => {
    await assertManagesEvent(ctx, id);
    await moveEvent(ctx.db, { ...notifying(ctx), id }, times);
    return { id };
  },
  revalidate,
);

// POST (server action) – cancel one meeting (an occurrence of a series alone)
export const cancelEventAction = networkAction(
  idSchema,
  "events.write",
  async (ctx, { id }) => {
    await assertManagesEvent(ctx, id);
    await setEventStatus(ctx.db, { ...notifying(ctx), id }, "cancelled");
    return { id };
  },
  revalidate,
);

// POST (server action) – restore a cancelled meeting as planned
export const restoreEventAction = networkAction(
  idSchema,
  "events.write",
  async (ctx, { id }) => {
    await assertManagesEvent(ctx, id);
    await setEventStatus(ctx.db, { ...notifying(ctx), id }, "planned");
    return { id };
  },
  revalidate,
);

// POST (server action) – mark a meeting that has ended as held ("clôturer"); nobody is mailed
export const markHeldAction = networkAction(
  idSchema,
  "events.write",
  async (ctx, { id }) => {
    await assertManagesEvent(ctx, id);
    await setEventStatus(ctx.db, { ...scopeOf(ctx), id }, "held");
    return { id };
  },
  revalidate,
);

// POST (server action) – create a recurring series and all its occurrences
export const createSeriesAction = networkAction(
  seriesSchema,
  "events.write",
  async (ctx, input) => createSeries(ctx.db, scopeOf(ctx), input),
  revalidate,
);
