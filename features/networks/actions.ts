"use server";
import { agendaTag } from "@/features/serd/constants";
import { networkAction } from "@/server/access/server";
import { updateNetworkSettings } from "./mutations";
import { networkSettingsSchema } from "./schemas";

// POST (server action) – change the network's name, branding and directory visibility
export const updateNetworkSettingsAction = networkAction(
  networkSettingsSchema,
  "network.settings",
  async (ctx, input) => {
    await updateNetworkSettings(ctx.db, { networkId: ctx.network.id, ...input });
    return null;
  },
  // The public agenda shows the network's name and branding.
  { revalidate: (ctx) => `/n/${ctx.network.slug}`, tags: (ctx) => [agendaTag(ctx.network.slug)] },
);
