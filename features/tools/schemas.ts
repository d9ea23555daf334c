import { z } from "zod";
import { serdPublics, serdThemes } from "@/lib/domain/enums";
import {
  checkbox,
  dayField,
  list,
  optionalText,
  optionalUuid,
  requiredText,
  text,
} from "@/lib/validation/fields";
import { itemConditions, resourceFormats, resourceSorts } from "./constants";

export * from "./constants";

// Inputs of the shared tools, shared by forms and actions. Cross-field rules are checked by the
// mutations, which throw "tools.validation." keys as field errors.

const many = <const T extends readonly [string, ...string[]]>(values: T) => list(z.enum(values), 20);

/** Comma-separated words typed by the user ("tri, école"), at most 20 of 40 characters. */
const tagsField = text(800)
  .optional()
  .transform((v) =>
    [...new Set((v ?? "").split(",").map((t) => t.trim()).filter(Boolean))].slice(0, 20).map((t) => t.slice(0, 40)),
  );

const fileField = z
  .custom<File>((v) => typeof Blob !== "undefined" && v instanceof Blob, { message: "validation.required" })
  .optional();

/** An address a browser may open: http or https only (javascript:, data:, file: refused). */
const webLink = z
  .string()
  .trim()
  .max(1000)
  .pipe(z.url({ protocol: /^https?$/, error: "validation.url" }));

export const resourceSchema = z.object({
  kind: z.enum(["document", "link", "note"]),
  title: requiredText(200),
  description: optionalText(4000),
  themes: many(serdThemes),
  publics: many(serdPublics),
  formats: many(resourceFormats),
  tags: tagsField,
  ownerOrganisationId: optionalUuid,
  collectionId: optionalUuid,
  url: z.union([z.literal(""), webLink]).optional().transform((v) => v || null),
  body: optionalText(20_000),
  file: fileField,
});
export type ResourceInput = z.output<typeof resourceSchema>;

export const resourceIdSchema = z.object({ id: z.uuid() });

export const collectionSchema = z.object({ name: requiredText(120) });

/** The library's list: every filter lives in the URL, a bad value is ignored. */
export const resourceFiltersSchema = z.object({
  q: text(200).optional().catch(undefined),
  kind: z.enum(["document", "link", "note", "method_sheet"]).optional().catch(undefined),
  theme: z.enum(serdThemes).optional().catch(undefined),
  format: z.enum(resourceFormats).optional().catch(undefined),
  public: z.enum(serdPublics).optional().catch(undefined),
  collection: z.uuid().optional().catch(undefined),
  status: z.enum(["published", "proposed"]).optional().catch(undefined),
  sort: z.enum(resourceSorts).optional().catch(undefined),
});
export type ResourceFilters = z.output<typeof resourceFiltersSchema>;

export const itemSchema = z.object({
  name: requiredText(200),
  description: optionalText(4000),
  components: text(4000)
    .optional()
    .transform((v) => (v ?? "").split("\n").map((c) => c.trim()).filter(Boolean).slice(0, 50)),
  ownerOrganisationId: optionalUuid,
  location: optionalText(300),
  condition: z.enum(itemConditions).default("good"),
  maxLoanDays: z.coerce.number().int().min(1).max(90),
  lendable: checkbox,
  instructionsResourceId: optionalUuid,
});
export type ItemInput = z.output<typeof itemSchema>;

export const itemUpdateSchema = itemSchema.extend({ id: z.uuid() });

export const itemPhotoSchema = z.object({
  itemId: z.uuid(),
  alt: requiredText(200),
  file: z.custom<File>((v) => typeof Blob !== "undefined" && v instanceof Blob && v.size > 0, {
    message: "validation.required",
  }),
});

export const itemPhotoIdSchema = z.object({ id: z.uuid() });

/** The borrower history page: the coordinator may look at any organisation's. */
export const loansFiltersSchema = z.object({ org: z.uuid().optional().catch(undefined) });

export const reservationRequestSchema = z.object({
  itemId: z.uuid(),
  startsOn: dayField,
  endsOn: dayField,
  /** The coordinator may ask for another organisation; others ask for their own. */
  borrowerOrganisationId: optionalUuid,
  eventId: optionalUuid,
  serdActionId: optionalUuid,
});
export type ReservationRequestInput = z.output<typeof reservationRequestSchema>;

export const reservationDecisionSchema = z.object({
  id: z.uuid(),
  decision: z.enum(["confirm", "refuse"]),
  note: optionalText(500),
});

export const checkOutSchema = z.object({
  reservationId: z.uuid(),
  checkedOutOn: dayField,
  condition: z.enum(itemConditions),
  remark: optionalText(1000),
});

export const returnSchema = z.object({
  loanId: z.uuid(),
  returnedOn: dayField,
  condition: z.enum(itemConditions),
  remark: optionalText(1000),
});

export const calendarMonthSchema = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional()
    .catch(undefined),
});


/** A resource shown on (or taken off) one page: a meeting, a SERD action or a training module. */
export const attachmentSchema = z.object({
  resourceId: z.uuid(),
  eventId: optionalUuid,
  serdActionId: optionalUuid,
  trainingModuleId: optionalUuid,
});

const section = optionalText(8000).transform((v) => v ?? "");

/** The fiche méthode editor: new (no id) or existing; `intent` submit = publish (coordinator) or send for publication. */
export const methodSheetSchema = z.object({
  id: optionalUuid,
  title: requiredText(200),
  description: optionalText(2000),
  themes: many(serdThemes),
  ownerOrganisationId: optionalUuid,
  context: section,
  whatWasDone: section,
  means: section,
  results: section,
  tips: section,
  contact: section,
  coAuthorIds: list(z.uuid(), 20),
  intent: z.enum(["draft", "submit"]).default("draft"),
});

/** Send published fiches to a saved segment of the directory. */
export const sendFichesSchema = z.object({
  resourceIds: list(z.uuid(), 20).refine((v) => v.length > 0, "validation.required"),
  segmentId: z.uuid({ error: "validation.required" }),
});
