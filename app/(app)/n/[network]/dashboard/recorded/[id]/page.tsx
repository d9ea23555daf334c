import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/client-messages";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { formatValue } from "@/features/dashboards/components/figure-card";
import { RecordedImportForm, RecordedValueForm } from "@/features/dashboards/components/recorded-forms";
import { listRecordedIndicators, listRecordedValues } from "@/features/dashboards/queries";
import { isUuid } from "@/lib/domain/ids";
import { calendarDay } from "@/lib/i18n/format-day";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("dashboards.recorded.title");

export default async function RecordedIndicatorPage({
  params,
}: PageProps<"/n/[network]/dashboard/recorded/[id]">) {
  const { network, id } = await params;
  const ctx = await requireMembership(network, "objectives.write");
  if (!isUuid(id)) notFound();
  const scope = { networkId: ctx.network.id };
  const indicator = (await listRecordedIndicators(ctx.db, scope)).find((r) => r.id === id);
  if (!indicator) notFound();
  const [t, format, values] = await Promise.all([
    getTranslations("dashboards"),
    getFormatter(),
    listRecordedValues(ctx.db, { ...scope, indicatorId: id }),
  ]);
  return (
    <ClientMessages namespaces={["dashboards"]}>
      <PageHeader
        title={indicator.name}
        description={indicator.definition || t(`units.${indicator.unit}`)}
        actions={
          <Link className="underline" href={`/n/${ctx.network.slug}/dashboard/recorded`}>
            {t("recorded.back")}
          </Link>
        }
      />
      <div className="space-y-6">
        {values.length === 0 ? (
          <p>{t("recorded.noValues")}</p>
        ) : (
          <Table
            caption={t("recorded.valuesCaption", { name: indicator.name })}
            headers={[
              t("recorded.fields.date"),
              t("recorded.fields.value"),
              t("recorded.fields.source"),
              t("recorded.enteredBy"),
            ]}
          >
            {values.map((v) => (
              <tr key={v.id} data-testid="recorded-value">
                <Td>{calendarDay(format, v.date)}</Td>
                <Td>{formatValue(format, indicator.unit, v.value)}</Td>
                <Td>{v.source || "—"}</Td>
                <Td>{v.enteredBy ?? "—"}</Td>
              </tr>
            ))}
          </Table>
        )}
        <div className="grid gap-6 lg:grid-cols-2">
          <Card>
            <CardTitle>{t("recorded.newValue")}</CardTitle>
            <RecordedValueForm networkSlug={ctx.network.slug} indicatorId={indicator.id} />
          </Card>
          <Card>
            <CardTitle>{t("recorded.importTitle")}</CardTitle>
            <RecordedImportForm networkSlug={ctx.network.slug} indicatorId={indicator.id} />
          </Card>
        </div>
      </div>
    </ClientMessages>
  );
}
