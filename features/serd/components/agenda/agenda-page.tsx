import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { AgendaView } from "@/features/serd/components/agenda/agenda-view";
import { formatDay } from "@/lib/i18n/format-day";
import { getDb } from "@/db/client";
import { cachedAgenda, mapTileUrl } from "@/features/serd/agenda/agenda";
import { getPublicNetworkEdition } from "@/features/serd/agenda/queries";
import { agendaFiltersSchema } from "@/features/serd/agenda/schemas";
import { translator } from "@/lib/i18n/messages";
import { firstValues } from "@/lib/url";

// Shared by /agenda/[network] (running or latest edition) and /agenda/[network]/[year].

function parseYear(value: string | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  return /^\d{4}$/.test(value) ? Number(value) : null;
}

const findEdition = cache(async (slug: string, year: number | undefined) => {
  const found = await getPublicNetworkEdition(getDb(), { slug, year });
  return found?.edition ? { network: found.network, edition: found.edition } : null;
});

export async function agendaMetadata(slug: string, yearParam?: string): Promise<Metadata> {
  await connection();
  const year = parseYear(yearParam);
  const found = year === null ? null : await findEdition(slug, year);
  if (!found) return {};
  const locale = await getLocale();
  const t = translator(locale);
  const values = { year: found.edition.year, network: found.network.name };
  return {
    title: t("agenda.title", values),
    description: t("agenda.metaDescription", {
      ...values,
      start: formatDay(found.edition.startsOn, locale),
      end: formatDay(found.edition.endsOn, locale),
    }),
  };
}

export async function AgendaPage({
  slug,
  yearParam,
  searchParams,
}: {
  slug: string;
  yearParam?: string;
  searchParams: Record<string, string | string[] | undefined>;
}) {
  await connection();
  const year = parseYear(yearParam);
  if (year === null) notFound();
  const filters = agendaFiltersSchema.parse(firstValues(searchParams));
  const data = await cachedAgenda(getDb(), { slug, year, filters });
  if (!data) notFound();
  return (
    <AgendaView
      data={data}
      locale={await getLocale()}
      tileUrl={mapTileUrl()}
      explicitYear={year !== undefined}
    />
  );
}
