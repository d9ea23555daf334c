import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { OrganisationForm } from "@/features/directory/components/organisation-form";
import { PageHeader } from "@/components/ui/page-header";
import { getOrganisation, listCommunes } from "@/features/directory/queries";
import { canEditOrganisation } from "@/server/access/scopes";
import { requireMembership } from "@/server/access/server";
import { isUuid } from "@/lib/domain/ids";
import { ClientMessages } from "@/components/client-messages";

export default async function EditOrganisationPage({
  params,
}: PageProps<"/n/[network]/directory/organisations/[id]/edit">) {
  const { network, id } = await params;
  const ctx = await requireMembership(network, "directory.writeOwn");
  // Another partner's organisation is "not found", like another network's.
  if (!isUuid(id) || !canEditOrganisation(ctx, id)) notFound();
  const [org, communes] = await Promise.all([
    getOrganisation(ctx.db, { networkId: ctx.network.id, id }),
    listCommunes(ctx.db, { networkId: ctx.network.id }),
  ]);
  if (!org) notFound();
  const t = await getTranslations("directory.organisation");
  return (
    <ClientMessages namespaces={["directory"]}>
      <PageHeader title={t("editTitle", { name: org.name })} />
      <OrganisationForm networkSlug={ctx.network.slug} communes={communes} values={org} />
    </ClientMessages>
  );
}
