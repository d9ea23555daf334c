import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AgendaFilters } from "@/features/meetings/components/agenda-filters";
import { EventListTable } from "@/features/meetings/components/event-list-table";
import { MonthCalendar } from "@/features/meetings/components/month-calendar";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { parisParts } from "@/lib/domain/paris-time";
import { listEventYears, listEvents, listMonthEvents } from "@/features/meetings/queries";
import { agendaFiltersSchema } from "@/features/meetings/schemas";
import { requireMembership } from "@/server/access/server";
import { cn } from "@/lib/cn";
import { pageTitle } from "@/lib/i18n/metadata";
import { firstValues, toQuery } from "@/lib/url";

export const generateMetadata = pageTitle("meetings.title");

export default async function MeetingsPage({ params, searchParams }: PageProps<"/n/[network]/meetings">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "events.read");
  const filters = agendaFiltersSchema.parse(firstValues(await searchParams));
  const t = await getTranslations("meetings");
  const base = `/n/${ctx.network.slug}/meetings`;
  const scope = { networkId: ctx.network.id };
  const eventHref = (id: string) => `${base}/${id}`;
  const today = parisParts(new Date());
  const month = filters.month ?? `${today.year}-${String(today.month).padStart(2, "0")}`;
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const viewLink = (view: "list" | "month") =>
    cn(buttonVariants({ variant: filters.view === view ? "primary" : "secondary" }));
  const [years, list, monthEvents] = await Promise.all([
    listEventYears(ctx.db, scope),
    filters.view === "list" ? listEvents(ctx.db, { ...scope, filters }) : null,
    filters.view === "month"
      ? listMonthEvents(ctx.db, { ...scope, year, month: monthNumber, type: filters.type })
      : null,
  ]);
  const upcoming = list?.rows.filter((r) => !r.past) ?? [];
  const past = list?.rows.filter((r) => r.past) ?? [];
  return (
    <>
      <PageHeader
        title={t("title")}
        actions={
          ctx.can("events.write") ? (
            <div className="flex flex-wrap gap-2">
              <Link className={buttonVariants()} href={`${base}/new`}>
                {t("list.newEvent")}
              </Link>
              <Link className={buttonVariants({ variant: "secondary" })} href={`${base}/series/new`}>
                {t("list.newSeries")}
              </Link>
            </div>
          ) : null
        }
      />
      <nav aria-label={t("list.views")} className="mb-4 flex gap-2">
        <Link
          className={viewLink("list")}
          href={`${base}${toQuery({ type: filters.type })}`}
          aria-current={filters.view === "list" ? "page" : undefined}
        >
          {t("list.listView")}
        </Link>
        <Link
          className={viewLink("month")}
          href={`${base}${toQuery({ view: "month", month, type: filters.type })}`}
          aria-current={filters.view === "month" ? "page" : undefined}
        >
          {t("list.monthView")}
        </Link>
      </nav>
      <AgendaFilters
        values={filters}
        years={years}
        view={filters.view}
        month={month}
        resetHref={filters.view === "month" ? `${base}?view=month&month=${month}` : base}
      />
      {monthEvents ? (
        <MonthCalendar
          year={year}
          month={monthNumber}
          events={monthEvents}
          eventHref={eventHref}
          hrefForMonth={(m) => `${base}${toQuery({ view: "month", month: m, type: filters.type })}`}
        />
      ) : null}
      {list ? (
        <>
          <p className="mb-3 font-semibold" role="status">
            {t("list.results", { count: list.total })}
          </p>
          {list.rows.length === 0 ? <p className="text-muted">{t("list.empty")}</p> : null}
          {upcoming.length ? (
            <section className="mb-6">
              <h2 className="mb-2 text-lg font-semibold">{t("list.upcoming")}</h2>
              <EventListTable caption={t("list.upcomingCaption")} rows={upcoming} eventHref={eventHref} />
            </section>
          ) : null}
          {past.length ? (
            <section className="mb-6">
              <h2 className="mb-2 text-lg font-semibold">{t("list.past")}</h2>
              <EventListTable caption={t("list.pastCaption")} rows={past} eventHref={eventHref} />
            </section>
          ) : null}
          <Pagination
            page={list.page}
            pageCount={list.pageCount}
            hrefFor={(page) => `${base}${toQuery({ type: filters.type, year: filters.year }, { page })}`}
            labels={{
              nav: t("list.pagination"),
              previous: t("list.previous"),
              next: t("list.next"),
              status: t("list.page", { page: list.page, pageCount: list.pageCount }),
            }}
          />
        </>
      ) : null}
    </>
  );
}
