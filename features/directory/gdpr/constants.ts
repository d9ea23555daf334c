// Client-safe values of this area: importable from "use client" components (no zod here).

export const erasureReasons = ["request", "retention", "other"] as const;

export type ErasureReason = (typeof erasureReasons)[number];
