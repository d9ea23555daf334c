import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ObjectiveForm } from "@/features/dashboards/components/objective-form";
import { getObjective, objectiveChoices } from "@/features/dashboards/queries";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("dashboards.objectives.editTitle");

export default async function ObjectiveEditPage({
  params,
}: PageProps<"/n/[network]/dashboard/objectives/[id]">) {
  const { network, id } = await params;
  const ctx = await requireMembership(network, "objectives.write");
  const objective = await getObjective(ctx.db, { networkId: ctx.network.id, id });
  if (!objective) notFound();
  const [t, tAll] = await Promise.all([getTranslations("dashboards"), getTranslations()]);
  const choices = await objectiveChoices(ctx.db, {
    networkId: ctx.network.id,
    t: tAll as unknown as (k: string) => string,
  });
  return (
    <ClientMessages namespaces={["dashboards.objectives"]}>
      <PageHeader
        title={t("objectives.editTitle")}
        description={objective.title}
        actions={
          <Link className="underline" href={`/n/${ctx.network.slug}/dashboard/objectives`}>
            {t("objectives.back")}
          </Link>
        }
      />
      <Card>
        <ObjectiveForm
          networkSlug={ctx.network.slug}
          indicators={choices.indicators}
          filters={choices.filters}
          objective={objective}
        />
      </Card>
    </ClientMessages>
  );
}
