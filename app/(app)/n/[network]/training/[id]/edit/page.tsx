import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listSpeakerOptions } from "@/features/meetings/queries";
import { CycleForm } from "@/features/training/components/cycle-form";
import { TrainerForm } from "@/features/training/components/trainer-form";
import { getCycle } from "@/features/training/queries";
import { isUuid } from "@/lib/domain/ids";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("training.editCycle");

export default async function EditCyclePage({ params }: PageProps<"/n/[network]/training/[id]/edit">) {
  const { network, id } = await params;
  const ctx = await requireMembership(network, "training.write");
  if (!isUuid(id)) notFound();
  const scope = { networkId: ctx.network.id };
  const [cycle, contacts] = await Promise.all([getCycle(ctx.db, { ...scope, id }), listSpeakerOptions(ctx.db, scope)]);
  if (!cycle) notFound();
  const t = await getTranslations("training");
  return (
    <ClientMessages namespaces={["training"]}>
      <PageHeader title={t("editCycleTitle", { title: cycle.title })} />
      <CycleForm networkSlug={ctx.network.slug} values={cycle} />
      <Card className="mt-8 max-w-3xl">
        <CardTitle>{t("trainers")}</CardTitle>
        {cycle.trainers.length ? (
          <ul className="mb-4 list-disc pl-6">
            {cycle.trainers.map((tr) => (
              <li key={tr.id}>
                {tr.name}
                {tr.email ? ` — ${tr.email}` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-4">{t("noTrainers")}</p>
        )}
        <TrainerForm networkSlug={ctx.network.slug} cycleId={cycle.id} contacts={contacts} />
      </Card>
    </ClientMessages>
  );
}
