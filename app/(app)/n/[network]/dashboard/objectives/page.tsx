import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { DeleteObjectiveButton } from "@/features/dashboards/components/delete-objective-button";
import { ObjectiveForm } from "@/features/dashboards/components/objective-form";
import { ObjectivesTable } from "@/features/dashboards/components/objectives-table";
import { listObjectives, objectiveChoices } from "@/features/dashboards/queries";
import { parisToday } from "@/lib/domain/paris-time";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("dashboards.objectives.title");

export default async function ObjectivesPage({ params }: PageProps<"/n/[network]/dashboard/objectives">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "objectives.write");
  const [t, tAll] = await Promise.all([getTranslations("dashboards"), getTranslations()]);
  const choices = await objectiveChoices(ctx.db, {
    networkId: ctx.network.id,
    t: tAll as unknown as (k: string) => string,
  });
  const objectives = await listObjectives(ctx.db, {
    networkId: ctx.network.id,
    today: parisToday(),
    recorded: choices.recorded,
  });
  return (
    <ClientMessages namespaces={["dashboards.objectives"]}>
      <PageHeader
        title={t("objectives.title")}
        actions={
          <Link className="underline" href={`/n/${ctx.network.slug}/dashboard/manage`}>
            {t("manage.back")}
          </Link>
        }
      />
      <div className="space-y-6">
        <ObjectivesTable
          objectives={objectives}
          actions={(o) => (
            <>
              <Link
                className="underline"
                href={`/n/${ctx.network.slug}/dashboard/objectives/${o.id}`}
                aria-label={t("objectives.editFor", { title: o.title })}
              >
                {t("objectives.edit")}
              </Link>
              <DeleteObjectiveButton networkSlug={ctx.network.slug} id={o.id} title={o.title} />
            </>
          )}
        />
        <Card>
          <CardTitle>{t("objectives.new")}</CardTitle>
          <ObjectiveForm
            networkSlug={ctx.network.slug}
            indicators={choices.indicators}
            filters={choices.filters}
          />
        </Card>
      </div>
    </ClientMessages>
  );
}
