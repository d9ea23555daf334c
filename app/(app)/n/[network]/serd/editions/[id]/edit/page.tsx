import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EditionForm } from "@/features/serd/components/edition-form";
import { PageHeader } from "@/components/ui/page-header";
import { getEdition } from "@/features/serd/queries";
import { requireMembership } from "@/server/access/server";
import { isUuid } from "@/lib/domain/ids";
import { pageTitle } from "@/lib/i18n/metadata";
import { ClientMessages } from "@/components/client-messages";
import { TimeSpentCard } from "@/features/dashboards/components/time-spent";
import { staffTimeFor } from "@/features/dashboards/queries";

export const generateMetadata = pageTitle("serd.editions.edit");

export default async function EditEditionPage({ params }: PageProps<"/n/[network]/serd/editions/[id]/edit">) {
  const { network, id } = await params;
  const ctx = await requireMembership(network, "serd.editions");
  if (!isUuid(id)) notFound();
  const edition = await getEdition(ctx.db, { networkId: ctx.network.id, id });
  if (!edition) notFound();
  const t = await getTranslations("serd");
  // Staff time on this edition, read-only, for those who follow the programme's figures.
  const spent = ctx.can("dashboard.read")
    ? await staffTimeFor(ctx.db, {
        networkId: ctx.network.id,
        activity: { kind: "serd_edition", editionId: edition.id },
      })
    : null;
  return (
    <ClientMessages namespaces={["serd"]}>
      <PageHeader title={t("editions.editYear", { year: edition.year })} />
      {spent ? <TimeSpentCard spent={spent} of="edition" /> : null}
      <EditionForm networkSlug={ctx.network.slug} values={edition} />
    </ClientMessages>
  );
}
