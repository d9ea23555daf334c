import "server-only";
import { sql } from "drizzle-orm";
import { reviewSections } from "@/db/schema";
import type { Db } from "@/db/types";
import type { ReviewSectionsInput } from "./schemas";

/** Saves the coordinator's sections of one year's review (one row per network and year). */
export async function saveReviewSections(
  db: Db,
  { networkId, userId }: { networkId: string; userId: string },
  input: ReviewSectionsInput,
) {
  const values = {
    introduction: input.introduction,
    highlights: input.highlights,
    outlook: input.outlook,
    updatedBy: userId,
    updatedAt: sql`now()`,
  };
  const [row] = await db
    .insert(reviewSections)
    .values({ networkId, year: input.year, ...values })
    .onConflictDoUpdate({ target: [reviewSections.networkId, reviewSections.year], set: values })
    .returning({ year: reviewSections.year, updatedAt: reviewSections.updatedAt });
  return row!;
}
