import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/client-messages";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ObjectiveForm } from "@/features/dashboards/components/objective-form";
import { TimeEntryForm } from "@/features/dashboards/components/time-entry-form";
import { activityChoices, indicatorRegistry, listRecordedIndicators } from "@/features/dashboards/queries";
import { calendarDay } from "@/lib/i18n/format-day";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("dashboards.objectives.manage");

export default async function DashboardManagePage({ params }: PageProps<"/n/[network]/dashboard/manage">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "dashboard.read");
  const objectives = ctx.can("objectives.write");
  if (!objectives && !ctx.can("timesheet.own")) notFound();
  const [t, tAll, format] = await Promise.all([
    getTranslations("dashboards"),
    getTranslations(),
    getFormatter(),
  ]);
  const msg = tAll as unknown as (k: string) => string;
  const scope = { networkId: ctx.network.id };
  const [choices, recorded] = await Promise.all([
    activityChoices(ctx.db, scope),
    listRecordedIndicators(ctx.db, scope),
  ]);
  const indicators = [
    ...indicatorRegistry.map((i) => ({ value: `computed:${i.id}`, label: msg(i.labelKey) })),
    ...recorded.map((r) => ({ value: `recorded:${r.id}`, label: r.name })),
  ];
  const filters = [
    ...new Map(
      indicatorRegistry
        .flatMap((i) => i.filters ?? [])
        .flatMap((f) => f.values.map((v) => ({ key: f.key, value: v, label: msg(f.labelKey(v)) })))
        .map((f) => [`${f.key}=${f.value}`, f]),
    ).values(),
  ];
  return (
    <ClientMessages namespaces={["dashboards"]}>
      <PageHeader title={t("objectives.manage")} />
      <div className="space-y-6">
        {objectives ? (
          <Card>
            <CardTitle>{t("objectives.new")}</CardTitle>
            <ObjectiveForm networkSlug={ctx.network.slug} indicators={indicators} filters={filters} />
          </Card>
        ) : null}
        <Card>
          <CardTitle>{t("time.entry")}</CardTitle>
          <TimeEntryForm
            networkSlug={ctx.network.slug}
            meetings={choices.meetings.map((m) => ({
              id: m.id,
              label: `${m.title} (${calendarDay(format, m.day)})`,
            }))}
            editions={choices.editions}
          />
        </Card>
      </div>
    </ClientMessages>
  );
}
