import "server-only";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { networks } from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import type { Mailer } from "@/server/mail/mailer";
import { createInvitation } from "@/features/members/invitations";
import type { createNetworkSchema, networkSettingsSchema } from "./schemas";
import { audit } from "@/server/audit";

/** Creates a network and invites its first coordinator by email. */
export async function createNetwork(
  db: Db,
  mailer: Mailer,
  args: z.output<typeof createNetworkSchema> & { createdById: string; locale: string; appUrl: string },
): Promise<{ id: string; slug: string }> {
  // One transaction: the network, its log entry, the invitation and its mail, or nothing.
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: networks.id }).from(networks).where(eq(networks.slug, args.slug));
    if (existing) throw new ActionError("conflict", "errors.slugTaken", { slug: "errors.slugTaken" });
    const [network] = await tx
      .insert(networks)
      .values({ name: args.name, slug: args.slug, territoryLabel: args.territoryLabel })
      .onConflictDoNothing()
      .returning({ id: networks.id, slug: networks.slug });
    if (!network) throw new ActionError("conflict", "errors.slugTaken", { slug: "errors.slugTaken" });
    await audit(tx, { networkId: network.id, actorId: args.createdById, action: "network.created", entity: "networks", entityId: network.id });
    await createInvitation(tx, mailer, {
      networkId: network.id,
      email: args.coordinatorEmail,
      role: "coordinator",
      organisationId: null,
      invitedById: args.createdById,
      locale: args.locale,
      appUrl: args.appUrl,
    });
    return network;
  });
}

export async function updateNetworkSettings(
  db: Db,
  args: { networkId: string } & z.output<typeof networkSettingsSchema>,
): Promise<void> {
  const { networkId, ...values } = args;
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(networks).where(eq(networks.id, networkId)).for("update");
    if (!before) throw new ActionError("not_found");
    await tx.update(networks).set(values).where(eq(networks.id, networkId));
    // Which settings changed, and the directory's visibility (the one that widens access).
    const changed = Object.keys(values).filter((k) => String(before[k as keyof typeof values] ?? "") !== String(values[k as keyof typeof values] ?? ""));
    await audit(tx, { networkId, action: "network.settingsChanged", entity: "networks", entityId: networkId, summary: { changed: changed.join(","), visibilityFrom: before.directoryVisibility, visibilityTo: values.directoryVisibility } });
  });
}
