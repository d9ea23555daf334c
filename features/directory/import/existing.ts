import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { communes, contacts, organisations } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Reference } from "./check-rows";
import type { ImportKind } from "./schemas";

// What an import compares its rows with: the network's communes, organisations and people.
// One query per table, whatever the size of the file.

export type ExistingOrganisation = typeof organisations.$inferSelect;
export type ExistingContact = typeof contacts.$inferSelect;

export type Existing = {
  reference: Reference;
  organisations: ExistingOrganisation[];
  contacts: ExistingContact[];
  communeNames: Map<string, string>;
  organisationNames: Map<string, string>;
};

export async function loadExisting(
  db: Db,
  { networkId, kind }: { networkId: string; kind: ImportKind },
): Promise<Existing> {
  const communeRows = await db
    .select({ id: communes.id, name: communes.name, inseeCode: communes.inseeCode })
    .from(communes)
    .where(eq(communes.networkId, networkId));
  const organisationRows = await db
    .select()
    .from(organisations)
    .where(eq(organisations.networkId, networkId));
  const contactRows =
    kind === "contacts"
      ? await db
          .select()
          .from(contacts)
          // An erased person is no one any more: nothing merges into them.
          .where(and(eq(contacts.networkId, networkId), isNull(contacts.erasedAt)))
      : [];
  return {
    reference: {
      communes: communeRows,
      organisations: organisationRows.map((o) => ({
        id: o.id,
        name: o.name,
        archived: o.archivedAt !== null,
      })),
    },
    organisations: organisationRows,
    contacts: contactRows,
    communeNames: new Map(communeRows.map((c) => [c.id, c.name])),
    organisationNames: new Map(organisationRows.map((o) => [o.id, o.name])),
  };
}
