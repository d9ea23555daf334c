import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { SessionForm } from "@/features/training/components/session-form";
import { getCycle } from "@/features/training/queries";
import { isUuid } from "@/lib/domain/ids";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("training.form.newSession");

export default async function NewSessionPage({ params, searchParams }: PageProps<"/n/[network]/training/[id]/sessions/new">) {
  const { network, id } = await params;
  const ctx = await requireMembership(network, "training.write");
  if (!isUuid(id)) notFound();
  const cycle = await getCycle(ctx.db, { networkId: ctx.network.id, id });
  if (!cycle) notFound();
  const t = await getTranslations("training");
  const wanted = (await searchParams).module;
  const moduleId = cycle.modules.find((m) => m.id === wanted)?.id;
  return (
    <ClientMessages namespaces={["training"]}>
      <PageHeader title={t("form.newSession")} description={cycle.title} />
      {cycle.modules.length === 0 ? (
        <p>{t("form.moduleFirst")}</p>
      ) : (
        <SessionForm
          networkSlug={ctx.network.slug}
          cycleId={cycle.id}
          moduleId={moduleId}
          modules={cycle.modules.map((m, i) => ({ id: m.id, label: `${i + 1}. ${m.theme}` }))}
          trainers={cycle.trainers.map((tr) => ({ id: tr.id, label: tr.name }))}
        />
      )}
    </ClientMessages>
  );
}
