import { z } from "zod";
import { erasureReasons } from "./constants";
export { erasureReasons, type ErasureReason } from "./constants";

// Inputs of the GDPR tools (access, erasure, retention review), shared by forms and actions.

/** Erase one person: on their request (art. 17) or for another documented reason. */
export const eraseContactSchema = z.object({
  id: z.uuid(),
  reason: z.enum(erasureReasons).default("request"),
});
export type EraseContactInput = z.output<typeof eraseContactSchema>;

/** The most people one bulk erasure may touch: two pages of the retention review. */
export const maxBulkErasure = 500;

/** Checkboxes named "ids": one value arrives as a string, several as an array. */
const idList = z
  .union([z.uuid(), z.array(z.uuid())])
  .transform((v) => [...new Set(Array.isArray(v) ? v : [v])])
  .pipe(z.array(z.uuid()).min(1).max(maxBulkErasure));

/** Erase the people selected in the retention review, all or none. */
export const eraseContactsSchema = z.object({
  ids: idList,
  reason: z.enum(erasureReasons).default("retention"),
});
export type EraseContactsInput = z.output<typeof eraseContactsSchema>;

/** The retention review's page number lives in the URL; a malformed one falls back to 1. */
export const retentionFiltersSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
