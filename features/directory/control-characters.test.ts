import { beforeAll, describe, expect, it } from "vitest";
import { getPublicNetwork, getPublicNetworkEdition } from "@/features/serd/agenda/queries";
import { runAction } from "@/test/actions";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles } from "@/test/factories/index";
import { firstValues } from "@/lib/url";
import { createOrganisationAction } from "./actions";
import { exportDirectory } from "./export";
import { listContacts, listOrganisations } from "./queries";
import { contactFiltersSchema, organisationFiltersSchema } from "./schemas";

// A NUL byte reached PostgreSQL (which refuses it in text) from a URL filter, a public slug or a
// form field, and the page answered 500. Each is now a stale filter (ignored), a "not found" or
// a field message.
let a: Awaited<ReturnType<typeof createNetworkWithRoles>>;
beforeAll(async () => {
  a = await createNetworkWithRoles(db, { slug: "plp-nul" });
});

const parseOrgs = (query: string) =>
  organisationFiltersSchema.parse(firstValues(Object.fromEntries(new URLSearchParams(query))));

describe("control characters", () => {
  it("?tag=%00 and ?q=%00 on both directory lists and the export are ignored filters", async () => {
    const orgFilters = parseOrgs("tag=%00&q=a%00b");
    expect(orgFilters).toMatchObject({ tag: undefined, q: undefined });
    await expect(listOrganisations(db, { networkId: a.network.id, filters: orgFilters })).resolves.toBeTruthy();
    const contactFilters = contactFiltersSchema.parse({ tag: "\u0000", q: "\u0000" });
    await expect(listContacts(db, { networkId: a.network.id, filters: contactFilters })).resolves.toBeTruthy();
    const file = await exportDirectory(db, {
      networkId: a.network.id,
      networkSlug: "plp-nul",
      kind: "organisations",
      format: "csv",
      filters: orgFilters,
      locale: "fr",
    });
    expect(file.body.byteLength).toBeGreaterThan(0);
  });

  it("/agenda/%00: a slug that is not one is not found, before any query", async () => {
    expect(await getPublicNetwork(db, { slug: "\u0000" })).toBeNull();
    expect(await getPublicNetworkEdition(db, { slug: "\u0000" })).toBeNull();
    expect(await getPublicNetworkEdition(db, { slug: "plp-nul\u0000", year: 2026 })).toBeNull();
  });

  it("a text field with \\0 gets a field message, not an unexpected error", async () => {
    for (const input of [
      { name: "Nom\u0000", actorType: "school", status: "potential" },
      { name: "Nom", actorType: "school", status: "potential", tags: "tri\u0000" },
      { name: "Nom", actorType: "school", status: "potential", website: "exemple.fr/\u0000" },
      { name: "Nom", actorType: "school", status: "potential", description: "a\u0000b" },
    ]) {
      const result = await runAction(createOrganisationAction, {
        db,
        userId: a.coordinator.id,
        networkSlug: "plp-nul",
        input,
      });
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (result.ok) continue;
      expect(result.code).toBe("invalid_input");
      expect(Object.values(result.fieldErrors ?? {}).flat()).toContain("Format invalide.");
    }
  });
});
