import "server-only";
import { getLocale } from "next-intl/server";
import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import type { Db } from "@/db/types";
import { isUuid } from "@/lib/domain/ids";
import { looseTranslator, type Translate } from "@/lib/i18n/messages";
import { getSessionUser } from "@/server/auth/session";
import { capBody, defaultBodyLimitBytes, tooLarge } from "@/server/http/body-limit";
import type { NetworkContext } from "./context";
import type { Permission } from "./permissions";
import { networkContextFor } from "./server";
import { withActor } from "@/server/audit/actor";

// THE two wrappers of route handlers. A handler receives what it may use (the network context or
// the database, the caller's language and translator, checked parameters) and returns its
// response, or null for "not found": every 404 of the API is the same JSON answer, never cached,
// and says nothing about whether the row exists elsewhere. A body over the cap (1 MB unless the
// route says otherwise) is a 413 before anything else.

export type RouteContext = NetworkContext & { t: Translate };
export type PublicRouteContext = { db: Db; locale: string; t: Translate };

function notFound(t: Translate): Response {
  return NextResponse.json(
    { error: t("errors.not_found") },
    { status: 404, headers: { "Cache-Control": "no-store" } },
  );
}

async function requestTranslator() {
  const locale = await getLocale();
  return { locale, t: looseTranslator(locale) };
}

/**
 * For route handlers under /api/n/[network]/…: 401 without a session; 404 for an unknown network,
 * a network the caller does not belong to, a permission their role lacks, and a malformed id
 * (every segment but [network] is a row id, hence a UUID, unless `params` gives it another pattern,
 * e.g. a year) — before any query of the handler runs.
 * The handler scopes its own query by `ctx.network.id`: a row of another network is null, a 404.
 */
export function withNetwork<P extends { network: string }>(
  permission: Permission,
  handler: (request: Request, ctx: RouteContext, params: P) => Promise<Response | null>,
  {
    maxBodyBytes = defaultBodyLimitBytes,
    params: patterns = {},
    streamBody = false,
  }: {
    maxBodyBytes?: number;
    params?: Partial<Record<keyof P, RegExp>>;
    /**
     * Hand the body to the handler unread (an upload streamed into storage): only a declared
     * length over `maxBodyBytes` is refused here; the handler must count the bytes as it reads.
     */
    streamBody?: boolean;
  } = {},
) {
  const valid = (key: string, value: string) => {
    const pattern = (patterns as Record<string, RegExp | undefined>)[key];
    return pattern ? pattern.test(value) : isUuid(value);
  };
  return async (raw: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    const { t } = await requestTranslator();
    const request = streamBody
      ? declaredWithin(raw, maxBodyBytes)
      : await capBody(raw, maxBodyBytes).catch(() => null);
    if (!request) return tooLarge(t("errors.bodyTooLarge"));
    const p = await params;
    const user = await getSessionUser();
    if (!user) return NextResponse.json({ error: t("errors.unauthenticated") }, { status: 401 });
    const ctx = await networkContextFor(user.id, p.network);
    if (!ctx || !ctx.can(permission)) return notFound(t);
    if (Object.entries(p).some(([key, value]) => key !== "network" && !valid(key, value))) return notFound(t);
    return (await withActor(user.id, () => handler(request, { ...ctx, t }, p))) ?? notFound(t);
  };
}

/** The request as it is when it declares no length over the limit; null otherwise. */
function declaredWithin(request: Request, limit: number): Request | null {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  return Number.isFinite(declared) && declared > limit ? null : request;
}

// Personal tokens are base64url (server/auth/tokens.ts, calendar feed tokens): 43 characters.
const tokenPattern = /^[A-Za-z0-9_-]{10,200}$/;

/**
 * For anonymous routes reached by a secret token (an answer link, a calendar feed; a trailing
 * ".ics" is dropped) or by a public id (a UUID). A malformed key is a 404 before any query; so
 * is a key the handler does not find: unknown and revoked tokens look the same.
 */
export function withToken<K extends string>(
  param: K,
  format: "token" | "uuid",
  handler: (request: Request, ctx: PublicRouteContext, key: string) => Promise<Response | null>,
  { maxBodyBytes = defaultBodyLimitBytes }: { maxBodyBytes?: number } = {},
) {
  return async (raw: Request, { params }: { params: Promise<Record<K, string>> }): Promise<Response> => {
    const { locale, t } = await requestTranslator();
    const request = await capBody(raw, maxBodyBytes).catch(() => null);
    if (!request) return tooLarge(t("errors.bodyTooLarge"));
    const value = (await params)[param];
    const key = format === "token" ? value.replace(/\.ics$/, "") : value;
    const valid = format === "token" ? tokenPattern.test(key) : isUuid(key);
    if (!valid) return notFound(t);
    return (await handler(request, { db: getDb(), locale, t }, key)) ?? notFound(t);
  };
}
