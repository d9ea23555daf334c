import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { formatValue } from "@/features/dashboards/components/figure-card";
import { RecordedIndicatorForm } from "@/features/dashboards/components/recorded-forms";
import { listRecordedIndicators } from "@/features/dashboards/queries";
import { calendarDay } from "@/lib/i18n/format-day";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("dashboards.recorded.title");

export default async function RecordedIndicatorsPage({
  params,
}: PageProps<"/n/[network]/dashboard/recorded">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "objectives.write");
  const [t, format] = await Promise.all([getTranslations("dashboards"), getFormatter()]);
  const recorded = await listRecordedIndicators(ctx.db, { networkId: ctx.network.id });
  const base = `/n/${ctx.network.slug}/dashboard`;
  return (
    <ClientMessages namespaces={["dashboards"]}>
      <PageHeader
        title={t("recorded.title")}
        description={t("recorded.hint")}
        actions={
          <Link className="underline" href={`${base}/manage`}>
            {t("manage.back")}
          </Link>
        }
      />
      <div className="space-y-6">
        {recorded.length === 0 ? (
          <p>{t("recorded.empty")}</p>
        ) : (
          <Table
            caption={t("recorded.listCaption")}
            headers={[
              t("recorded.fields.name"),
              t("recorded.fields.unit"),
              t("recorded.count"),
              t("recorded.latest"),
            ]}
          >
            {recorded.map((r) => {
              const latest = r.values.at(-1);
              return (
                <tr key={r.id}>
                  <Td>
                    <Link className="underline" href={`${base}/recorded/${r.id}`}>
                      {r.name}
                    </Link>
                  </Td>
                  <Td>{t(`units.${r.unit}`)}</Td>
                  <Td>{r.values.length}</Td>
                  <Td>
                    {latest
                      ? `${formatValue(format, r.unit, latest.value)} (${calendarDay(format, latest.date)})`
                      : "—"}
                  </Td>
                </tr>
              );
            })}
          </Table>
        )}
        <Card>
          <CardTitle>{t("recorded.new")}</CardTitle>
          <RecordedIndicatorForm networkSlug={ctx.network.slug} />
        </Card>
      </div>
    </ClientMessages>
  );
}
