import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EventStatusButton } from "@/features/meetings/components/event-status-button";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { getSeries } from "@/features/meetings/queries";
import type { SeriesPlan } from "@/lib/domain/recurrence";
import { requireMembership } from "@/server/access/server";
import { isUuid } from "@/lib/domain/ids";
import { pageTitle } from "@/lib/i18n/metadata";
import { ClientMessages } from "@/components/client-messages";

export const generateMetadata = pageTitle("meetings.series.occurrences");

export default async function SeriesPage({ params }: PageProps<"/n/[network]/meetings/series/[id]">) {
  const { network, id } = await params;
  const ctx = await requireMembership(network, "events.read");
  if (!isUuid(id)) notFound();
  const series = await getSeries(ctx.db, { networkId: ctx.network.id, id });
  if (!series) notFound();
  const [t, format] = [await getTranslations("meetings"), await getFormatter()];
  const base = `/n/${ctx.network.slug}/meetings`;
  const plan = series.rule as unknown as SeriesPlan;
  const rule = plan.rule;
  const summary =
    rule?.kind === "monthly_weekday"
      ? t("series.summary.monthly_weekday", {
          nth: t(`series.nths.${rule.nth === -1 ? "last" : (String(rule.nth) as "1" | "2" | "3" | "4")}`),
          weekday: t(`month.weekdays.${String(rule.weekday) as "1"}`),
          interval: rule.interval,
          time: plan.time,
        })
      : rule?.kind === "monthly_day"
        ? t("series.summary.monthly_day", {
            day: Number(plan.startDate.slice(8)),
            interval: rule.interval,
            time: plan.time,
          })
        : rule?.kind === "weekly"
          ? t("series.summary.weekly", {
              interval: rule.interval,
              weekday: t(
                `month.weekdays.${String(new Date(`${plan.startDate}T12:00:00Z`).getUTCDay() || 7) as "1"}`,
              ),
              time: plan.time,
            })
          : null;
  const canWrite = ctx.can("events.write");
  return (
    <ClientMessages namespaces={["meetings.event"]}>
      <PageHeader
        title={series.title}
        description={
          <>
            <Badge>{t(`eventTypes.${series.eventType}`)}</Badge> {summary}
          </>
        }
      />
      <h2 className="mb-3 text-lg font-semibold">{t("series.occurrences")}</h2>
      <Table
        caption={t("series.occurrencesCaption", { title: series.title })}
        headers={[t("fields.when"), t("fields.status"), ...(canWrite ? [t("series.actions")] : [])]}
      >
        {series.occurrences.map((o) => {
          const when = format.dateTimeRange(o.startsAt, o.endsAt, { dateStyle: "full", timeStyle: "short" });
          return (
            <tr key={o.id}>
              <Td>
                <Link className="font-semibold underline" href={`${base}/${o.id}`}>
                  <time dateTime={o.startsAt.toISOString()}>{when}</time>
                </Link>
              </Td>
              <Td>
                {o.status === "cancelled" ? (
                  <Badge tone="warning">{t("statuses.cancelled")}</Badge>
                ) : (
                  t(`statuses.${o.status}`)
                )}
              </Td>
              {canWrite ? (
                <Td>
                  {/* A held meeting stays where it happened: no move, no cancel. */}
                  <div className={o.status === "held" ? "hidden" : "flex flex-wrap items-start gap-2"}>
                    <Link
                      className="min-h-11 content-center rounded-md border border-line px-3 text-sm font-semibold hover:bg-surface"
                      href={`${base}/${o.id}/edit`}
                    >
                      {t("series.move")}
                      <span className="sr-only"> {when}</span>
                    </Link>
                    <EventStatusButton
                      networkSlug={ctx.network.slug}
                      id={o.id}
                      cancelled={o.status === "cancelled"}
                      label={`${o.status === "cancelled" ? t("event.restore") : t("event.cancel")}`}
                    />
                  </div>
                </Td>
              ) : null}
            </tr>
          );
        })}
      </Table>
    </ClientMessages>
  );
}
