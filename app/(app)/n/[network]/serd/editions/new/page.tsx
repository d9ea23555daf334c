import { getTranslations } from "next-intl/server";
import { EditionForm } from "@/features/serd/components/edition-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireMembership } from "@/server/access/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("serd.editions.new");

export default async function NewEditionPage({ params }: PageProps<"/n/[network]/serd/editions/new">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "serd.editions");
  const t = await getTranslations("serd");
  return (
    <ClientMessages namespaces={["serd"]}>
      <PageHeader title={t("editions.new")} />
      <EditionForm networkSlug={ctx.network.slug} />
    </ClientMessages>
  );
}
