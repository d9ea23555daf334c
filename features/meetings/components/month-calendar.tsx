import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { adjacentMonths, MonthGrid } from "@/components/ui/month-grid";
import { parisDateKey } from "@/lib/domain/paris-time";
import type { EventType } from "@/lib/domain/enums";

type CalendarEvent = { id: string; title: string; eventType: EventType; startsAt: Date; status: string };

const weekdays = ["1", "2", "3", "4", "5", "6", "7"] as const;

/** A month as a table (weeks × days, Monday first), each meeting a link; previous/next month links. */
export async function MonthCalendar({
  year,
  month,
  events,
  hrefForMonth,
  eventHref,
}: {
  year: number;
  month: number;
  events: CalendarEvent[];
  hrefForMonth: (month: string) => string;
  eventHref: (id: string) => string;
}) {
  const t = await getTranslations("meetings");
  const format = await getFormatter();
  const monthName = (ym: string) =>
    format.dateTime(new Date(`${ym}-15T12:00:00Z`), { month: "long", year: "numeric" });
  const { previous, next } = adjacentMonths(year, month);
  const current = `${year}-${String(month).padStart(2, "0")}`;
  const byDay = new Map<string, CalendarEvent[]>();
  for (const e of events) {
    const key = parisDateKey(e.startsAt);
    byDay.set(key, [...(byDay.get(key) ?? []), e]);
  }
  const link =
    "min-h-11 content-center rounded-md border border-line px-3 text-sm font-semibold hover:bg-surface";
  return (
    <div>
      <nav aria-label={t("month.nav")} className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <Link className={link} href={hrefForMonth(previous)} rel="prev">
          {t("month.previous", { month: monthName(previous) })}
        </Link>
        <h2 className="text-xl font-semibold capitalize">{monthName(current)}</h2>
        <Link className={link} href={hrefForMonth(next)} rel="next">
          {t("month.next", { month: monthName(next) })}
        </Link>
      </nav>
      {events.length === 0 ? <p className="mb-3 text-muted">{t("month.empty")}</p> : null}
      <MonthGrid
        year={year}
        month={month}
        caption={t("month.caption", { month: monthName(current) })}
        weekdays={weekdays.map((d) => ({ short: t(`month.weekdaysShort.${d}`), long: t(`month.weekdays.${d}`) }))}
        dayClassName={() => "h-24"}
        renderDay={(key) => {
          const list = byDay.get(key) ?? [];
          return list.length ? (
            <ul className="space-y-1">
              {list.map((e) => (
                <li key={e.id}>
                  <Link className="block py-1 underline" href={eventHref(e.id)}>
                    <span className="font-semibold">{format.dateTime(e.startsAt, { timeStyle: "short" })}</span>{" "}
                    {e.title}
                    <span className="sr-only">
                      {" "}
                      ({t(`eventTypes.${e.eventType}`)}, {format.dateTime(e.startsAt, { dateStyle: "full" })})
                    </span>
                  </Link>
                  {e.status === "cancelled" ? <Badge tone="warning">{t("statuses.cancelled")}</Badge> : null}
                </li>
              ))}
            </ul>
          ) : null;
        }}
      />
    </div>
  );
}
