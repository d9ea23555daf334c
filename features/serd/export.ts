import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { communes, organisations, serdActions, serdEditions, serdOccurrences } from "@/db/schema";
import type { Db } from "@/db/types";
import { toCsv, toXlsx, type Cell } from "@/server/spreadsheet";
import { ewwrCategoryOf } from "@/lib/domain/enums";
import { looseTranslator } from "@/lib/i18n/messages";

// The edition's labelled actions for the national coordination (ADEME): one row per occurrence,
// French headers and labels whatever the user's language (the file is a format, not a screen),
// the EWWR organiser category of the lead organisation, themes as their French labels.

export const serdExportFormats = ["csv", "xlsx"] as const;
export type SerdExportFormat = (typeof serdExportFormats)[number];

export const serdExportHeaders = [
  "Identifiant de l'action",
  "Identifiant de la date",
  "Édition",
  "Titre de l'action",
  "Description",
  "Thématiques",
  "Type d'action",
  "Publics cibles",
  "Structure porteuse",
  "Catégorie de porteur (EWWR)",
  "Co-organisateurs",
  "Date",
  "Heure de début",
  "Heure de fin",
  "Lieu",
  "Adresse",
  "Commune",
  "Code INSEE",
  "Latitude",
  "Longitude",
  "Participants attendus",
  "Participants réels",
  "Entrée gratuite",
  "Sans but lucratif",
  "Candidature aux trophées",
] as const;


/** "2014-11-22" → "22/11/2014". */
const frenchDate = (day: string) => day.split("-").reverse().join("/");

export async function serdExportRows(
  db: Db,
  { networkId, editionId }: { networkId: string; editionId: string },
): Promise<{ year: number; rows: Cell[][] } | null> {
  const [edition] = await db
    .select({ year: serdEditions.year })
    .from(serdEditions)
    .where(and(eq(serdEditions.networkId, networkId), eq(serdEditions.id, editionId)))
    .limit(1);
  if (!edition) return null;
  const records = await db
    .select({
      actionId: serdActions.id,
      occurrenceId: serdOccurrences.id,
      title: serdActions.title,
      description: serdActions.description,
      themes: serdActions.themes,
      format: serdActions.format,
      publics: serdActions.targetPublics,
      leadName: organisations.name,
      actorType: organisations.actorType,
      override: organisations.ewwrCategoryOverride,
      coorganisers: sql<string | null>`(
        select string_agg(co.name, ', ' order by co.name)
        from serd_action_coorganisers ac
        join organisations co on co.id = ac.organisation_id and co.network_id = ac.network_id
        where ac.action_id = ${serdActions.id} and ac.network_id = ${networkId})`,
      date: serdOccurrences.date,
      startTime: serdOccurrences.startTime,
      endTime: serdOccurrences.endTime,
      place: serdOccurrences.place,
      address: serdOccurrences.address,
      commune: communes.name,
      insee: communes.inseeCode,
      latitude: serdOccurrences.latitude,
      longitude: serdOccurrences.longitude,
      expected: serdOccurrences.expectedParticipants,
      actual: serdOccurrences.actualParticipants,
      freeEntry: serdActions.freeEntry,
      nonProfit: serdActions.nonProfit,
      awards: serdActions.awardsOptIn,
    })
    .from(serdOccurrences)
    .innerJoin(
      serdActions,
      and(eq(serdActions.id, serdOccurrences.actionId), eq(serdActions.networkId, serdOccurrences.networkId)),
    )
    .innerJoin(organisations, eq(organisations.id, serdActions.leadOrganisationId))
    .leftJoin(communes, eq(communes.id, serdOccurrences.communeId))
    .where(
      and(
        eq(serdOccurrences.networkId, networkId),
        eq(serdActions.editionId, editionId),
        eq(serdActions.status, "labelled"),
      ),
    )
    .orderBy(
      asc(serdOccurrences.date),
      sql`${serdOccurrences.startTime} asc nulls first`,
      asc(serdActions.title),
      asc(serdOccurrences.id),
    );
  const t = looseTranslator("fr");
  const yesNo = (v: boolean) => (v ? "Oui" : "Non");
  const rows = records.map((r): Cell[] => [
    r.actionId,
    r.occurrenceId,
    edition.year,
    r.title,
    r.description,
    r.themes.map((k) => t(`serd.themes.${k}`)).join(", "),
    r.format ? t(`serd.formats.${r.format}`) : null,
    r.publics.map((k) => t(`serd.publics.${k}`)).join(", "),
    r.leadName,
    t(`directory.ewwr.${r.override ?? ewwrCategoryOf[r.actorType]}`),
    r.coorganisers,
    frenchDate(r.date),
    r.startTime?.slice(0, 5) ?? null,
    r.endTime?.slice(0, 5) ?? null,
    r.place,
    r.address,
    r.commune,
    r.insee,
    r.latitude,
    r.longitude,
    r.expected,
    r.actual,
    yesNo(r.freeEntry),
    yesNo(r.nonProfit),
    yesNo(r.awards),
  ]);
  return { year: edition.year, rows };
}

/** The export file, or null when the edition is not the network's. */
export async function exportSerdEdition(
  db: Db,
  args: { networkId: string; networkSlug: string; editionId: string; format: SerdExportFormat },
): Promise<{ fileName: string; contentType: string; body: Uint8Array<ArrayBuffer> } | null> {
  const data = await serdExportRows(db, args);
  if (!data) return null;
  const fileName = `serd-${data.year}-${args.networkSlug}-ademe.${args.format}`;
  if (args.format === "csv")
    return {
      fileName,
      contentType: "text/csv; charset=utf-8",
      body: toCsv([...serdExportHeaders], data.rows),
    };
  return {
    fileName,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body: await toXlsx(`SERD ${data.year}`, [...serdExportHeaders], data.rows),
  };
}
