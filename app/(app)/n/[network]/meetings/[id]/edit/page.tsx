import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EventForm } from "@/features/meetings/components/event-form";
import { PageHeader } from "@/components/ui/page-header";
import { listCommunes } from "@/features/directory/queries";
import { toParisInputValue } from "@/lib/domain/paris-time";
import { getEvent, listSpeakerOptions } from "@/features/meetings/queries";
import { directoryScope } from "@/server/access/scopes";
import { requireMembership } from "@/server/access/server";
import { isUuid } from "@/lib/domain/ids";
import { pageTitle } from "@/lib/i18n/metadata";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("meetings.event.edit");

export default async function EditMeetingPage({ params }: PageProps<"/n/[network]/meetings/[id]/edit">) {
  const { network, id } = await params;
  const ctx = await requireMembership(network, "events.write");
  if (!isUuid(id)) notFound();
  const scope = { networkId: ctx.network.id };
  const [event, communes, speakers] = await Promise.all([
    getEvent(ctx.db, { ...scope, id }),
    listCommunes(ctx.db, scope),
    directoryScope(ctx) === "full" ? listSpeakerOptions(ctx.db, scope) : [],
  ]);
  if (!event) notFound();
  const t = await getTranslations("meetings.event");
  return (
    <ClientMessages namespaces={["meetings"]}>
      <PageHeader title={t("editTitle", { title: event.title })} />
      <EventForm
        networkSlug={ctx.network.slug}
        communes={communes}
        speakers={speakers}
        values={{
          ...event,
          startsAt: toParisInputValue(event.startsAt),
          endsAt: toParisInputValue(event.endsAt),
          agendaItems: event.agendaItems.map((i) => ({
            title: i.title,
            durationMinutes: i.durationMinutes,
            speakerContactId: i.speakerContactId,
          })),
        }}
      />
    </ClientMessages>
  );
}
