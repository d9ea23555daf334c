import { z } from "zod";
import { parseParisDateTime } from "@/lib/domain/paris-time";
import { parseYmd } from "@/lib/domain/recurrence";

// THE zod field helpers: every schemas.ts builds its inputs from these, so that a text, an id, a
// date or an email is read the same way in every form. Messages are "validation." keys
// (lib/i18n/zod-errors.ts). Imports zod: for schemas only, never for a "use client" module.

// Tab, line feed and carriage return are text; every other control character is refused.
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** False when a string holds a control character other than tab, line feed, carriage return. */
export const printable = (s: string) => !controlCharacters.test(s);

/** Trimmed text of at most `max` characters, without control characters (may be empty). */
export const text = (max: number) =>
  z.string().trim().max(max).refine(printable, "validation.format");

/** Trimmed text that must not be empty. */
export const requiredText = (max: number) =>
  z.string().trim().min(1).max(max).refine(printable, "validation.format");

/** Trimmed text; empty, absent or null becomes null. */
export const optionalText = (max: number) =>
  text(max)
    .optional()
    .nullable()
    .transform((v) => v || null);

/** A row id picked in a select: empty, absent or null becomes null. */
export const optionalUuid = z
  .union([z.uuid(), z.literal("")])
  .optional()
  .nullable()
  .transform((v) => v || null);

/** One of `values` picked in a select whose empty option means "none". */
export const optionalEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.enum(values), z.literal("")])
    .optional()
    .nullable()
    .transform((v) => (v || null) as T[number] | null);

/** A whole number typed in a field; empty, absent or null becomes null. */
export const optionalInt = (min: number, max: number) =>
  z
    .union([z.literal(""), z.null(), z.coerce.number().int().min(min).max(max)])
    .optional()
    .transform((v) => (v === "" || v === undefined || v === null ? null : v));

/** A number (decimals allowed) typed in a field; empty, absent or null becomes null. */
export const optionalNumber = (min: number, max: number) =>
  z
    .union([z.literal(""), z.null(), z.coerce.number().min(min).max(max)])
    .optional()
    .transform((v) => (v === "" || v === undefined || v === null ? null : v));

/** An HTML checkbox: "on" when ticked, absent otherwise (booleans accepted from JSON callers). */
export const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("false"), z.boolean(), z.literal("")])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

/** One value or several (FormData gives a string for a single ticked box), without repeats. */
export const list = <T extends z.ZodType>(item: T, max = 5000) =>
  z
    .union([item, z.array(item).max(max)])
    .optional()
    .transform((v) => [...new Set(v === undefined ? [] : Array.isArray(v) ? v : [v])] as z.output<T>[]);

export const emailField = z.string().trim().toLowerCase().max(320).pipe(z.email());

/** An email that may be left empty (null). */
export const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(320)
  .optional()
  .transform((v) => v || null)
  .pipe(z.union([z.null(), z.email({ error: "validation.email" })]));

export const passwordField = z
  .string()
  .min(10, "validation.passwordTooShort")
  .max(200, "validation.passwordTooLong");

/** A web address typed without its scheme gets https://; empty becomes null. */
export const optionalWebUrl = (max = 500) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(printable, "validation.format")
    .optional()
    .transform((v) => (v ? (/^https?:\/\//i.test(v) ? v : `https://${v}`) : null))
    .pipe(z.union([z.null(), z.url({ protocol: /^https?$/, error: "validation.url" })]));

// --- Dates and times (Paris wall-clock values, see lib/domain/paris-time.ts) -----------------

/** A real calendar date "YYYY-MM-DD". */
export const dayField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "validation.format")
  .refine((d) => parseYmd(d) !== null, "validation.format");

export const optionalDay = z
  .union([dayField, z.literal("")])
  .optional()
  .nullable()
  .transform((v) => v || null);

/** "14:30" (seconds accepted and dropped); empty becomes null. */
export const optionalTime = z
  .union([z.string().regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, "validation.format"), z.literal("")])
  .optional()
  .nullable()
  .transform((v) => (v ? v.slice(0, 5) : null));

/** A `datetime-local` value ("2026-11-03T18:00") meaning Paris time. */
export const parisDateTime = z.string().transform((value, ctx) => {
  const date = parseParisDateTime(value);
  if (!date) {
    ctx.addIssue({ code: "custom", message: value.trim() ? "validation.format" : "validation.required" });
    return z.NEVER;
  }
  return date;
});

// --- URL filters: a malformed value is ignored (a stale link still shows the page) ----------

export const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** A search or filter text of the URL; with a control character (e.g. %00) it is ignored. */
export const filterText = (max: number) => lenient(z.string().max(max).refine(printable));

/** The page number of a list. */
export const pageParam = z.coerce.number().int().min(1).max(10_000).catch(1).default(1);
