import "server-only";
import { unstable_cache } from "next/cache";
import type { Db } from "@/db/types";
import {
  getPublicNetworkEdition,
  listAgendaCommunes,
  listAgendaOccurrences,
  listPublicEditionYears,
} from "./queries";
import type { AgendaFilters } from "./schemas";
import { daysBetween, parisToday } from "@/lib/domain/paris-time";
import type { AgendaData } from "./types";
import { env } from "@/server/env";
import { agendaTag } from "../constants";

/**
 * Everything the public agenda page shows, in two round trips: the network with its edition,
 * then its occurrences, filter choices and other years at once. Null: unknown network or edition.
 */
export async function loadAgenda(
  db: Db,
  { slug, year, filters, now }: { slug: string; year?: number; filters: AgendaFilters; now?: Date },
): Promise<AgendaData | null> {
  const found = await getPublicNetworkEdition(db, { slug, year, now });
  if (!found?.edition) return null;
  const { network, edition } = found;
  const scope = { networkId: network.id, editionId: edition.id };
  const [occurrences, communes, years] = await Promise.all([
    listAgendaOccurrences(db, { ...scope, filters }),
    listAgendaCommunes(db, scope),
    listPublicEditionYears(db, { networkId: network.id }),
  ]);
  return {
    network,
    edition,
    years,
    filters,
    days: daysBetween(edition.startsOn, edition.endsOn),
    communes,
    occurrences,
  };
}

/** Where map tiles come from; none means markers on a blank background. */
export function mapTileUrl(): string | undefined {
  return env().MAP_TILE_URL;
}

/**
 * loadAgenda through Next's data cache, keyed by network, year, filters and the Paris day (which
 * edition is "running" changes at midnight). Every SERD write of the network expires it at once
 * (agendaTag), as do the network's settings and the directory's writes; communes renamed elsewhere
 * show within five minutes. docs/decisions/0028-page-weight-and-throughput.md.
 */
export function cachedAgenda(
  db: Db,
  { slug, year, filters }: { slug: string; year?: number; filters: AgendaFilters },
): Promise<AgendaData | null> {
  const today = parisToday();
  return unstable_cache(
    () => loadAgenda(db, { slug, year, filters }),
    ["serd-agenda", slug, String(year ?? ""), JSON.stringify(filters), today],
    { tags: [agendaTag(slug)], revalidate: 300 },
  )();
}
