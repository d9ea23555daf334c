import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { TimeEntryForm } from "@/features/dashboards/components/time-entry-form";
import { activityChoices, listTimeEntries, timeEntryYears } from "@/features/dashboards/queries";
import { activityKinds, staffRoles } from "@/lib/domain/enums";
import { calendarDay } from "@/lib/i18n/format-day";
import { pageTitle } from "@/lib/i18n/metadata";
import { requireMembership } from "@/server/access/server";

export const generateMetadata = pageTitle("dashboards.time.title");

const pick = <T extends string>(values: readonly T[], raw: unknown): T | undefined =>
  values.find((v) => v === raw);

export default async function TimePage({ params, searchParams }: PageProps<"/n/[network]/dashboard/time">) {
  const { network } = await params;
  const ctx = await requireMembership(network, "timesheet.own");
  const query = await searchParams;
  // Coordinators see everyone's time; an ambassador sees (and enters) their own.
  const personId = ctx.can("timesheet.write") ? undefined : ctx.userId;
  const rawYear = Number(query.year);
  const year = Number.isInteger(rawYear) && rawYear >= 1990 && rawYear <= 2100 ? rawYear : undefined;
  const staffRole = pick(staffRoles, query.role);
  const activityKind = pick(activityKinds, query.activity);
  const scope = { networkId: ctx.network.id };
  const [t, format, entries, years, choices] = await Promise.all([
    getTranslations("dashboards"),
    getFormatter(),
    listTimeEntries(ctx.db, { ...scope, personId, year, staffRole, activityKind, limit: 200 }),
    timeEntryYears(ctx.db, { ...scope, personId }),
    activityChoices(ctx.db, scope),
  ]);
  const base = `/n/${ctx.network.slug}/dashboard`;
  const n = (v: number) => format.number(v, { maximumFractionDigits: 2 });
  return (
    <ClientMessages namespaces={["dashboards"]}>
      <PageHeader
        title={t("time.title")}
        actions={
          <div className="flex flex-wrap gap-3">
            <Link className="underline" href={`${base}/time/week`}>
              {t("time.week")}
            </Link>
            {ctx.can("timesheet.write") ? (
              <Link className="underline" href={`${base}/time/settings`}>
                {t("time.settings")}
              </Link>
            ) : null}
            <Link className="underline" href={`${base}/manage`}>
              {t("manage.back")}
            </Link>
          </div>
        }
      />
      <div className="space-y-6">
        <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t("time.filters")}>
          <SelectField label={t("year")} name="year" defaultValue={year ?? ""}>
            <option value="">{t("time.allYears")}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("time.role")} name="role" defaultValue={staffRole ?? ""}>
            <option value="">{t("time.allRoles")}</option>
            {staffRoles.map((r) => (
              <option key={r} value={r}>
                {t(`staffRoles.${r}`)}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("time.activity")} name="activity" defaultValue={activityKind ?? ""}>
            <option value="">{t("time.allActivities")}</option>
            {activityKinds.map((k) => (
              <option key={k} value={k}>
                {t(`activityKinds.${k}`)}
              </option>
            ))}
          </SelectField>
          <Button type="submit" variant="secondary">
            {t("show")}
          </Button>
        </form>
        {entries.length === 0 ? (
          <p>{t("time.none")}</p>
        ) : (
          <Table
            caption={t("time.recent")}
            headers={[
              t("time.fields.startsOn"),
              t("time.role"),
              t("time.person"),
              t("time.activity"),
              t("time.hours"),
            ]}
          >
            {entries.map((e) => (
              <tr key={e.id} data-testid="time-entry">
                <Td>
                  {e.ends_on === e.starts_on
                    ? calendarDay(format, e.starts_on)
                    : t("objectives.periodValue", {
                        start: calendarDay(format, e.starts_on),
                        end: calendarDay(format, e.ends_on),
                      })}
                </Td>
                <Td>{t(`staffRoles.${e.staff_role}`)}</Td>
                <Td>{e.person ?? "—"}</Td>
                <Td>
                  {t(`activityKinds.${e.activity_kind}`)}
                  {e.label ? ` : ${e.label}` : ""}
                </Td>
                <Td>{n(Number(e.hours))}</Td>
              </tr>
            ))}
          </Table>
        )}
        <Card>
          <CardTitle>{t("time.entry")}</CardTitle>
          <TimeEntryForm
            networkSlug={ctx.network.slug}
            defaultRole={personId ? "ambassador" : undefined}
            meetings={choices.meetings.map((m) => ({
              id: m.id,
              label: `${m.title} (${calendarDay(format, m.day)})`,
            }))}
            editions={choices.editions}
            cycles={choices.cycles}
          />
        </Card>
      </div>
    </ClientMessages>
  );
}
