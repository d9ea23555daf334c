"use server";
import { networkAction } from "@/server/access/server";
import { saveReviewSections } from "./mutations";
import { reviewSectionsSchema } from "./schemas";

// POST (server action) – save the introduction, highlights and outlook of a year's review (coordinator)
export const saveReviewSectionsAction = networkAction(
  reviewSectionsSchema,
  "reports.edit",
  async (ctx, input) => saveReviewSections(ctx.db, { networkId: ctx.network.id, userId: ctx.userId }, input),
  { revalidate: (ctx) => `/n/${ctx.network.slug}/reports` },
);
