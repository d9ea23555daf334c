import type { ReactNode } from "react";
import { cn } from "@/lib/cn";
import { daysInMonth } from "@/lib/domain/paris-time";
import { isoWeekday } from "@/lib/domain/recurrence";

// A month as a table (weeks × days, Monday first) whose cells the caller fills: the meetings
// calendar (links to meetings) and a kit's loan calendar (who has it). No hooks, no "use client":
// it renders on the server and in a client component alike, so each caller passes labels.

const pad = (n: number) => String(n).padStart(2, "0");

/** "YYYY-MM" of the month before and after. */
export function adjacentMonths(year: number, month: number): { previous: string; next: string } {
  const prev = month === 1 ? [year - 1, 12] : [year, month - 1];
  const next = month === 12 ? [year + 1, 1] : [year, month + 1];
  return { previous: `${prev[0]}-${pad(prev[1]!)}`, next: `${next[0]}-${pad(next[1]!)}` };
}

/** The month's days as "YYYY-MM-DD" keys, cut in weeks of 7 cells (null outside the month). */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const cells: (string | null)[] = [
    ...Array<null>(isoWeekday({ year, month, day: 1 }) - 1).fill(null),
    ...Array.from({ length: daysInMonth(year, month) }, (_, i) => `${year}-${pad(month)}-${pad(i + 1)}`),
  ];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/** "YYYY-MM" → first and last day keys. */
export function monthBounds(month: string): { from: string; to: string; year: number; month: number } {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return { from: `${month}-01`, to: `${month}-${pad(daysInMonth(y, m))}`, year: y, month: m };
}

export type Weekday = { short: string; long: string };

export function MonthGrid({
  year,
  month,
  caption,
  weekdays,
  renderDay,
  dayClassName,
  minWidth = "min-w-[48rem]",
}: {
  year: number;
  month: number;
  caption: string;
  /** Monday first, seven labels. */
  weekdays: Weekday[];
  renderDay: (day: string) => ReactNode;
  dayClassName?: (day: string) => string | undefined;
  minWidth?: string;
}) {
  return (
    // Focusable so that keyboard users can scroll the wide table (RGAA 7.3).
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto rounded-lg border border-line">
      <table className={cn("w-full table-fixed border-collapse text-left text-sm", minWidth)}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-surface">
          <tr>
            {weekdays.map((d) => (
              <th key={d.long} scope="col" className="border-b border-line px-2 py-2 font-semibold">
                <abbr title={d.long} className="no-underline">
                  {d.short}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(year, month).map((week, w) => (
            <tr key={w}>
              {week.map((day, i) =>
                day === null ? (
                  <td key={i} className="border border-line bg-surface/50" />
                ) : (
                  <td key={day} className={cn("h-20 border border-line px-2 py-1 align-top", dayClassName?.(day))}>
                    <span className="block text-xs font-semibold text-muted">
                      <time dateTime={day}>{Number(day.slice(8))}</time>
                    </span>
                    {renderDay(day)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
