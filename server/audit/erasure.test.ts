import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { auditLog, contacts } from "@/db/schema";
import type { Db } from "@/db/types";
import { listAuditEntries } from "@/features/audit/queries";
import { auditFiltersSchema } from "@/features/audit/schemas";
import { archiveContactAction } from "@/features/directory/actions";
import { eraseContactAction } from "@/features/directory/gdpr/actions";
import { runAction } from "@/test/actions";
import { testDb } from "@/test/db";
import { createNetworkWithRoles, createOrganisation } from "@/test/factories/index";
import { insertContactWithEveryField } from "@/test/factories/gdpr";

// Issue 14: "erased people's data removed from [the audit trail] on erasure". The trail is built
// to hold none (docs/decisions/0036, 0037): this replays a person's whole life in the log — GDPR
// export through the real route, archive, restore, erasure through the real actions — and checks
// that after the erasure neither the table nor the coordinator's page holds any of their identity.
const request = vi.hoisted(() => ({ userId: null as string | null, db: null as unknown }));
vi.mock("@/server/auth/session", () => ({
  getSessionUser: async () =>
    request.userId ? { id: request.userId, email: "x@exemple.test", name: "X", isPlatformAdmin: false } : null,
}));
vi.mock("@/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/db/client")>()),
  getDb: () => request.db,
}));
vi.mock("next-intl/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-intl/server")>()),
  getLocale: async () => "fr",
}));

const { GET: exportRoute } = await import("@/app/api/n/[network]/directory/contacts/[id]/export/route");

const db: Db = testDb;
request.db = db;

let net: Awaited<ReturnType<typeof createNetworkWithRoles>>;
beforeAll(async () => {
  net = await createNetworkWithRoles(db, { slug: "audit-effacement" });
});

describe("the audit trail and a GDPR erasure", () => {
  it("holds nothing of the erased person: only the row's id, actions, dates and the reason", async () => {
    const org = await createOrganisation(db, { networkId: net.network.id, name: "Ressourcerie des Coteaux" });
    const person = await insertContactWithEveryField(db, {
      networkId: net.network.id,
      organisationId: org.id,
      firstName: "Gwenaëlle",
      lastName: "Kerbrat-Ollivier",
      email: "gwenaelle.kerbrat@exemple.test",
      phone: "03 89 12 34 56",
    });
    const identity = [person.firstName, person.lastName, person.email!, person.phone!, person.jobTitle!, person.source!];
    const as = { db, userId: net.coordinator.id, networkSlug: net.network.slug };

    request.userId = net.coordinator.id;
    const exported = await exportRoute(
      new Request(`http://relais.test/api/n/${net.network.slug}/directory/contacts/${person.id}/export`),
      { params: Promise.resolve({ network: net.network.slug, id: person.id }) },
    );
    expect(exported.status).toBe(200);
    expect(await exported.text()).toContain("Kerbrat-Ollivier");
    expect((await runAction(archiveContactAction, { ...as, input: { id: person.id, archived: true } })).ok).toBe(true);
    expect((await runAction(archiveContactAction, { ...as, input: { id: person.id, archived: false } })).ok).toBe(true);
    expect((await runAction(eraseContactAction, { ...as, input: { id: person.id, reason: "request" } })).ok).toBe(true);

    const [erased] = await db.select().from(contacts).where(eq(contacts.id, person.id));
    expect([erased!.firstName, erased!.lastName, erased!.email]).toEqual(["Personne", "effacée", null]);

    const entries = await db.select().from(auditLog).where(eq(auditLog.entityId, person.id));
    expect(entries.map((e) => [e.action, e.actorId, e.summary])).toEqual(
      expect.arrayContaining([
        ["directory.contactExported", net.coordinator.id, {}],
        ["directory.contactArchived", net.coordinator.id, { archived: true }],
        ["directory.contactArchived", net.coordinator.id, { archived: false }],
        ["directory.contactsErased", net.coordinator.id, { reason: "request" }],
      ]),
    );
    expect(entries).toHaveLength(4);
    // Nothing anywhere in the table, nor on the coordinator's page of the log.
    const everything = JSON.stringify(await db.select().from(auditLog));
    const page = JSON.stringify(
      await listAuditEntries(db, { networkId: net.network.id, filters: auditFiltersSchema.parse({}) }),
    );
    for (const value of identity) {
      expect(everything, value).not.toContain(value);
      expect(page, value).not.toContain(value);
    }
  });
});
