import { AgendaPage, agendaMetadata } from "@/features/serd/components/agenda/agenda-page";

// The public SERD agenda of one edition of a network.
export async function generateMetadata({ params }: PageProps<"/agenda/[network]/[year]">) {
  const { network, year } = await params;
  return agendaMetadata(network, year);
}

export default async function EditionAgendaPage({
  params,
  searchParams,
}: PageProps<"/agenda/[network]/[year]">) {
  const { network, year } = await params;
  return <AgendaPage slug={network} yearParam={year} searchParams={await searchParams} />;
}
