import "server-only";
import { asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { communes, contacts, organisations } from "@/db/schema";
import type { Db } from "@/db/types";
import { ewwrCategoryOf } from "@/lib/domain/enums";
import { parisDateKey } from "@/lib/domain/paris-time";
import type { Locale } from "@/lib/i18n/config";
import { looseTranslator } from "@/lib/i18n/messages";
import { toCsv, toXlsx, type Cell } from "@/server/spreadsheet";
import { contactWhere, organisationWhere } from "./filters";
import { fieldsOf, type ImportField, type ImportKind } from "./import/schemas";
import type { ContactFilters, OrganisationFilters } from "./schemas";

// The filtered directory lists as files: every matching row, headers and labels in the user's
// language, and exactly the columns the import reads back (export then import gives the same rows).

export const exportFormats = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof exportFormats)[number];

const organisationOrder: Record<NonNullable<OrganisationFilters["sort"]>, SQL> = {
  name: asc(sql`lower(${organisations.name})`),
  "-name": desc(sql`lower(${organisations.name})`),
  updated: asc(organisations.updatedAt),
  "-updated": desc(organisations.updatedAt),
  status: asc(organisations.status),
  "-status": desc(organisations.status),
};

const contactOrder: Record<NonNullable<ContactFilters["sort"]>, SQL[]> = {
  name: [asc(sql`lower(${contacts.lastName})`), asc(sql`lower(${contacts.firstName})`)],
  "-name": [desc(sql`lower(${contacts.lastName})`), desc(sql`lower(${contacts.firstName})`)],
  lastInteraction: [sql`${contacts.lastInteractionAt} asc nulls first`],
  "-lastInteraction": [sql`${contacts.lastInteractionAt} desc nulls last`],
};

async function organisationRows(
  db: Db,
  {
    networkId,
    filters,
    locale,
  }: { networkId: string; filters: Partial<OrganisationFilters>; locale: Locale },
) {
  const t = looseTranslator(locale);
  const yesNo = (v: boolean) => t(v ? "import.labels.yes" : "import.labels.no");
  const rows = await db
    .select({ o: organisations, communeName: communes.name })
    .from(organisations)
    .leftJoin(communes, eq(communes.id, organisations.communeId))
    .where(organisationWhere(networkId, filters))
    .orderBy(organisationOrder[filters.sort ?? "name"], asc(organisations.id));
  return rows.map(({ o, communeName }): Record<string, Cell> => ({
    name: o.name,
    actorType: t(`directory.actorTypes.${o.actorType}`),
    ewwrCategory: t(`directory.ewwr.${o.ewwrCategoryOverride ?? ewwrCategoryOf[o.actorType]}`),
    status: t(`directory.statuses.${o.status}`),
    commune: communeName,
    address: o.address,
    latitude: o.latitude,
    longitude: o.longitude,
    website: o.website,
    description: o.description,
    tags: o.tags.join(", "),
    isInternalService: yesNo(o.isInternalService),
  }));
}

async function contactRows(
  db: Db,
  { networkId, filters, locale }: { networkId: string; filters: Partial<ContactFilters>; locale: Locale },
) {
  const t = looseTranslator(locale);
  const yesNo = (v: boolean) => t(v ? "import.labels.yes" : "import.labels.no");
  const day = (d: Date | null) => (d ? parisDateKey(d) : null);
  const rows = await db
    .select({ c: contacts, organisationName: organisations.name })
    .from(contacts)
    .leftJoin(organisations, eq(organisations.id, contacts.organisationId))
    .where(contactWhere(networkId, filters))
    .orderBy(...contactOrder[filters.sort ?? "name"], asc(contacts.id));
  return rows.map(({ c, organisationName }): Record<string, Cell> => ({
    firstName: c.firstName,
    lastName: c.lastName,
    email: c.email,
    phone: c.phone,
    jobTitle: c.jobTitle,
    organisation: organisationName,
    isRelayActor: yesNo(c.isRelayActor),
    isAmbassador: yesNo(c.isAmbassador),
    legalBasis: t(`directory.legalBases.${c.legalBasis}`),
    consentNewsletter: day(c.consentNewsletterAt),
    consentPublicListing: day(c.consentPublicListingAt),
    consentPhotos: day(c.consentPhotosAt),
    source: c.source,
  }));
}

export async function exportDirectory(
  db: Db,
  args: {
    networkId: string;
    networkSlug: string;
    kind: ImportKind;
    format: ExportFormat;
    filters: Partial<OrganisationFilters> | Partial<ContactFilters>;
    locale: Locale;
    now?: Date;
  },
): Promise<{ fileName: string; contentType: string; body: Uint8Array<ArrayBuffer> }> {
  const { networkId, kind, format, locale } = args;
  const t = looseTranslator(locale);
  const fields: readonly ImportField[] = fieldsOf[kind];
  const records =
    kind === "organisations"
      ? await organisationRows(db, {
          networkId,
          filters: args.filters as Partial<OrganisationFilters>,
          locale,
        })
      : await contactRows(db, { networkId, filters: args.filters as Partial<ContactFilters>, locale });
  const headers = fields.map((f) => t(`import.fields.${kind}.${f}`));
  const rows = records.map((r) => fields.map((f) => r[f] ?? null));
  const fileName = `${t(`import.export.${kind}File`)}-${args.networkSlug}-${parisDateKey(args.now ?? new Date())}.${format}`;
  if (format === "csv")
    return { fileName, contentType: "text/csv; charset=utf-8", body: toCsv(headers, rows) };
  return {
    fileName,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body: await toXlsx(t(`import.export.${kind}Sheet`), headers, rows),
  };
}
