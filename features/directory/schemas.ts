import { z } from "zod";
import { actorTypes, engagementStatuses, ewwrCategories, legalBases } from "@/lib/domain/enums";
import {
  checkbox,
  filterText,
  lenient,
  optionalEmail,
  optionalEnum,
  optionalText,
  optionalUuid,
  optionalWebUrl,
  pageParam,
  printable,
  requiredText,
} from "@/lib/validation/fields";

// Inputs of the directory, shared by forms (client-side hints) and actions (the authoritative check).

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
      .refine((tags) => tags.every((t) => t.length <= 50), "validation.tagTooLong")
      .refine((tags) => tags.every(printable), "validation.format"),
  );

const coordinate = (min: number, max: number) =>
  z
    .union([z.literal(""), z.coerce.number().min(min).max(max)])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v));

export const organisationSchema = z.object({
  name: requiredText(200),
  actorType: z.enum(actorTypes),
  ewwrCategoryOverride: optionalEnum(ewwrCategories),
  communeId: optionalUuid,
  address: optionalText(300),
  latitude: coordinate(-90, 90),
  longitude: coordinate(-180, 180),
  website: optionalWebUrl(500),
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
  firstName: requiredText(100),
  lastName: requiredText(100),
  email: optionalEmail,
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

// List filters live in the URL; malformed values are ignored rather than failing the page.
export const organisationFiltersSchema = z.object({
  q: filterText(200),
  type: lenient(z.enum(actorTypes)),
  status: lenient(z.enum(engagementStatuses)),
  commune: lenient(z.uuid()),
  tag: filterText(50),
  archived: flag,
  sort: lenient(z.enum(["name", "-name", "updated", "-updated", "status", "-status"])),
  page: pageParam,
});
export type OrganisationFilters = z.output<typeof organisationFiltersSchema>;

export const contactFiltersSchema = z.object({
  q: filterText(200),
  organisation: lenient(z.uuid()),
  type: lenient(z.enum(actorTypes)),
  status: lenient(z.enum(engagementStatuses)),
  commune: lenient(z.uuid()),
  tag: filterText(50),
  relay: flag,
  ambassador: flag,
  archived: flag,
  sort: lenient(z.enum(["name", "-name", "lastInteraction", "-lastInteraction"])),
  page: pageParam,
});
export type ContactFilters = z.output<typeof contactFiltersSchema>;

export const segmentSchema = z.object({
  name: requiredText(100),
  kind: z.enum(["organisations", "contacts"]),
  /** The list's query string, e.g. "type=school&status=engaged". */
  query: z.string().max(2000).refine(printable, "validation.format"),
});
