import type { z } from "zod";
import type { Translate } from "./messages";

export type FieldErrors = Record<string, string[]>;

// Schemas give a message key ("validation.xxx") where the generic one would not be clear.
function messageOf(issue: z.core.$ZodIssue, t: Translate): string {
  if (issue.message.startsWith("validation.")) return t(issue.message);
  switch (issue.code) {
    case "invalid_type":
      return t("validation.required");
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1
          ? t("validation.required")
          : t("validation.tooShort", { min: Number(issue.minimum) });
      }
      return t("validation.tooSmall", { min: Number(issue.minimum) });
    case "too_big":
      return issue.origin === "string"
        ? t("validation.tooLong", { max: Number(issue.maximum) })
        : t("validation.tooBig", { max: Number(issue.maximum) });
    case "invalid_format":
      return issue.format === "email"
        ? t("validation.email")
        : issue.format === "url"
          ? t("validation.url")
          : t("validation.format");
    case "invalid_value":
      return t("validation.choice");
    default:
      return t("validation.invalid");
  }
}

/** Zod issues as translated messages per field ("_form" for the whole input). */
export function fieldErrorsOf(error: z.ZodError, t: Translate): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "_form";
    (out[field] ??= []).push(messageOf(issue, t));
  }
  return out;
}
