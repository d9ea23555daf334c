import "server-only";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { networks } from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import type { Mailer } from "@/server/mail/mailer";
import { createInvitation } from "@/features/members/invitations";
import type { createNetworkSchema, networkSettingsSchema } from "./schemas";

/** Creates a network and invites its first coordinator by email. */
export async function createNetwork(
  db: Db,
  mailer: Mailer,
  args: z.output<typeof createNetworkSchema> & { createdById: string; locale: string; appUrl: string },
): Promise<{ id: string; slug: string }> {
  const [existing] = await db.select({ id: networks.id }).from(networks).where(eq(networks.slug, args.slug));
  if (existing) throw new ActionError("conflict", "errors.slugTaken", { slug: "errors.slugTaken" });
  const [network] = await db
    .insert(networks)
    .values({ name: args.name, slug: args.slug, territoryLabel: args.territoryLabel })
    .onConflictDoNothing()
    .returning({ id: networks.id, slug: networks.slug });
  if (!network) throw new ActionError("conflict", "errors.slugTaken", { slug: "errors.slugTaken" });
  await createInvitation(db, mailer, {
    networkId: network.id,
    email: args.coordinatorEmail,
    role: "coordinator",
    organisationId: null,
    invitedById: args.createdById,
    locale: args.locale,
    appUrl: args.appUrl,
  });
  return network;
}

export async function updateNetworkSettings(
  db: Db,
  args: { networkId: string } & z.output<typeof networkSettingsSchema>,
): Promise<void> {
  const { networkId, ...values } = args;
  await db.update(networks).set(values).where(eq(networks.id, networkId));
}
