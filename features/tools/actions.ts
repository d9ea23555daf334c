"use server";
import type { NetworkContext } from "@/server/access/context";
import { networkAction } from "@/server/access/server";
import { addItem, addItemPhoto, deleteItemPhoto, updateItem } from "./items";
import { addCollection, addResource, attachResource, deleteResource, detachResource, publishResource } from "./library";
import { saveMethodSheet } from "./method-sheets";
import { sendMethodSheets } from "./method-sheet-mail";
import { checkOut, decideReservation, requestReservation, returnLoan, type Actor } from "./reservations";
import { env } from "@/server/env";
import { getMailer } from "@/server/mail/mailer";
import {
  attachmentSchema,
  methodSheetSchema,
  sendFichesSchema,
  checkOutSchema,
  collectionSchema,
  itemPhotoIdSchema,
  itemPhotoSchema,
  itemSchema,
  itemUpdateSchema,
  reservationDecisionSchema,
  reservationRequestSchema,
  resourceIdSchema,
  resourceSchema,
  returnSchema,
} from "./schemas";

const revalidate = { revalidate: (ctx: NetworkContext) => `/n/${ctx.network.slug}/tools` };
const scopeOf = (ctx: NetworkContext) => ({ networkId: ctx.network.id, userId: ctx.userId });
const actorOf = (ctx: NetworkContext): Actor => ({
  ...scopeOf(ctx),
  organisationId: ctx.organisationId,
  isCoordinator: ctx.can("tools.publish"),
});

// POST (server action) – share a resource (published at once) or propose it (partners)
export const addResourceAction = networkAction(
  resourceSchema,
  "tools.propose",
  async (ctx, input) =>
    addResource(
      ctx.db,
      { ...scopeOf(ctx), publish: ctx.can("tools.share"), defaultOrganisationId: ctx.organisationId },
      input,
    ),
  revalidate,
);

// POST (server action) – publish a partner's proposal (coordinator)
export const publishResourceAction = networkAction(
  resourceIdSchema,
  "tools.publish",
  async (ctx, input) => publishResource(ctx.db, scopeOf(ctx), input),
  revalidate,
);

// POST (server action) – delete a resource (coordinator)
export const deleteResourceAction = networkAction(
  resourceIdSchema,
  "tools.publish",
  async (ctx, input) => deleteResource(ctx.db, scopeOf(ctx), input),
  revalidate,
);

// POST (server action) – add a folder of the library (coordinator)
export const addCollectionAction = networkAction(
  collectionSchema,
  "tools.publish",
  async (ctx, input) => addCollection(ctx.db, scopeOf(ctx), input),
  revalidate,
);

// POST (server action) – add a kit lent by one's organisation
export const addItemAction = networkAction(
  itemSchema,
  "tools.items",
  async (ctx, input) => addItem(ctx.db, actorOf(ctx), input),
  revalidate,
);

// POST (server action) – edit a kit (its owner's members, the coordinator)
export const updateItemAction = networkAction(
  itemUpdateSchema,
  "tools.items",
  async (ctx, input) => updateItem(ctx.db, actorOf(ctx), input),
  revalidate,
);

// POST (server action) – add a photo to a kit (an image whose bytes match its type)
export const addItemPhotoAction = networkAction(
  itemPhotoSchema,
  "tools.items",
  async (ctx, input) => addItemPhoto(ctx.db, actorOf(ctx), input),
  revalidate,
);

// POST (server action) – take a photo off a kit
export const deleteItemPhotoAction = networkAction(
  itemPhotoIdSchema,
  "tools.items",
  async (ctx, input) => deleteItemPhoto(ctx.db, actorOf(ctx), input),
  revalidate,
);

// POST (server action) – ask to borrow a kit over some days
export const requestReservationAction = networkAction(
  reservationRequestSchema,
  "tools.reserve",
  async (ctx, input) => requestReservation(ctx.db, actorOf(ctx), input),
  revalidate,
);

// POST (server action) – the owner confirms or refuses a request
export const decideReservationAction = networkAction(
  reservationDecisionSchema,
  "tools.lend",
  async (ctx, input) => decideReservation(ctx.db, actorOf(ctx), input),
  revalidate,
);

// POST (server action) – the kit leaves its owner
export const checkOutAction = networkAction(
  checkOutSchema,
  "tools.lend",
  async (ctx, input) => checkOut(ctx.db, actorOf(ctx), input),
  revalidate,
);

// POST (server action) – the kit comes back
export const returnLoanAction = networkAction(
  returnSchema,
  "tools.lend",
  async (ctx, input) => returnLoan(ctx.db, actorOf(ctx), input),
  revalidate,
);

// POST (server action) – show a published resource on a meeting, a SERD action or a training module
export const attachResourceAction = networkAction(
  attachmentSchema,
  "tools.share",
  async (ctx, input) => attachResource(ctx.db, scopeOf(ctx), input),
);

// POST (server action) – take a resource off that page
export const detachResourceAction = networkAction(
  attachmentSchema,
  "tools.share",
  async (ctx, input) => detachResource(ctx.db, scopeOf(ctx), input),
);

// POST (server action) – write a fiche méthode (new or existing); submit: publish (coordinator) or send for publication
export const saveMethodSheetAction = networkAction(
  methodSheetSchema,
  "tools.propose",
  async (ctx, { id, intent, context, whatWasDone, means, results, tips, contact, ...fields }) =>
    saveMethodSheet(
      ctx.db,
      { ...scopeOf(ctx), userId: ctx.userId, isCoordinator: ctx.can("tools.publish") },
      {
        ...fields,
        id,
        submit: intent === "submit",
        sections: { context, whatWasDone, means, results, tips, contact },
      },
    ),
  revalidate,
);

// POST (server action) – email published fiches to a saved segment of the directory (coordinator)
export const sendMethodSheetsAction = networkAction(
  sendFichesSchema,
  "tools.publish",
  async (ctx, input) =>
    sendMethodSheets(
      ctx.db,
      getMailer(),
      { networkId: ctx.network.id, networkName: ctx.network.name, networkSlug: ctx.network.slug, appUrl: env().APP_URL, locale: ctx.locale },
      input,
    ),
);
