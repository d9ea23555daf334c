import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionForm } from "@/features/serd/components/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { listCommunes, listOrganisationOptions } from "@/features/directory/queries";
import { getEdition, registrationEdition } from "@/features/serd/queries";
import { parisToday } from "@/lib/domain/paris-time";
import { requireMembership } from "@/server/access/server";
import { isUuid } from "@/lib/domain/ids";
import { pageTitle } from "@/lib/i18n/metadata";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("serd.action.new");

export default async function NewActionPage({
  params,
  searchParams,
}: PageProps<"/n/[network]/serd/actions/new">) {
  const { network } = await params;
  const { edition: editionParam } = await searchParams;
  const ctx = await requireMembership(network, "serd.register");
  const networkId = ctx.network.id;
  const edition =
    typeof editionParam === "string"
      ? isUuid(editionParam)
        ? await getEdition(ctx.db, { networkId, id: editionParam })
        : null
      : await registrationEdition(ctx.db, { networkId, today: parisToday() });
  if (!edition) notFound();
  const [t, organisations, communes] = [
    await getTranslations("serd"),
    await listOrganisationOptions(ctx.db, { networkId }),
    await listCommunes(ctx.db, { networkId }),
  ];
  return (
    <ClientMessages namespaces={["serd"]}>
      <PageHeader title={t("action.new")} description={t("dashboard.edition", { year: edition.year })} />
      <ActionForm
        networkSlug={ctx.network.slug}
        editionId={edition.id}
        edition={edition}
        organisations={organisations}
        communes={communes}
        chooseLead={ctx.can("serd.review")}
      />
    </ClientMessages>
  );
}
