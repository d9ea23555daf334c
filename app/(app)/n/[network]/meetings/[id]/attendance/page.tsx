import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AttendanceNav } from "@/features/meetings/components/attendance/attendance-nav";
import { CheckInList } from "@/features/meetings/components/attendance/check-in-list";
import { MeetingFigures } from "@/features/meetings/components/attendance/meeting-figures";
import { WalkInNewForm, WalkInResults } from "@/features/meetings/components/attendance/walk-in";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { getMeetingFigures } from "@/features/meetings/attendance/figures";
import { halfDaysOf, parisDateKey } from "@/lib/domain/paris-time";
import { clockTime, formatParisDate } from "@/lib/i18n/format-day";
import {
  getAttendanceEvent,
  listAttendance,
  listWalkInOrganisations,
  searchWalkInContacts,
} from "@/features/meetings/attendance/queries";
import { directoryScope } from "@/server/access/scopes";
import { requireMembership } from "@/server/access/server";
import { isUuid } from "@/lib/domain/ids";
import { pageTitle } from "@/lib/i18n/metadata";
import { firstValues } from "@/lib/url";
import { ClientMessages } from "@/components/client-messages";
import { QueryProvider } from "@/components/query-provider";

export const generateMetadata = pageTitle("attendance.checkInTitle");

export default async function AttendancePage({
  params,
  searchParams,
}: PageProps<"/n/[network]/meetings/[id]/attendance">) {
  const { network, id } = await params;
  const ctx = await requireMembership(network, "events.attendance");
  if (!isUuid(id)) notFound();
  const scope = { networkId: ctx.network.id, eventId: id };
  const event = await getAttendanceEvent(ctx.db, scope);
  if (!event) notFound();
  const q = (firstValues(await searchParams).q ?? "").slice(0, 200);
  const [rows, figures, found, organisations] = await Promise.all([
    listAttendance(ctx.db, scope),
    getMeetingFigures(ctx.db, scope),
    // Searching the directory for walk-ins needs the full directory.
    q && directoryScope(ctx) === "full" ? searchWalkInContacts(ctx.db, { ...scope, q }) : Promise.resolve([]),
    listWalkInOrganisations(ctx.db, scope),
  ]);
  const [t, locale] = [await getTranslations("attendance"), await getLocale()];
  const closed =
    event.status === "cancelled"
      ? t("errors.cancelled")
      : parisDateKey(event.startsAt) > parisDateKey(new Date())
        ? t("errors.notYet")
        : null;
  const dateLabel = formatParisDate(event.startsAt, locale, "full");
  return (
    <ClientMessages namespaces={["attendance"]}>
      <PageHeader
        title={t("checkInTitle")}
        description={`${event.title} · ${dateLabel} · ${clockTime(event.startsAt, locale)} – ${clockTime(event.endsAt, locale)}`}
        actions={
          <a
            className={buttonVariants({ variant: "secondary" })}
            href={`/api/n/${ctx.network.slug}/meetings/${event.id}/sheet`}
            download
          >
            {t("sheet.download")}
          </a>
        }
      />
      <AttendanceNav ctx={ctx} eventId={event.id} />
      {closed ? (
        <Alert className="mb-6">{t("checkIn.closed", { reason: closed })}</Alert>
      ) : (
        <div className="grid gap-6 xl:grid-cols-[2fr_1fr]">
          <section aria-labelledby="check-in-title">
            <h2 id="check-in-title" className="mb-3 text-xl font-semibold">
              {t("checkIn.listTitle")}
            </h2>
            {/* Only this list refetches (several phones mark at once): TanStack Query is mounted here alone. */}
            <QueryProvider>
              <CheckInList
                networkSlug={ctx.network.slug}
                eventId={event.id}
                halfDays={halfDaysOf(event.startsAt, event.endsAt)}
                rows={rows}
                locale={locale}
              />
            </QueryProvider>
          </section>
          <div className="space-y-6">
            <Card>
              <CardTitle>{t("walkIn.title")}</CardTitle>
              <form method="get" className="mb-4 flex flex-wrap items-end gap-2" role="search">
                <div className="min-w-0 flex-1">
                  <TextField
                    label={t("walkIn.searchLabel")}
                    hint={t("walkIn.searchHint")}
                    name="q"
                    type="search"
                    defaultValue={q}
                  />
                </div>
                <Button type="submit" variant="secondary">
                  {t("walkIn.search")}
                </Button>
              </form>
              {q ? (
                found.length ? (
                  <WalkInResults
                    networkSlug={ctx.network.slug}
                    eventId={event.id}
                    results={found}
                    locale={locale}
                  />
                ) : (
                  <p className="text-muted">{t("walkIn.noResult")}</p>
                )
              ) : null}
              <h3 className="mt-6 mb-3 font-semibold">{t("walkIn.newTitle")}</h3>
              <WalkInNewForm
                networkSlug={ctx.network.slug}
                eventId={event.id}
                organisations={organisations}
              />
            </Card>
          </div>
        </div>
      )}
      <div className="mt-6">
        <MeetingFigures figures={figures} />
      </div>
    </ClientMessages>
  );
}
