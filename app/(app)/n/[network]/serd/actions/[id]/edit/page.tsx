import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionForm } from "@/features/serd/components/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { listCommunes, listOrganisationOptions } from "@/features/directory/queries";
import { canEdit, serdActorOf } from "@/features/serd/access";
import { getAction } from "@/features/serd/queries";
import { requireMembership } from "@/server/access/server";
import { isUuid } from "@/lib/domain/ids";
import { pageTitle } from "@/lib/i18n/metadata";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("serd.action.edit");

export default async function EditActionPage({ params }: PageProps<"/n/[network]/serd/actions/[id]/edit">) {
  const { network, id } = await params;
  const ctx = await requireMembership(network, "serd.register");
  if (!isUuid(id)) notFound();
  const networkId = ctx.network.id;
  const action = await getAction(ctx.db, { networkId, id });
  if (!action || !canEdit(action, serdActorOf(ctx), new Date())) notFound();
  const [t, organisations, communes] = [
    await getTranslations("serd"),
    await listOrganisationOptions(ctx.db, { networkId }),
    await listCommunes(ctx.db, { networkId }),
  ];
  return (
    <ClientMessages namespaces={["serd"]}>
      <PageHeader title={t("action.edit")} description={action.title} />
      <ActionForm
        networkSlug={ctx.network.slug}
        editionId={action.editionId}
        edition={action.edition}
        values={action}
        organisations={organisations}
        communes={communes}
        chooseLead={ctx.can("serd.review")}
      />
    </ClientMessages>
  );
}
