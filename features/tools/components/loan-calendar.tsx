import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { daysInMonth } from "@/lib/domain/paris-time";
import { isoWeekday } from "@/lib/domain/recurrence";
import type { ReservationRow } from "../queries";

const weekdays = ["1", "2", "3", "4", "5", "6", "7"] as const;
const pad = (n: number) => String(n).padStart(2, "0");

/** The last day a reservation keeps the kit: its end, or today while an overdue loan is still out. */
function lastDay(r: ReservationRow, today: string): string {
  if (r.returnedOn) return r.returnedOn;
  if (r.loanId && r.endsOn < today) return today;
  return r.endsOn;
}

/** One kit's month (Monday first), each day saying who has it (confirmed) or asked for it. */
export async function LoanCalendar({
  year,
  month,
  today,
  reservations,
  hrefForMonth,
}: {
  year: number;
  month: number;
  today: string;
  reservations: ReservationRow[];
  hrefForMonth: (month: string) => string;
}) {
  const t = await getTranslations("tools");
  const tm = await getTranslations("meetings");
  const format = await getFormatter();
  const monthName = (y: number, m: number) =>
    format.dateTime(new Date(Date.UTC(y, m - 1, 15, 12)), { month: "long", year: "numeric" });
  const prev = month === 1 ? { y: year - 1, m: 12 } : { y: year, m: month - 1 };
  const next = month === 12 ? { y: year + 1, m: 1 } : { y: year, m: month + 1 };
  const shown = reservations.filter((r) => r.status === "confirmed" || r.status === "requested");
  const on = (day: string) => shown.filter((r) => r.startsOn <= day && day <= lastDay(r, today));
  const lead = isoWeekday({ year, month, day: 1 }) - 1;
  const cells: (number | null)[] = [...Array(lead).fill(null), ...Array.from({ length: daysInMonth(year, month) }, (_, i) => i + 1)];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  const link = "min-h-11 content-center rounded-md border border-line px-3 text-sm font-semibold hover:bg-surface";
  const caption = `${t("item.calendar")} – ${monthName(year, month)}`;
  return (
    <div>
      <nav aria-label={t("item.calendar")} className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <Link className={link} href={hrefForMonth(`${prev.y}-${pad(prev.m)}`)} rel="prev">
          {t("item.previous")}
        </Link>
        <h3 className="text-lg font-semibold capitalize">{monthName(year, month)}</h3>
        <Link className={link} href={hrefForMonth(`${next.y}-${pad(next.m)}`)} rel="next">
          {t("item.next")}
        </Link>
      </nav>
      <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto rounded-lg border border-line">
        <table className="w-full min-w-[42rem] table-fixed border-collapse text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-surface">
            <tr>
              {weekdays.map((d) => (
                <th key={d} scope="col" className="border-b border-line px-2 py-2 font-semibold">
                  <abbr title={tm(`month.weekdays.${d}`)} className="no-underline">
                    {tm(`month.weekdaysShort.${d}`)}
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
                  const list = on(key);
                  const taken = list.find((r) => r.status === "confirmed");
                  const overdue = taken && taken.loanId && !taken.returnedOn && taken.endsOn < key;
                  return (
                    <td
                      key={i}
                      className={`h-20 border border-line px-2 py-1 align-top ${taken ? (overdue ? "bg-amber-50" : "bg-brand/10") : ""}`}
                    >
                      <span className="block text-xs font-semibold text-muted">
                        <time dateTime={key}>{day}</time>
                      </span>
                      {list.length === 0 ? <span className="sr-only">{t("item.free")}</span> : null}
                      <ul>
                        {list.map((r) => (
                          <li key={r.id} className={r.status === "confirmed" ? "font-semibold" : "italic text-muted"}>
                            {r.borrowerName}
                            <span className="sr-only"> ({t(`reservationStatuses.${r.status}`)})</span>
                            {overdue && r === taken ? ` · ${t("kits.overdue")}` : null}
                          </li>
                        ))}
                      </ul>
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
