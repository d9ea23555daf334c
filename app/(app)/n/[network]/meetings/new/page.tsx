import { getTranslations } from "next-intl/server";
import { EventForm } from "@/features/meetings/components/event-form";
import { PageHeader } from "@/components/ui/page-header";
import { listCommunes } from "@/features/directory/queries";
import { listSpeakerOptions } from "@/features/meetings/queries";
import { directoryScope } from "@/server/access/scopes";
import { requireMembership } from "@/server/access/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("meetings.event.newTitle");

export default async function NewMeetingPage({ params }: PageProps<"/n/[network]/meetings/new">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "events.write");
  const t = await getTranslations("meetings.event");
  const scope = { networkId: ctx.network.id };
  const [communes, speakers] = await Promise.all([
    listCommunes(ctx.db, scope),
    directoryScope(ctx) === "full" ? listSpeakerOptions(ctx.db, scope) : [],
  ]);
  return (
    <ClientMessages namespaces={["meetings"]}>
      <PageHeader title={t("newTitle")} />
      <EventForm networkSlug={ctx.network.slug} communes={communes} speakers={speakers} />
    </ClientMessages>
  );
}
