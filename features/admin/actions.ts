"use server";
import { revalidatePath } from "next/cache";
import { adminAction } from "@/server/access/server";
import { env } from "@/server/env";
import { getMailer } from "@/server/mail/mailer";
import { createNetwork } from "@/features/networks/mutations";
import { createNetworkSchema } from "@/features/networks/schemas";
import { endSessionsOfAccount } from "./mutations";
import { endSessionsSchema } from "./schemas";

// POST (server action) – create a network and invite its first coordinator
export const createNetworkAction = adminAction(createNetworkSchema, async ({ db, user, locale }, input) => {
  const network = await createNetwork(db, getMailer(), {
    ...input,
    createdById: user.id,
    locale,
    appUrl: env().APP_URL,
  });
  revalidatePath("/admin");
  return network;
});

// POST (server action) – end every session of an account ("sign out everywhere")
export const endSessionsAction = adminAction(endSessionsSchema, async ({ db }, input) =>
  endSessionsOfAccount(db, input),
);
