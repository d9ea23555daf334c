import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { ModuleForm } from "@/features/training/components/module-form";
import { getCycle } from "@/features/training/queries";
import { isUuid } from "@/lib/domain/ids";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("training.form.newModule");

export default async function NewModulePage({ params }: PageProps<"/n/[network]/training/[id]/modules/new">) {
  const { network, id } = await params;
  const ctx = await requireMembership(network, "training.write");
  if (!isUuid(id)) notFound();
  const cycle = await getCycle(ctx.db, { networkId: ctx.network.id, id });
  if (!cycle) notFound();
  const t = await getTranslations("training");
  return (
    <ClientMessages namespaces={["training"]}>
      <PageHeader title={t("form.newModule")} description={cycle.title} />
      <div className="max-w-3xl">
        <ModuleForm networkSlug={ctx.network.slug} cycleId={cycle.id} backTo={`/n/${ctx.network.slug}/training/${cycle.id}`} />
      </div>
    </ClientMessages>
  );
}
