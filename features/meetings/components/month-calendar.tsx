import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { daysInMonth, parisDateKey } from "@/lib/domain/paris-time";
import { isoWeekday } from "@/lib/domain/recurrence";
import type { EventType } from "@/lib/domain/enums";

type CalendarEvent = { id: string; title: string; eventType: EventType; startsAt: Date; status: string };

const weekdays = ["1", "2", "3", "4", "5", "6", "7"] as const;
const pad = (n: number) => String(n).padStart(2, "0");

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
  const monthName = (y: number, m: number) =>
    format.dateTime(new Date(Date.UTC(y, m - 1, 15, 12)), { month: "long", year: "numeric" });
  const prev = month === 1 ? { y: year - 1, m: 12 } : { y: year, m: month - 1 };
  const next = month === 12 ? { y: year + 1, m: 1 } : { y: year, m: month + 1 };
  const byDay = new Map<string, CalendarEvent[]>();
  for (const e of events) {
    const key = parisDateKey(e.startsAt);
    byDay.set(key, [...(byDay.get(key) ?? []), e]);
  }
  const lead = isoWeekday({ year, month, day: 1 }) - 1;
  const days = daysInMonth(year, month);
  const cells: (number | null)[] = [
    ...Array(lead).fill(null),
    ...Array.from({ length: days }, (_, i) => i + 1),
  ];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  const link =
    "min-h-11 content-center rounded-md border border-line px-3 text-sm font-semibold hover:bg-surface";
  return (
    <div>
      <nav aria-label={t("month.nav")} className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <Link className={link} href={hrefForMonth(`${prev.y}-${pad(prev.m)}`)} rel="prev">
          {t("month.previous", { month: monthName(prev.y, prev.m) })}
        </Link>
        <h2 className="text-xl font-semibold capitalize">{monthName(year, month)}</h2>
        <Link className={link} href={hrefForMonth(`${next.y}-${pad(next.m)}`)} rel="next">
          {t("month.next", { month: monthName(next.y, next.m) })}
        </Link>
      </nav>
      {events.length === 0 ? <p className="mb-3 text-muted">{t("month.empty")}</p> : null}
      <div
        role="region"
        aria-label={t("month.caption", { month: monthName(year, month) })}
        tabIndex={0}
        className="overflow-x-auto rounded-lg border border-line"
      >
        <table className="w-full min-w-[48rem] table-fixed border-collapse text-left text-sm">
          <caption className="sr-only">{t("month.caption", { month: monthName(year, month) })}</caption>
          <thead className="bg-surface">
            <tr>
              {weekdays.map((d) => (
                <th key={d} scope="col" className="border-b border-line px-2 py-2 font-semibold">
                  <abbr title={t(`month.weekdays.${d}`)} className="no-underline">
                    {t(`month.weekdaysShort.${d}`)}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, w) => (
              <tr key={w}>
                {week.map((day, i) => {
                  if (day === null) return <td key={i} className="border border-line bg-surface/50" />;
                  const key = `${year}-${pad(month)}-${pad(day)}`;
                  const list = byDay.get(key) ?? [];
                  return (
                    <td key={i} className="h-24 border border-line px-2 py-1 align-top">
                      <span className="block text-xs font-semibold text-muted">
                        <time dateTime={key}>{day}</time>
                      </span>
                      {list.length ? (
                        <ul className="space-y-1">
                          {list.map((e) => (
                            <li key={e.id}>
                              <Link className="block py-1 underline" href={eventHref(e.id)}>
                                <span className="font-semibold">
                                  {format.dateTime(e.startsAt, { timeStyle: "short" })}
                                </span>{" "}
                                {e.title}
                                <span className="sr-only">
                                  {" "}
                                  ({t(`eventTypes.${e.eventType}`)},{" "}
                                  {format.dateTime(e.startsAt, { dateStyle: "full" })})
                                </span>
                              </Link>
                              {e.status === "cancelled" ? (
                                <Badge tone="warning">{t("statuses.cancelled")}</Badge>
                              ) : null}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
