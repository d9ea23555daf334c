import "server-only";
import { and, arrayContains, eq, ilike, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { contacts, organisations } from "@/db/schema";
import { escapeLike, searchTerms } from "@/lib/domain/search";
import type { ContactFilters, OrganisationFilters } from "./schemas";

// The WHERE clauses of the directory lists, shared by the lists, the exports and the segments.
// Every clause starts with the tenant.

export function organisationWhere(networkId: string, f: Partial<OrganisationFilters>): SQL {
  const conditions: (SQL | undefined)[] = [
    eq(organisations.networkId, networkId),
    f.archived ? isNotNull(organisations.archivedAt) : isNull(organisations.archivedAt),
    f.type ? eq(organisations.actorType, f.type) : undefined,
    f.status ? eq(organisations.status, f.status) : undefined,
    f.commune ? eq(organisations.communeId, f.commune) : undefined,
    f.tag ? arrayContains(organisations.tags, [f.tag.toLowerCase()]) : undefined,
    ...searchTerms(f.q).map((term) => ilike(organisations.searchText, `%${escapeLike(term)}%`)),
  ];
  return and(...conditions)!;
}

/** Contacts are filtered on their own fields and, for type/status/commune/tag, on their organisation's. */
export function contactWhere(networkId: string, f: Partial<ContactFilters>): SQL {
  const viaOrganisation = f.type || f.status || f.commune || f.tag;
  const conditions: (SQL | undefined)[] = [
    eq(contacts.networkId, networkId),
    isNull(contacts.erasedAt),
    f.archived ? isNotNull(contacts.archivedAt) : isNull(contacts.archivedAt),
    f.organisation ? eq(contacts.organisationId, f.organisation) : undefined,
    f.relay ? eq(contacts.isRelayActor, true) : undefined,
    f.ambassador ? eq(contacts.isAmbassador, true) : undefined,
    viaOrganisation
      ? sql`exists (select 1 from ${organisations} o where o.id = "contacts"."organisation_id" and o.network_id = ${networkId}
          ${f.type ? sql`and o.actor_type = ${f.type}` : sql``}
          ${f.status ? sql`and o.status = ${f.status}` : sql``}
          ${f.commune ? sql`and o.commune_id = ${f.commune}` : sql``}
          ${f.tag ? sql`and o.tags @> array[${f.tag.toLowerCase()}]::text[]` : sql``})`
      : undefined,
    ...searchTerms(f.q).map((term) => ilike(contacts.searchText, `%${escapeLike(term)}%`)),
  ];
  return and(...conditions)!;
}
