"use client";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { adjacentMonths, MonthGrid, type Weekday } from "@/components/ui/month-grid";
import { cn } from "@/lib/cn";
import type { KitMonth } from "../calendar";
import { ReservationForm, type ReservationChoices } from "./reservation-form";

type Reservation = KitMonth["reservations"][number];
export type Selection = { start: string; end: string };

const queryKeyOf = (slug: string, itemId: string, month: string) => ["kit-calendar", slug, itemId, month] as const;

async function fetchMonth(slug: string, itemId: string, month: string): Promise<KitMonth> {
  const response = await fetch(
    `/api/n/${encodeURIComponent(slug)}/tools/kits/${itemId}/calendar?month=${month}`,
    { cache: "no-store" },
  );
  if (!response.ok) throw new Error(`kit calendar: HTTP ${response.status}`);
  return (await response.json()) as KitMonth;
}

/** The last day a reservation keeps the kit: its end, or today while an overdue loan is still out. */
function lastDay(r: Reservation, today: string): string {
  if (r.returnedOn) return r.returnedOn;
  if (r.loanId && r.endsOn < today) return today;
  return r.endsOn;
}

/** Confirmed reservations that share a day with [start, end]: what the database would refuse. */
export function conflictsOf(reservations: Reservation[], s: Selection, today: string): Reservation[] {
  return reservations.filter((r) => r.status === "confirmed" && r.startsOn <= s.end && s.start <= lastDay(r, today));
}

/**
 * One kit's availability month by month (TanStack Query over the calendar route), and the form
 * to ask for it: days picked in the grid or typed, the chosen period drawn on the grid, days
 * already confirmed for someone else shown as conflicts before the request is sent. Needs a
 * QueryProvider above it.
 */
export function KitCalendar({
  networkSlug,
  itemId,
  initial,
  reserve,
}: {
  networkSlug: string;
  itemId: string;
  initial: KitMonth;
  /** null: the caller may not ask for this kit (shows the calendar only). */
  reserve: ReservationChoices | null;
}) {
  const t = useTranslations("tools");
  const format = useFormatter();
  const queryClient = useQueryClient();
  const [month, setMonth] = useState(initial.month);
  const [selection, setSelection] = useState<Partial<Selection>>({});
  // A new server render (after a confirmation on this page) brings fresher data for its month.
  useEffect(() => {
    queryClient.setQueryData(queryKeyOf(networkSlug, itemId, initial.month), initial);
  }, [initial, networkSlug, itemId, queryClient]);
  const { data = initial, isFetching, isError } = useQuery({
    queryKey: queryKeyOf(networkSlug, itemId, month),
    queryFn: () => fetchMonth(networkSlug, itemId, month),
    initialData: month === initial.month ? initial : undefined,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
  const today = data.today;
  const [year, m] = data.month.split("-").map(Number) as [number, number];
  const { previous, next } = adjacentMonths(year, m);
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: "medium" });
  const monthName = (ym: string) => format.dateTime(new Date(`${ym}-15T12:00:00Z`), { month: "long", year: "numeric" });
  const weekdays: Weekday[] = useMemo(
    () =>
      // 2024-01-01 was a Monday.
      Array.from({ length: 7 }, (_, i) => {
        const d = new Date(Date.UTC(2024, 0, 1 + i, 12));
        return { short: format.dateTime(d, { weekday: "short" }), long: format.dateTime(d, { weekday: "long" }) };
      }),
    [format],
  );
  const chosen: Selection | null = selection.start
    ? { start: selection.start, end: selection.end && selection.end >= selection.start ? selection.end : selection.start }
    : null;
  const on = (d: string) => data.reservations.filter((r) => r.startsOn <= d && d <= lastDay(r, today));
  const inChoice = (d: string) => !!chosen && chosen.start <= d && d <= chosen.end;
  const pick = (d: string) =>
    setSelection((s) => (!s.start || s.end || d < s.start ? { start: d } : { start: s.start, end: d }));
  const nav =
    "min-h-11 rounded-md border border-line px-3 text-sm font-semibold hover:bg-surface disabled:opacity-50";
  return (
    <div>
      <div role="group" aria-label={t("item.calendar")} className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <button type="button" className={nav} onClick={() => setMonth(previous)}>
          {t("calendar.previous", { month: monthName(previous) })}
        </button>
        <h3 className="text-lg font-semibold capitalize" aria-live="polite">
          {monthName(data.month)}
          {isFetching ? <span className="sr-only"> {t("calendar.loading")}</span> : null}
        </h3>
        <button type="button" className={nav} onClick={() => setMonth(next)}>
          {t("calendar.next", { month: monthName(next) })}
        </button>
      </div>
      {isError ? <p className="mb-2 text-danger">{t("calendar.loadError")}</p> : null}
      <MonthGrid
        year={year}
        month={m}
        minWidth="min-w-[42rem]"
        caption={t("calendar.caption", { month: monthName(data.month) })}
        weekdays={weekdays}
        dayClassName={(d) => {
          const taken = on(d).find((r) => r.status === "confirmed");
          if (inChoice(d) && taken) return "bg-danger/10 outline outline-2 -outline-offset-2 outline-danger";
          if (inChoice(d)) return "bg-sky-100";
          if (taken) return taken.loanId && !taken.returnedOn && taken.endsOn < d ? "bg-amber-50" : "bg-brand/10";
          return undefined;
        }}
        renderDay={(d) => {
          const list = on(d);
          const taken = list.find((r) => r.status === "confirmed");
          return (
            <>
              {list.length === 0 ? <span className="sr-only">{t("item.free")}</span> : null}
              <ul>
                {list.map((r) => (
                  <li key={r.id} className={r.status === "confirmed" ? "font-semibold" : "italic text-muted"}>
                    {r.borrowerName}
                    <span className="sr-only"> ({t(`reservationStatuses.${r.status}`)})</span>
                    {r === taken && r.loanId && !r.returnedOn && r.endsOn < d ? ` · ${t("kits.overdue")}` : null}
                  </li>
                ))}
              </ul>
              {inChoice(d) ? (
                <span className={cn("block text-xs font-semibold", taken ? "text-danger" : "text-ink")}>
                  {taken ? t("calendar.conflict") : t("calendar.chosen")}
                </span>
              ) : null}
              {reserve && d >= today ? (
                <button
                  type="button"
                  className="mt-1 min-h-6 text-xs underline"
                  aria-pressed={inChoice(d)}
                  onClick={() => pick(d)}
                >
                  {t("calendar.pick")}
                  <span className="sr-only"> {day(d)}</span>
                </button>
              ) : null}
            </>
          );
        }}
      />
      <ul className="mt-2 flex flex-wrap gap-4 text-sm" aria-label={t("calendar.legend")}>
        <li><span aria-hidden="true" className="mr-1 inline-block size-3 bg-brand/10 align-middle ring-1 ring-line" />{t("calendar.legendConfirmed")}</li>
        <li><span aria-hidden="true" className="mr-1 inline-block size-3 align-middle ring-1 ring-line" /><i>{t("calendar.legendRequested")}</i></li>
        <li><span aria-hidden="true" className="mr-1 inline-block size-3 bg-sky-100 align-middle ring-1 ring-line" />{t("calendar.legendChosen")}</li>
        <li><span aria-hidden="true" className="mr-1 inline-block size-3 bg-danger/10 align-middle ring-2 ring-danger" />{t("calendar.legendConflict")}</li>
      </ul>
      {reserve ? (
        <div className="mt-6">
          <h3 className="mb-3 text-lg font-semibold">{t("item.reserve")}</h3>
          <ReservationForm
            networkSlug={networkSlug}
            itemId={itemId}
            min={today}
            choices={reserve}
            selection={selection}
            onSelection={setSelection}
            conflicts={chosen ? conflictsOf(data.reservations, chosen, today) : []}
            formatDay={day}
            onReserved={async () => {
              setSelection({});
              await queryClient.invalidateQueries({ queryKey: ["kit-calendar", networkSlug, itemId] });
            }}
          />
        </div>
      ) : null}
    </div>
  );
}
