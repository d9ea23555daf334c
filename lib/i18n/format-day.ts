type DateFormatter = { dateTime: (value: Date, options: { dateStyle: "long" }) => string };

/** A calendar date "YYYY-MM-DD" (no time) formatted at noon UTC, so that no time zone moves it to another day. */
export function calendarDay(format: DateFormatter, ymd: string): string {
  return format.dateTime(new Date(`${ymd}T12:00:00Z`), { dateStyle: "long" });
}
