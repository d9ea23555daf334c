import { z } from "zod";
import type { Db } from "@/db/types";
import type { Translate } from "@/lib/i18n/messages";
import { fieldErrorsOf, type FieldErrors } from "@/lib/i18n/zod-errors";
import { loadNetworkContext, type NetworkContext } from "./context";
import { ActionError, type ActionResult, type ErrorCode } from "@/lib/action-result";
import type { Permission } from "./permissions";
import { withActor } from "@/server/audit/actor";

// The framework-free core of every write: parse, resolve membership, check permission, run.
// server/access/server.ts binds it to the session and the request's language.

export function formDataToObject(input: unknown): unknown {
  if (typeof FormData === "undefined" || !(input instanceof FormData)) return input;
  const out: Record<string, unknown> = {};
  for (const [key, value] of input.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

export function failure(code: ErrorCode, t: Translate, messageKey?: string, fieldErrors?: FieldErrors) {
  return { ok: false as const, code, error: t(messageKey ?? `errors.${code}`), fieldErrors };
}

/** Turns anything thrown by a mutation into a result; unexpected errors are logged, never shown. */
export function resultOfError(error: unknown, t: Translate): ActionResult<never> {
  if (error instanceof ActionError) {
    const fieldErrors = error.fieldKeys
      ? Object.fromEntries(Object.entries(error.fieldKeys).map(([f, key]) => [f, [t(key, error.values)]]))
      : undefined;
    return { ok: false as const, code: error.code, error: t(error.messageKey, error.values), fieldErrors };
  }
  console.error("[action] unexpected error", error);
  return failure("unexpected", t);
}

export async function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  t: Translate,
): Promise<{ ok: true; data: z.output<S> } | ActionResult<never>> {
  const parsed = await schema.safeParseAsync(formDataToObject(input));
  if (!parsed.success)
    return failure("invalid_input", t, "errors.invalid_input", fieldErrorsOf(parsed.error, t));
  return { ok: true, data: parsed.data };
}

export async function runNetworkAction<S extends z.ZodType, R>(
  args: {
    db: Db;
    userId: string | null;
    networkSlug: string;
    schema: S;
    permission: Permission;
    t: Translate;
    locale?: string;
    input: unknown;
  },
  fn: (ctx: NetworkContext, input: z.output<S>) => Promise<R>,
): Promise<ActionResult<R>> {
  const { db, userId, networkSlug, schema, permission, t, input } = args;
  if (!userId) return failure("unauthenticated", t);
  const ctx = await loadNetworkContext(db, { userId, networkSlug, locale: args.locale });
  if (!ctx) return failure("not_found", t);
  if (!ctx.can(permission)) return failure("forbidden", t);
  const parsed = await parseInput(schema, input, t);
  if (!parsed.ok) return parsed;
  try {
    // The audit trail names the caller of every write that records itself (server/audit).
    return { ok: true, data: await withActor(userId, () => fn(ctx, parsed.data)) };
  } catch (error) {
    return resultOfError(error, t);
  }
}
