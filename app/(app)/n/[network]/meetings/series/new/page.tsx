import { getTranslations } from "next-intl/server";
import { SeriesForm } from "@/features/meetings/components/series-form";
import { PageHeader } from "@/components/ui/page-header";
import { listCommunes } from "@/features/directory/queries";
import { parisDateKey } from "@/lib/domain/paris-time";
import { requireMembership } from "@/server/access/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("meetings.series.newTitle");

export default async function NewSeriesPage({ params }: PageProps<"/n/[network]/meetings/series/new">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "events.write");
  const t = await getTranslations("meetings.series");
  const communes = await listCommunes(ctx.db, { networkId: ctx.network.id });
  return (
    <ClientMessages namespaces={["meetings"]}>
      <PageHeader title={t("newTitle")} description={t("intro")} />
      <SeriesForm
        networkSlug={ctx.network.slug}
        communes={communes}
        defaultStartDate={parisDateKey(new Date())}
      />
    </ClientMessages>
  );
}
