import { z } from "zod";
import { roles } from "@/lib/domain/enums";
import { emailField, optionalUuid, passwordField, requiredText } from "@/lib/validation/fields";

export const invitationSchema = z
  .object({
    email: emailField,
    role: z.enum(roles),
    organisationId: optionalUuid,
  })
  .refine((v) => v.role !== "partner" || v.organisationId, {
    path: ["organisationId"],
    message: "validation.partnerNeedsOrganisation",
  });

export const changeRoleSchema = z
  .object({ membershipId: z.uuid(), role: z.enum(roles), organisationId: optionalUuid })
  .refine((v) => v.role !== "partner" || v.organisationId, {
    path: ["organisationId"],
    message: "validation.partnerNeedsOrganisation",
  });

export const removeMemberSchema = z.object({ membershipId: z.uuid() });

export const revokeInvitationSchema = z.object({ invitationId: z.uuid() });

export const acceptInvitationSchema = z.discriminatedUnion("hasAccount", [
  z.object({ hasAccount: z.literal("true"), token: z.string().min(20).max(200) }),
  z
    .object({
      hasAccount: z.literal("false"),
      token: z.string().min(20).max(200),
      name: requiredText(200),
      password: passwordField,
      passwordConfirm: z.string(),
    })
    .refine((v) => v.password === v.passwordConfirm, {
      path: ["passwordConfirm"],
      message: "validation.passwordMismatch",
    }),
]);
