import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/types";
import { runAction } from "@/test/actions";
import { testDb } from "@/test/db";
import { createNetworkWithRoles } from "@/test/factories/index";
import { insertEventToday, insertParticipant } from "@/test/factories/meetings";
import { checkInAction } from "./actions";

// The route the check-in list polls, through the real choke point (server/access/server.ts); only
// the request's surroundings are stood in for: the session, the language and the database.
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
vi.mock("next-intl/server", () => ({ getLocale: async () => "fr" }));

const { GET } = await import("@/app/api/n/[network]/meetings/[id]/check-in/route");

const db: Db = testDb;
request.db = db;

let a: Awaited<ReturnType<typeof createNetworkWithRoles>>;
let b: Awaited<ReturnType<typeof createNetworkWithRoles>>;
let eventA: Awaited<ReturnType<typeof insertEventToday>>;
let eventB: Awaited<ReturnType<typeof insertEventToday>>;
let participationA: string;
beforeAll(async () => {
  a = await createNetworkWithRoles(db, { slug: "appel-a" });
  b = await createNetworkWithRoles(db, { slug: "appel-b" });
  eventA = await insertEventToday(db, { networkId: a.network.id });
  eventB = await insertEventToday(db, { networkId: b.network.id });
  const p = await insertParticipant(db, {
    networkId: a.network.id,
    eventId: eventA.id,
    contact: { firstName: "Inès", lastName: "Garnier" },
  });
  participationA = p.participation.id;
  await insertParticipant(db, { networkId: b.network.id, eventId: eventB.id });
});

async function poll(user: { id: string } | null, network: string, id: string) {
  request.userId = user?.id ?? null;
  const response = await GET(new Request(`http://relais.test/api/n/${network}/meetings/${id}/check-in`), {
    params: Promise.resolve({ network, id }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
type Rows = { rows: { id: string; firstName: string; status: string; checkedInAt: string | null }[] };

describe("GET /api/n/[network]/meetings/[id]/check-in", () => {
  it("gives the coordinator the day's list, with marks made on another phone, never cached", async () => {
    const before = await poll(a.coordinator, "appel-a", eventA.id);
    expect(before.status).toBe(200);
    expect((before.body as Rows).rows).toEqual([
      expect.objectContaining({
        id: participationA,
        firstName: "Inès",
        status: "registered",
        checkedInAt: null,
      }),
    ]);

    // An ambassador marks her present on their own phone; the coordinator's next poll shows it.
    const marked = await runAction(checkInAction, {
      db,
      userId: a.ambassador.id,
      networkSlug: "appel-a",
      input: { eventId: eventA.id, participationId: participationA, status: "present" },
    });
    expect(marked.ok).toBe(true);
    const after = await poll(a.coordinator, "appel-a", eventA.id);
    const [row] = (after.body as Rows).rows;
    expect(row).toMatchObject({ id: participationA, status: "present" });
    expect(new Date(row!.checkedInAt!).getTime()).toBeGreaterThan(0);

    request.userId = a.coordinator.id;
    const response = await GET(new Request("http://relais.test/"), {
      params: Promise.resolve({ network: "appel-a", id: eventA.id }),
    });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers as the page does: ambassadors may, partners and elected officials get 404, visitors 401", async () => {
    expect((await poll(a.ambassador, "appel-a", eventA.id)).status).toBe(200);
    for (const role of ["partner", "elected"] as const) {
      const refused = await poll(a[role], "appel-a", eventA.id);
      expect(refused.status).toBe(404);
      expect(refused.body).toEqual({ error: expect.any(String) });
      expect(JSON.stringify(refused.body)).not.toContain("Inès");
    }
    expect((await poll(null, "appel-a", eventA.id)).status).toBe(401);
  });

  it("answers 404 across networks, for a meeting that does not exist and for a malformed id", async () => {
    // Network B's coordinator, through network A's address: not a member there.
    expect((await poll(b.coordinator, "appel-a", eventA.id)).status).toBe(404);
    // Network B's coordinator, through network B's address, asking for network A's meeting.
    const cross = await poll(b.coordinator, "appel-b", eventA.id);
    expect(cross.status).toBe(404);
    expect(JSON.stringify(cross.body)).not.toContain("Inès");
    expect((await poll(a.coordinator, "appel-a", "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await poll(a.coordinator, "appel-a", "pas-un-uuid")).status).toBe(404);
    // Their own meeting still answers.
    expect((await poll(b.coordinator, "appel-b", eventB.id)).status).toBe(200);
  });
});
