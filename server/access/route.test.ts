import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/types";
import { testDb } from "@/test/db";
import { createNetworkWithRoles } from "@/test/factories/index";

// The two route wrappers with a stand-in handler; only the session, the language and the database
// of the request are stood in for.
const request = vi.hoisted(() => ({ userId: null as string | null, db: null as unknown }));
vi.mock("@/server/auth/session", () => ({
  getSessionUser: async () =>
    request.userId
      ? { id: request.userId, email: "x@exemple.test", name: "X", isPlatformAdmin: false }
      : null,
}));
vi.mock("@/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/db/client")>()),
  getDb: () => request.db,
}));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));

const { withNetwork, withToken } = await import("./route");

const db: Db = testDb;
request.db = db;

let a: Awaited<ReturnType<typeof createNetworkWithRoles>>;
beforeAll(async () => {
  a = await createNetworkWithRoles(db, { slug: "reseau-route-a" });
  await createNetworkWithRoles(db, { slug: "reseau-route-b" });
});

type P = { network: string; id: string; attachmentId: string };
const seen: { networkId: string; locale: string; params: P }[] = [];
const route = withNetwork<P>("events.attendance", async (_request, ctx, params) => {
  seen.push({ networkId: ctx.network.id, locale: ctx.locale, params });
  return params.id === params.attachmentId ? null : Response.json({ ok: ctx.t("errors.not_found") });
});
const call = (params: P) =>
  route(new Request("http://relais.test/api/n/x"), { params: Promise.resolve(params) });
const uuid1 = "0b7c6f0e-8d1a-4c1e-9a55-2f3e4d5c6b7a";
const uuid2 = "1c8d7a1f-9e2b-4d2f-8b66-3a4f5e6d7c8b";

describe("withNetwork", () => {
  it("runs the handler for a member with the permission, with the network and the language", async () => {
    request.userId = a.coordinator.id;
    const response = await call({ network: "reseau-route-a", id: uuid1, attachmentId: uuid2 });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ok: "Not found: this item does not exist or is not part of this network.",
    });
    expect(seen.at(-1)).toMatchObject({ networkId: a.network.id, locale: "en" });
  });

  it("answers one JSON 404, never cached, before the handler for anything it may not reach", async () => {
    const before = seen.length;
    request.userId = a.coordinator.id;
    for (const params of [
      { network: "reseau-route-b", id: uuid1, attachmentId: uuid2 }, // not a member
      { network: "reseau-inconnu", id: uuid1, attachmentId: uuid2 }, // unknown
      { network: "reseau-route-a", id: uuid1, attachmentId: "pas-un-id" }, // malformed id
      { network: "reseau-route-a", id: "1 or 1=1", attachmentId: uuid2 },
    ]) {
      const response = await call(params);
      expect(response.status).toBe(404);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(await response.json()).toEqual({
        error: "Not found: this item does not exist or is not part of this network.",
      });
    }
    request.userId = a.partner.id; // lacks the permission
    expect((await call({ network: "reseau-route-a", id: uuid1, attachmentId: uuid2 })).status).toBe(404);
    expect(seen.length).toBe(before);
    request.userId = null;
    expect((await call({ network: "reseau-route-a", id: uuid1, attachmentId: uuid2 })).status).toBe(401);
    expect(seen.length).toBe(before);
  });

  it("turns a handler's null into the same 404", async () => {
    request.userId = a.coordinator.id;
    const response = await call({ network: "reseau-route-a", id: uuid1, attachmentId: uuid1 });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: "Not found: this item does not exist or is not part of this network.",
    });
  });
});

describe("withToken", () => {
  const keys: string[] = [];
  const tokenRoute = withToken("token", "token", async (_request, { db: routeDb, locale }, token) => {
    expect(routeDb).toBe(db);
    expect(locale).toBe("en");
    keys.push(token);
    return new Response(token);
  });
  const idRoute = withToken("id", "uuid", async (_request, _ctx, id) => new Response(id));
  const get = <K extends string>(r: typeof tokenRoute | typeof idRoute, params: Record<K, string>) =>
    r(new Request("http://relais.test/t"), { params: Promise.resolve(params) } as never);

  it("hands a well-formed token (without its .ics) or UUID to the handler", async () => {
    const token = "AbC_dEf-0123456789abcdefghijklmnopqrstuvwxyz";
    expect(await (await get(tokenRoute, { token: `${token}.ics` })).text()).toBe(token);
    expect(await (await get(idRoute, { id: uuid1 })).text()).toBe(uuid1);
  });

  it("answers 404 for a malformed key without running the handler", async () => {
    const before = keys.length;
    for (const token of ["court", "a/b/c/d/e/f/g/h", "x".repeat(201), "é".repeat(43)]) {
      const response = await get(tokenRoute, { token });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({
        error: "Not found: this item does not exist or is not part of this network.",
      });
    }
    expect((await get(idRoute, { id: "pas-un-id" })).status).toBe(404);
    expect(keys.length).toBe(before);
  });
});

describe("the body cap of both wrappers", () => {
  it("answers 413 to a 12 MB body (the import route's) before the session or the handler", async () => {
    const before = seen.length;
    request.userId = a.coordinator.id;
    const body = JSON.stringify({ rows: "x".repeat(12 * 1024 * 1024) });
    const response = await route(
      new Request("http://relais.test/api/n/x", { method: "POST", body, headers: { "content-type": "application/json" } }),
      { params: Promise.resolve({ network: "reseau-route-a", id: uuid1, attachmentId: uuid2 }) },
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: "Request too large." });
    expect(seen.length).toBe(before);
    const small = await route(new Request("http://relais.test/api/n/x", { method: "POST", body: "{}" }), {
      params: Promise.resolve({ network: "reseau-route-a", id: uuid1, attachmentId: uuid2 }),
    });
    expect(small.status).toBe(200);
    const token = withToken("id", "uuid", async () => new Response("ran"));
    const tooBig = await token(new Request("http://relais.test/t", { method: "POST", body }), {
      params: Promise.resolve({ id: uuid1 }),
    });
    expect(tooBig.status).toBe(413);
  });
});
