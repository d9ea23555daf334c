"use server";
import type { NetworkContext } from "@/server/access/context";
import { networkAction } from "@/server/access/server";
import {
  addAttachment,
  addWalkIn,
  addWalkInNewContact,
  deleteAttachment,
  recordCheckIn,
  recordSignature,
  saveMinutes,
} from "./mutations";
import {
  attachmentRef,
  attachmentUploadSchema,
  checkInSchema,
  minutesSchema,
  signatureSchema,
  walkInContactSchema,
  walkInNewSchema,
} from "./schemas";

const eventScope = (ctx: NetworkContext, eventId: string) => ({ networkId: ctx.network.id, eventId });
/** Attendance changes the meeting's pages and the network's figures. */
const revalidate = { revalidate: (ctx: NetworkContext) => `/n/${ctx.network.slug}/meetings` };

// POST (server action) – mark one person present, late or absent on the day
export const checkInAction = networkAction(
  checkInSchema,
  "events.attendance",
  async (ctx, { eventId, participationId, status }) =>
    recordCheckIn(ctx.db, { ...eventScope(ctx, eventId), participationId, status }),
  revalidate,
);

// POST (server action) – add a contact of the network who came without invitation
export const addWalkInAction = networkAction(
  walkInContactSchema,
  "events.attendance",
  async (ctx, { eventId, contactId }) => addWalkIn(ctx.db, { ...eventScope(ctx, eventId), contactId }),
  revalidate,
);

// POST (server action) – create a new contact who came without invitation, checked in at once
export const addWalkInNewContactAction = networkAction(
  walkInNewSchema,
  "events.attendance",
  async (ctx, { eventId, ...input }) => addWalkInNewContact(ctx.db, eventScope(ctx, eventId), input),
  revalidate,
);

// POST (server action) – record a signature (drawn on screen, or ticked as signed on paper)
export const signAction = networkAction(
  signatureSchema,
  "events.attendance",
  async (ctx, { eventId, ...input }) => recordSignature(ctx.db, eventScope(ctx, eventId), input),
  revalidate,
);

// POST (server action) – save the minutes of a meeting (sanitised HTML)
export const saveMinutesAction = networkAction(
  minutesSchema,
  "events.attendance",
  async (ctx, { eventId, minutes }) => saveMinutes(ctx.db, eventScope(ctx, eventId), minutes),
  revalidate,
);

// POST (server action) – upload an attachment (PDF, image or office document, 10 MB at most)
export const uploadAttachmentAction = networkAction(
  attachmentUploadSchema,
  "events.attendance",
  async (ctx, { eventId, file }) =>
    addAttachment(
      ctx.db,
      { ...eventScope(ctx, eventId), userId: ctx.userId },
      { name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) },
    ),
  revalidate,
);

// POST (server action) – delete an attachment
export const deleteAttachmentAction = networkAction(
  attachmentRef,
  "events.attendance",
  async (ctx, { eventId, id }) => {
    await deleteAttachment(ctx.db, { ...eventScope(ctx, eventId), id });
    return null;
  },
  revalidate,
);
