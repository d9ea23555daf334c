import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { CycleForm } from "@/features/training/components/cycle-form";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("training.newCycle");

export default async function NewCyclePage({ params }: PageProps<"/n/[network]/training/new">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "training.write");
  const t = await getTranslations("training");
  return (
    <ClientMessages namespaces={["training"]}>
      <PageHeader title={t("newCycle")} />
      <CycleForm networkSlug={ctx.network.slug} />
    </ClientMessages>
  );
}
