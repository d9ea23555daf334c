import { AgendaPage, agendaMetadata } from "@/features/serd/components/agenda/agenda-page";

// The public SERD agenda of a network: its running edition, else its latest.
export async function generateMetadata({ params }: PageProps<"/agenda/[network]">) {
  return agendaMetadata((await params).network);
}

export default async function NetworkAgendaPage({ params, searchParams }: PageProps<"/agenda/[network]">) {
  return <AgendaPage slug={(await params).network} searchParams={await searchParams} />;
}
