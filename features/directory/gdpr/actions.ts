"use server";
import { networkAction } from "@/server/access/server";
import { eraseContact, eraseContacts } from "./mutations";
import { eraseContactSchema, eraseContactsSchema } from "./schemas";

// Erasures change lists, detail pages and overview figures of the network.
const revalidate = { revalidate: (ctx: { network: { slug: string } }) => `/n/${ctx.network.slug}` };

// POST (server action) – erase one person: identity anonymised, figures kept, erasure logged
export const eraseContactAction = networkAction(
  eraseContactSchema,
  "directory.gdpr",
  async (ctx, input) => {
    await eraseContact(ctx.db, { networkId: ctx.network.id, userId: ctx.userId, id: input.id }, input.reason);
    return null;
  },
  revalidate,
);

// POST (server action) – erase the people selected in the retention review, all or none
export const eraseContactsAction = networkAction(
  eraseContactsSchema,
  "directory.gdpr",
  async (ctx, input) => eraseContacts(ctx.db, { networkId: ctx.network.id, userId: ctx.userId }, input),
  revalidate,
);
