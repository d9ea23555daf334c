import { z } from "zod";
import { actorTypes, engagementStatuses, ewwrCategories, legalBases } from "@/lib/domain/enums";

// Inputs of the directory, shared by forms (client-side hints) and actions (the authoritative check).

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || null);
const optionalUuid = z
  .union([z.uuid(), z.literal("")])
  .optional()
  .transform((v) => v || null);
/** An HTML checkbox: "on" when ticked, absent otherwise (booleans accepted from JSON callers). */
export const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("false"), z.boolean(), z.literal("")])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

export const tagsField = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => [
    ...new Set(
      (Array.isArray(v) ? v : (v ?? "").split(/[,;]/)).map((t) => t.trim().toLowerCase()).filter(Boolean),
    ),
  ])
  .pipe(
    z
      .array(z.string())
      .max(20, "validation.tooManyTags")
      .refine((tags) => tags.every((t) => t.length <= 50), "validation.tagTooLong"),
  );

const websiteField = z
  .string()
  .trim()
  .max(500)
  .optional()
  .transform((v) => (v ? (/^https?:\/\//i.test(v) ? v : `https://${v}`) : null))
  .pipe(z.union([z.null(), z.url({ protocol: /^https?$/, error: "validation.url" })]));

const coordinate = (min: number, max: number) =>
  z
    .union([z.literal(""), z.coerce.number().min(min).max(max)])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v));

export const organisationSchema = z.object({
  name: text(200).min(1),
  actorType: z.enum(actorTypes),
  ewwrCategoryOverride: z
    .union([z.enum(ewwrCategories), z.literal("")])
    .optional()
    .transform((v) => v || null),
  communeId: optionalUuid,
  address: optionalText(300),
  latitude: coordinate(-90, 90),
  longitude: coordinate(-180, 180),
  website: websiteField,
  description: optionalText(5000),
  tags: tagsField,
  status: z.enum(engagementStatuses),
  isInternalService: checkbox,
});
export type OrganisationInput = z.output<typeof organisationSchema>;

export const phoneField = z
  .string()
  .trim()
  .max(40)
  .optional()
  .transform((v) => v || null)
  .refine((v) => v === null || /^\+?[0-9][0-9 .\-()]{5,}$/.test(v), "validation.phone");

export const contactSchema = z.object({
  firstName: text(100).min(1),
  lastName: text(100).min(1),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(320)
    .optional()
    .transform((v) => v || null)
    .pipe(z.union([z.null(), z.email({ error: "validation.email" })])),
  phone: phoneField,
  jobTitle: optionalText(200),
  organisationId: optionalUuid,
  isRelayActor: checkbox,
  isAmbassador: checkbox,
  legalBasis: z.enum(legalBases).default("public_task"),
  consentNewsletter: checkbox,
  consentPublicListing: checkbox,
  consentPhotos: checkbox,
  source: optionalText(200),
});
export type ContactInput = z.output<typeof contactSchema>;

export const idSchema = z.object({ id: z.uuid() });
export const withId = <T extends z.ZodRawShape>(schema: z.ZodObject<T>) => schema.extend({ id: z.uuid() });

const flag = z
  .enum(["1", ""])
  .optional()
  .catch(undefined)
  .transform((v) => v === "1");
const page = z.coerce.number().int().min(1).max(10_000).catch(1).default(1);
const opt = <T extends z.ZodType>(s: T) => s.optional().catch(undefined);

// List filters live in the URL; malformed values are ignored rather than failing the page.
export const organisationFiltersSchema = z.object({
  q: opt(z.string().max(200)),
  type: opt(z.enum(actorTypes)),
  status: opt(z.enum(engagementStatuses)),
  commune: opt(z.uuid()),
  tag: opt(z.string().max(50)),
  archived: flag,
  sort: opt(z.enum(["name", "-name", "updated", "-updated", "status", "-status"])),
  page,
});
export type OrganisationFilters = z.output<typeof organisationFiltersSchema>;

export const contactFiltersSchema = z.object({
  q: opt(z.string().max(200)),
  organisation: opt(z.uuid()),
  type: opt(z.enum(actorTypes)),
  status: opt(z.enum(engagementStatuses)),
  commune: opt(z.uuid()),
  tag: opt(z.string().max(50)),
  relay: flag,
  ambassador: flag,
  archived: flag,
  sort: opt(z.enum(["name", "-name", "lastInteraction", "-lastInteraction"])),
  page,
});
export type ContactFilters = z.output<typeof contactFiltersSchema>;

export const segmentSchema = z.object({
  name: text(100).min(1),
  kind: z.enum(["organisations", "contacts"]),
  /** The list's query string, e.g. "type=school&status=engaged". */
  query: z.string().max(2000),
});
