import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { WeekGrid } from "@/features/dashboards/components/week-grid";
import { activityChoices, startOfWeek } from "@/features/dashboards/queries";
import { addDays, parisToday } from "@/lib/domain/paris-time";
import { parseYmd } from "@/lib/domain/recurrence";
import { calendarDay } from "@/lib/i18n/format-day";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("dashboards.time.week");

export default async function WeekPage({
  params,
  searchParams,
}: PageProps<"/n/[network]/dashboard/time/week">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "timesheet.own");
  const raw = (await searchParams).week;
  const asked = typeof raw === "string" && /^\d{4}-\d{2}-\d{2}$/.test(raw) && parseYmd(raw) ? raw : null;
  const weekStart = startOfWeek(asked ?? parisToday());
  const [t, format, choices] = await Promise.all([
    getTranslations("dashboards"),
    getFormatter(),
    activityChoices(ctx.db, { networkId: ctx.network.id }),
  ]);
  const days = Array.from({ length: 7 }, (_, d) =>
    format.dateTime(new Date(`${addDays(weekStart, d)}T12:00:00Z`), {
      weekday: "short",
      day: "numeric",
      month: "short",
      timeZone: "Europe/Paris",
    }),
  );
  const base = `/n/${ctx.network.slug}/dashboard/time`;
  return (
    <ClientMessages namespaces={["dashboards"]}>
      <PageHeader
        title={t("time.week")}
        description={t("time.weekOf", { day: calendarDay(format, weekStart) })}
        actions={
          <nav aria-label={t("time.weeks")} className="flex flex-wrap gap-3">
            <Link className="underline" href={`${base}/week?week=${addDays(weekStart, -7)}`}>
              {t("time.previousWeek")}
            </Link>
            <Link className="underline" href={`${base}/week?week=${addDays(weekStart, 7)}`}>
              {t("time.nextWeek")}
            </Link>
            <Link className="underline" href={base}>
              {t("time.title")}
            </Link>
          </nav>
        }
      />
      <Card>
        <WeekGrid
          key={weekStart}
          networkSlug={ctx.network.slug}
          weekStart={weekStart}
          days={days}
          defaultRole={ctx.can("timesheet.write") ? "project_officer" : "ambassador"}
          meetings={choices.meetings.map((m) => ({
            id: m.id,
            label: `${m.title} (${calendarDay(format, m.day)})`,
          }))}
          editions={choices.editions}
          cycles={choices.cycles}
        />
      </Card>
    </ClientMessages>
  );
}
