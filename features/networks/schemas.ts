import { z } from "zod";
import { directoryVisibilities } from "@/lib/domain/enums";
import { emailField } from "@/features/auth/schemas";

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
  name: z.string().trim().min(1).max(200),
  slug: slugField,
  territoryLabel: z.string().trim().max(200).default(""),
  coordinatorEmail: emailField,
});

export const networkSettingsSchema = z.object({
  name: z.string().trim().min(1).max(200),
  territoryLabel: z.string().trim().max(200).default(""),
  brandColor: hexColour,
  logoUrl: z
    .union([z.url({ protocol: /^https?$/ }), z.literal("")])
    .optional()
    .transform((v) => v || null),
  directoryVisibility: z.enum(directoryVisibilities),
});
