import { getTranslations } from "next-intl/server";
import { DirectoryTabs } from "@/features/directory/components/directory-tabs";
import { ImportWizard } from "@/features/directory/import/components/import-wizard";
import { PageHeader } from "@/components/ui/page-header";
import { requireMembership } from "@/server/access/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("import.title");

export default async function DirectoryImportPage({ params }: PageProps<"/n/[network]/directory/import">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "directory.import");
  const t = await getTranslations();
  return (
    <ClientMessages namespaces={["import"]}>
      <PageHeader title={t("directory.title")} />
      <DirectoryTabs ctx={ctx} />
      <h2 className="mb-2 text-xl font-semibold">{t("import.title")}</h2>
      <p className="mb-6 text-muted">{t("import.intro")}</p>
      <ImportWizard networkSlug={ctx.network.slug} />
    </ClientMessages>
  );
}
