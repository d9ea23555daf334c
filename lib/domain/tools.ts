// Enumeration keys of the shared tools (resource library, kits and loans). Pure constants:
// importable from the schema, zod inputs and client components alike. Labels: tools.json.

export const resourceKinds = ["document", "link", "note", "method_sheet"] as const;
export type ResourceKind = (typeof resourceKinds)[number];

/** proposed: a partner's suggestion waiting for the coordinator; draft: a fiche being written. */
export const resourceStatuses = ["draft", "proposed", "published"] as const;
export type ResourceStatus = (typeof resourceStatuses)[number];

export const resourceFormats = [
  "animation",
  "exhibition",
  "game",
  "video",
  "guide",
  "training_material",
] as const;
export type ResourceFormat = (typeof resourceFormats)[number];

export const itemConditions = ["good", "worn", "damaged", "incomplete"] as const;
export type ItemCondition = (typeof itemConditions)[number];

export const reservationStatuses = ["requested", "confirmed", "refused", "cancelled"] as const;
export type ReservationStatus = (typeof reservationStatuses)[number];

/** The sections of a fiche méthode, in the order they are written and printed. */
export const methodSheetSections = ["context", "whatWasDone", "means", "results", "tips", "contact"] as const;
export type MethodSheetSection = (typeof methodSheetSections)[number];
