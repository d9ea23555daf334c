import { z } from "zod";
import { text } from "@/lib/validation/fields";

// Inputs of the yearly review: the year in the URL and the coordinator's three text sections.

export const reviewMinYear = 1990;
export const reviewMaxYear = 2100;

/** A review year from the URL: digits only, within the years a programme can have. */
export const reviewYearSchema = z
  .string()
  .regex(/^\d{4}$/)
  .transform(Number)
  .pipe(z.number().int().min(reviewMinYear).max(reviewMaxYear));

export function parseReviewYear(raw: string): number | null {
  const parsed = reviewYearSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export const reviewSectionMax = 20_000;

export const reviewSectionsSchema = z.object({
  year: z.coerce.number().int().min(reviewMinYear).max(reviewMaxYear),
  introduction: text(reviewSectionMax),
  highlights: text(reviewSectionMax),
  outlook: text(reviewSectionMax),
});
export type ReviewSectionsInput = z.infer<typeof reviewSectionsSchema>;
