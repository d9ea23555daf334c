"use server";
import { z } from "zod";
import type { NetworkContext } from "@/server/access/context";
import { networkAction } from "@/server/access/server";
import { env } from "@/server/env";
import { regenerateFeed, revokeFeed, type FeedKind } from "./feeds";

const noInput = z.object({});
const revalidate = { revalidate: (ctx: NetworkContext) => `/n/${ctx.network.slug}/meetings/feeds` };

const regenerate = (kind: FeedKind) => async (ctx: NetworkContext) => {
  await regenerateFeed(ctx.db, {
    networkId: ctx.network.id,
    userId: ctx.userId,
    kind,
    secret: env().NEXTAUTH_SECRET,
  });
  return null;
};
const revoke = (kind: FeedKind) => async (ctx: NetworkContext) => {
  await revokeFeed(ctx.db, { networkId: ctx.network.id, userId: ctx.userId, kind });
  return null;
};

// POST (server action) – create or replace the network's calendar feed (coordinator, ambassador)
export const regenerateNetworkFeedAction = networkAction(
  noInput,
  "events.feeds",
  regenerate("network"),
  revalidate,
);

// POST (server action) – revoke the network's calendar feed (coordinator, ambassador)
export const revokeNetworkFeedAction = networkAction(noInput, "events.feeds", revoke("network"), revalidate);

// POST (server action) – create or replace the member's own calendar feed (any member)
export const regeneratePersonalFeedAction = networkAction(
  noInput,
  "events.read",
  regenerate("contact"),
  revalidate,
);

// POST (server action) – revoke the member's own calendar feed (any member)
export const revokePersonalFeedAction = networkAction(noInput, "events.read", revoke("contact"), revalidate);
