"use server";
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
  { revalidate: (ctx) => `/n/${ctx.network.slug}` },
);
