import "server-only";
import { getLocale } from "next-intl/server";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { revalidatePath, updateTag } from "next/cache";
import { cache } from "react";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { getSessionUser, type SessionUser } from "@/server/auth/session";
import { looseTranslator, type Translate } from "@/lib/i18n/messages";
import { loadNetworkContext, type NetworkContext } from "./context";
import type { ActionResult } from "@/lib/action-result";
import type { Permission } from "./permissions";
import { failure, parseInput, resultOfError, runNetworkAction } from "./run";
import { withActor } from "@/server/audit/actor";

// THE choke point: every page, action and route handler of a network goes through here (route
// handlers through ./route.ts).

async function requestTranslator(): Promise<Translate> {
  return looseTranslator(await getLocale());
}

/** The signed-in user, or a redirect to the sign-in page that comes back here afterwards. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) {
    const path = (await headers()).get("x-relais-path") ?? "/";
    redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  }
  return user;
}

export async function requirePlatformAdmin(): Promise<SessionUser> {
  const user = await requireUser();
  if (!user.isPlatformAdmin) notFound();
  return user;
}

/** The caller's context in a network, once per request (pages, layouts and route handlers). */
export const networkContextFor = cache(async (userId: string, slug: string) =>
  loadNetworkContext(getDb(), { userId, networkSlug: slug, locale: await getLocale() }),
);

/**
 * For pages and layouts: the caller's context in the network. An unknown network, a network the
 * caller does not belong to, or a permission their role lacks: all "not found".
 */
export async function requireMembership(
  networkSlug: string,
  permission: Permission = "network.read",
): Promise<NetworkContext> {
  const user = await requireUser();
  const ctx = await networkContextFor(user.id, networkSlug);
  if (!ctx || !ctx.can(permission)) notFound();
  return ctx;
}

export type NetworkActionOptions = {
  /** The path whose layout is revalidated after a successful write. */
  revalidate?: (ctx: NetworkContext) => string;
  /** Cache tags (Next's data cache) expired at once after a successful write. */
  tags?: (ctx: NetworkContext) => string[];
};

/**
 * A server action of a network: `action(networkSlug, input)` → ActionResult. The definition stays
 * reachable as `action.command`, so that tests run the same schema, permission and mutation
 * through `runNetworkAction` without Next.js.
 */
export function networkAction<S extends z.ZodType, R>(
  schema: S,
  permission: Permission,
  fn: (ctx: NetworkContext, input: z.output<S>) => Promise<R>,
  options: NetworkActionOptions = {},
) {
  const action = async (networkSlug: string, input: z.input<S> | FormData): Promise<ActionResult<R>> => {
    const user = await getSessionUser();
    const locale = await getLocale();
    const result = await runNetworkAction(
      {
        db: getDb(),
        userId: user?.id ?? null,
        networkSlug,
        schema,
        permission,
        t: looseTranslator(locale),
        locale,
        input,
      },
      async (ctx, parsed) => {
        const data = await fn(ctx, parsed);
        if (options.revalidate) revalidatePath(options.revalidate(ctx), "layout");
        for (const tag of options.tags?.(ctx) ?? []) updateTag(tag);
        return data;
      },
    );
    return result;
  };
  return Object.assign(action, { command: { schema, permission, run: fn } });
}

/** A server action open to anonymous visitors (password reset, invitation acceptance). */
export function publicAction<S extends z.ZodType, R>(
  schema: S,
  fn: (ctx: { db: ReturnType<typeof getDb>; locale: string }, input: z.output<S>) => Promise<R>,
) {
  return async (input: z.input<S> | FormData): Promise<ActionResult<R>> => {
    const t = await requestTranslator();
    const parsed = await parseInput(schema, input, t);
    if (!parsed.ok) return parsed;
    try {
      return { ok: true, data: await fn({ db: getDb(), locale: await getLocale() }, parsed.data) };
    } catch (error) {
      return resultOfError(error, t);
    }
  };
}

/** A server action of any signed-in user about their own account (the password change). */
export function userAction<S extends z.ZodType, R>(
  schema: S,
  fn: (ctx: { db: ReturnType<typeof getDb>; user: SessionUser; locale: string }, input: z.output<S>) => Promise<R>,
) {
  return async (input: z.input<S> | FormData): Promise<ActionResult<R>> => {
    const t = await requestTranslator();
    const user = await getSessionUser();
    if (!user) return failure("unauthenticated", t);
    const parsed = await parseInput(schema, input, t);
    if (!parsed.ok) return parsed;
    try {
      const locale = await getLocale();
      return { ok: true, data: await withActor(user.id, () => fn({ db: getDb(), user, locale }, parsed.data)) };
    } catch (error) {
      return resultOfError(error, t);
    }
  };
}

/** A server action of the platform administrator. */
export function adminAction<S extends z.ZodType, R>(
  schema: S,
  fn: (
    ctx: { db: ReturnType<typeof getDb>; user: SessionUser; locale: string },
    input: z.output<S>,
  ) => Promise<R>,
) {
  return async (input: z.input<S> | FormData): Promise<ActionResult<R>> => {
    const t = await requestTranslator();
    const user = await getSessionUser();
    if (!user) return failure("unauthenticated", t);
    if (!user.isPlatformAdmin) return failure("not_found", t);
    const parsed = await parseInput(schema, input, t);
    if (!parsed.ok) return parsed;
    try {
      const locale = await getLocale();
      return { ok: true, data: await withActor(user.id, () => fn({ db: getDb(), user, locale }, parsed.data)) };
    } catch (error) {
      return resultOfError(error, t);
    }
  };
}
