import { z } from "zod";
import { directoryVisibilities, networkKinds } from "@/lib/domain/enums";
import { emailField, requiredText, text } from "@/lib/validation/fields";

export const slugField = z
  .string()
  .trim()
  .toLowerCase()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "validation.slug");

export const hexColour = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, "validation.colour");

export const createNetworkSchema = z.object({
  name: requiredText(200),
  slug: slugField,
  territoryLabel: text(200).default(""),
  coordinatorEmail: emailField,
});

export const networkSettingsSchema = z.object({
  name: requiredText(200),
  territoryLabel: text(200).default(""),
  brandColor: hexColour,
  logoUrl: z
    .union([z.url({ protocol: /^https?$/ }), z.literal("")])
    .optional()
    .transform((v) => v || null),
  directoryVisibility: z.enum(directoryVisibilities),
  kind: z.enum(networkKinds),
});
