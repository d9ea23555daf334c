import { getTranslations } from "next-intl/server";
import { NetworkSettingsForm } from "@/features/networks/components/settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireMembership } from "@/server/access/server";
import { pageTitle } from "@/lib/i18n/metadata";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("settings.title");

export default async function NetworkSettingsPage({ params }: PageProps<"/n/[network]/settings">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "network.settings");
  const t = await getTranslations("settings");
  return (
    <ClientMessages namespaces={["settings"]}>
      <PageHeader title={t("title")} description={t("intro")} />
      <NetworkSettingsForm networkSlug={ctx.network.slug} values={ctx.network} />
    </ClientMessages>
  );
}
