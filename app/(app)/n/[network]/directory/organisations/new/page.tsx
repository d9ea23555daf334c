import { getTranslations } from "next-intl/server";
import { OrganisationForm } from "@/features/directory/components/organisation-form";
import { PageHeader } from "@/components/ui/page-header";
import { listCommunes } from "@/features/directory/queries";
import { requireMembership } from "@/server/access/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("directory.organisation.newTitle");

export default async function NewOrganisationPage({
  params,
}: PageProps<"/n/[network]/directory/organisations/new">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "directory.write");
  const t = await getTranslations("directory.organisation");
  const communes = await listCommunes(ctx.db, { networkId: ctx.network.id });
  return (
    <ClientMessages namespaces={["directory"]}>
      <PageHeader title={t("newTitle")} />
      <OrganisationForm networkSlug={ctx.network.slug} communes={communes} />
    </ClientMessages>
  );
}
