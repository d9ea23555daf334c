import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { ModuleForm } from "@/features/training/components/module-form";
import { getCycle } from "@/features/training/queries";
import { isUuid } from "@/lib/domain/ids";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("training.form.editModule");

export default async function EditModulePage({
  params,
}: PageProps<"/n/[network]/training/[id]/modules/[moduleId]/edit">) {
  const { network, id, moduleId } = await params;
  const ctx = await requireMembership(network, "training.write");
  if (!isUuid(id) || !isUuid(moduleId)) notFound();
  const cycle = await getCycle(ctx.db, { networkId: ctx.network.id, id });
  const mod = cycle?.modules.find((m) => m.id === moduleId);
  if (!cycle || !mod) notFound();
  const t = await getTranslations("training");
  return (
    <ClientMessages namespaces={["training"]}>
      <PageHeader title={t("form.editModule")} description={cycle.title} />
      <div className="max-w-3xl">
        <ModuleForm
          networkSlug={ctx.network.slug}
          cycleId={cycle.id}
          values={mod}
          backTo={`/n/${ctx.network.slug}/training/${cycle.id}`}
        />
      </div>
    </ClientMessages>
  );
}
