import { describe, expect, it } from "vitest";
import { parisParts, parisToUtc, parseParisDateTime, toParisInputValue } from "./paris-time";
import { maxOccurrences, nthWeekdayOfMonth, planOccurrences } from "./recurrence";

const parisHour = (d: Date) => {
  const p = parisParts(d);
  return `${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`;
};

describe("Paris wall-clock time", () => {
  it("reads datetime-local values as Paris time in winter and in summer", () => {
    expect(parseParisDateTime("2026-01-15T18:00")!.toISOString()).toBe("2026-01-15T17:00:00.000Z");
    expect(parseParisDateTime("2026-07-15T18:00")!.toISOString()).toBe("2026-07-15T16:00:00.000Z");
    expect(toParisInputValue(new Date("2026-07-15T16:00:00Z"))).toBe("2026-07-15T18:00");
  });

  it("handles the days of the change", () => {
    // 29 March 2026: 02:00 → 03:00; 25 October 2026: 03:00 → 02:00.
    expect(parisToUtc(2026, 3, 29, 1, 30).toISOString()).toBe("2026-03-29T00:30:00.000Z");
    expect(parisToUtc(2026, 3, 29, 3, 30).toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(parisToUtc(2026, 10, 25, 18, 0).toISOString()).toBe("2026-10-25T17:00:00.000Z");
    expect(parisToUtc(2026, 10, 25, 2, 30).toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("refuses malformed or impossible dates", () => {
    expect(parseParisDateTime("2026-02-30T10:00")).toBeNull();
    expect(parseParisDateTime("demain")).toBeNull();
    expect(parseParisDateTime("2026-01-01T24:00")).toBeNull();
  });
});

describe("recurrence", () => {
  it("finds the nth and last weekday of a month", () => {
    expect(nthWeekdayOfMonth(2026, 9, 1, 2)).toEqual({ year: 2026, month: 9, day: 1 });
    expect(nthWeekdayOfMonth(2026, 11, 1, 2)).toEqual({ year: 2026, month: 11, day: 3 });
    expect(nthWeekdayOfMonth(2026, 11, -1, 5)).toEqual({ year: 2026, month: 11, day: 27 });
  });

  it("every first Tuesday at 18:00 stays at 18:00 in Paris across daylight saving", () => {
    const list = planOccurrences({
      rule: { kind: "monthly_weekday", interval: 1, nth: 1, weekday: 2 },
      startDate: "2026-09-10",
      time: "18:00",
      durationMinutes: 120,
      count: 5,
    });
    // September's first Tuesday (the 1st) is before the start date: the series begins in October.
    expect(list.map((o) => o.date)).toEqual([
      "2026-10-06",
      "2026-11-03",
      "2026-12-01",
      "2027-01-05",
      "2027-02-02",
    ]);
    expect(list.map((o) => parisHour(o.startsAt))).toEqual(["18:00", "18:00", "18:00", "18:00", "18:00"]);
    expect(list[0]!.startsAt.toISOString()).toBe("2026-10-06T16:00:00.000Z");
    expect(list[1]!.startsAt.toISOString()).toBe("2026-11-03T17:00:00.000Z");
    expect(list[1]!.endsAt.toISOString()).toBe("2026-11-03T19:00:00.000Z");
  });

  it("every two months on the same day, with an end date; short months get their last day", () => {
    const list = planOccurrences({
      rule: { kind: "monthly_day", interval: 2 },
      startDate: "2026-12-31",
      time: "09:30",
      durationMinutes: 90,
      until: "2027-08-31",
    });
    expect(list.map((o) => o.date)).toEqual([
      "2026-12-31",
      "2027-02-28",
      "2027-04-30",
      "2027-06-30",
      "2027-08-31",
    ]);
    expect(list.map((o) => parisHour(o.startsAt))).toEqual(["09:30", "09:30", "09:30", "09:30", "09:30"]);
  });

  it("every N weeks, across the spring change", () => {
    const list = planOccurrences({
      rule: { kind: "weekly", interval: 2 },
      startDate: "2026-03-17",
      time: "18:00",
      durationMinutes: 60,
      until: "2026-04-14",
    });
    expect(list.map((o) => o.date)).toEqual(["2026-03-17", "2026-03-31", "2026-04-14"]);
    expect(list.map((o) => o.startsAt.toISOString())).toEqual([
      "2026-03-17T17:00:00.000Z",
      "2026-03-31T16:00:00.000Z",
      "2026-04-14T16:00:00.000Z",
    ]);
  });

  it("the last Friday of every month", () => {
    const list = planOccurrences({
      rule: { kind: "monthly_weekday", interval: 1, nth: -1, weekday: 5 },
      startDate: "2026-01-01",
      time: "12:00",
      durationMinutes: 60,
      count: 3,
    });
    expect(list.map((o) => o.date)).toEqual(["2026-01-30", "2026-02-27", "2026-03-27"]);
  });

  it("stops one past the cap so that the caller can refuse too long a series", () => {
    const plan = {
      rule: { kind: "weekly", interval: 1 } as const,
      startDate: "2026-01-01",
      time: "10:00",
      durationMinutes: 60,
    };
    expect(planOccurrences({ ...plan, until: "2030-01-01" })).toHaveLength(maxOccurrences + 1);
    expect(planOccurrences({ ...plan, count: 60 })).toHaveLength(60);
    expect(planOccurrences({ ...plan, until: "2025-01-01" })).toEqual([]);
    expect(planOccurrences(plan)).toEqual([]);
  });
});
