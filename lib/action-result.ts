import type { FieldErrors } from "@/lib/i18n/zod-errors";

export type ErrorCode =
  | "unauthenticated"
  | "not_found"
  | "forbidden"
  | "invalid_input"
  | "conflict"
  | "expired"
  | "already_used"
  | "throttled"
  | "unexpected";

/**
 * An expected failure a user can act on. `messageKey` names a message under "errors." or
 * "validation."; field errors hold message keys too, translated at the boundary.
 */
export class ActionError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string = `errors.${code}`,
    readonly fieldKeys?: Record<string, string>,
    /** Values of the message's placeholders ("row {row}"), for the message and its field errors. */
    readonly values?: Record<string, string | number>,
  ) {
    super(messageKey);
  }
}

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; code: ErrorCode; error: string; fieldErrors?: FieldErrors };
